#include "Commands.h"

#include "config/AnswerWait.h"
#include "config/Ids.h"
#include "words/ErrorWords.h"
#include "words/OutcomeWords.h"
#include "workflow/StatusPoller.h"

#include <QEventLoop>

namespace paydesk::cli {

namespace {

using payout::PayoutState;
using Result = workflow::DecisionItem::Result;

std::optional<QList<qint64>> parseIds(CliContext& context, const QStringList& words)
{
    QList<qint64> ids;
    for (const QString& word : words) {
        const auto id = config::parseId(word);
        if (!id) {
            usageError(context, Cli::tr("\"%1\" is not a payout id").arg(word));
            return std::nullopt;
        }
        ids << *id;
    }
    return ids;
}

// One line per payout on stdout (`ID<TAB>approved|recorded|rejected|cancelled|refused<TAB>...`);
// the exit code says whether every one was done.
int printDecision(CliContext& context, const workflow::DecisionReport& report)
{
    for (const workflow::DecisionItem& item : report.items) {
        context.out() << item.payoutId << u'\t';
        switch (item.result) {
        case Result::Approved:
            context.out() << QStringLiteral("approved");
            break;
        case Result::Recorded:
            context.out() << QStringLiteral("recorded\t")
                          << Cli::tr("%1 of %n approval(s)", nullptr, item.required).arg(item.valid);
            break;
        case Result::Rejected:
            context.out() << QStringLiteral("rejected");
            break;
        case Result::Cancelled:
            context.out() << QStringLiteral("cancelled");
            break;
        case Result::Refused:
            context.out() << QStringLiteral("refused\t") << words::ErrorWords::decision(item.error);
            break;
        }
        context.out() << u'\n';
    }
    return report.anyRefused() ? ExitItemFailed : ExitOk;
}

// The payouts named on the command line, as they are now (what the person decides on).
QList<payout::Payout> reviewed(desk::Desk& desk, const QList<qint64>& ids, workflow::DecisionReport* missing)
{
    return desk.decisions()->review(ids, &missing->items);
}

int decide(CliContext& context, desk::Desk& desk, const QList<qint64>& ids,
           const std::function<workflow::DecisionReport(const QList<payout::Payout>&)>& decision)
{
    workflow::DecisionReport missing;
    const QList<payout::Payout> payouts = reviewed(desk, ids, &missing);
    workflow::DecisionReport report = decision(payouts);
    report.items = missing.items + report.items;
    return printDecision(context, report);
}

} // namespace

int runApproveCommand(CliContext& context, ArgumentList& args)
{
    const bool allPending = args.takeFlag(QStringLiteral("--all-pending"));
    const QStringList words = args.takePositionals();
    if (words.isEmpty() == !allPending || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("approve ID... | approve --all-pending"));
    }
    auto ids = parseIds(context, words);
    if (!ids) {
        return ExitUsage;
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    if (allPending) {
        // Everyone else's pending payouts: one's own are never one's to approve.
        desk->store()->forEachPayout(store::PayoutQuery::every({PayoutState::PendingApproval}),
                                     [&](const payout::Payout& p) {
                                         if (p.createdBy != desk->actor()) {
                                             ids->prepend(p.id);
                                         }
                                         return true;
                                     });
    }
    return decide(context, *desk, *ids,
                  [&desk](const QList<payout::Payout>& payouts) { return desk->decisions()->approve(payouts); });
}

int runRejectCommand(CliContext& context, ArgumentList& args)
{
    const auto reason = args.takeOption(QStringLiteral("--reason"));
    const QStringList words = args.takePositionals();
    if (words.size() != 1 || !reason || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("reject ID --reason TEXT"));
    }
    const auto ids = parseIds(context, words);
    if (!ids) {
        return ExitUsage;
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    return decide(context, *desk, *ids, [&desk, &reason](const QList<payout::Payout>& payouts) {
        return desk->decisions()->reject(payouts, *reason);
    });
}

int runCancelCommand(CliContext& context, ArgumentList& args)
{
    const QStringList words = args.takePositionals();
    const auto id = words.size() == 1 ? config::parseId(words.first()) : std::nullopt;
    if (!id || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("cancel ID"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    return decide(context, *desk, {*id},
                  [&desk](const QList<payout::Payout>& payouts) { return desk->decisions()->cancel(payouts); });
}

int runReconcileCommand(CliContext& context, ArgumentList& args)
{
    const auto cidText = args.takeOption(QStringLiteral("--cid"));
    const QStringList words = args.takePositionals();
    const auto id = words.size() == 1 ? config::parseId(words.first()) : std::nullopt;
    const auto cid = cidText ? config::parseId(*cidText) : std::nullopt;
    if (!id || (cidText && !cid) || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("reconcile ID [--cid N]"));
    }
    const qint64 payoutId = *id;
    auto desk = context.openDesk();
    if (!desk || !context.loadApiKey(*desk)) {
        return ExitItemFailed;
    }
    // A refusal answers before any request is made: waitForAnswer keeps it.
    using Result = workflow::Reconciler::Result;
    const Result result = config::waitForAnswer<Result>([&](QObject*, const auto& done) {
        if (cid) {
            desk->reconciler()->reconcileWithCid(payoutId, *cid, done);
        } else {
            desk->reconciler()->findAndReconcile(payoutId, done);
        }
    });
    if (!result.recorded()) {
        context.error(words::OutcomeWords::reconcile(result));
        return ExitItemFailed;
    }
    context.out() << payoutId << QStringLiteral("\tsubmitted\t") << *result.cid << u'\n';
    context.err() << words::OutcomeWords::reconcile(result) << u'\n';
    return ExitOk;
}

int runRefreshCommand(CliContext& context, ArgumentList& args)
{
    if (!args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("refresh"));
    }
    auto desk = context.openDesk();
    if (!desk || !context.loadApiKey(*desk)) {
        return ExitItemFailed;
    }
    workflow::StatusPoller poller(*desk->store(), desk->client(), desk->clock(), desk->person());
    QEventLoop loop;
    int failed = 0;
    QObject::connect(&poller, &workflow::StatusPoller::finished, &loop, [&](int, int failures) {
        failed = failures;
        loop.quit();
    });
    poller.pollOnce(true);
    if (poller.isPolling()) {
        loop.exec();
    }
    context.out() << QStringLiteral("id\tcid\tcregis_status\ttxid\n");
    desk->store()->forEachPayout(store::PayoutQuery::every({PayoutState::Submitted}), [&](const payout::Payout& p) {
        context.out() << p.id << u'\t' << (p.cid ? QString::number(*p.cid) : QString()) << u'\t'
                      << (p.cregisStatus ? QString::number(*p.cregisStatus) : QStringLiteral("-")) << u'\t' << p.txid
                      << u'\n';
        return true;
    });
    if (failed > 0) {
        context.error(Cli::tr("%n payout(s) could not be queried", "", failed));
    }
    return failed == 0 ? ExitOk : ExitItemFailed;
}

int runAuditCommand(CliContext& context, ArgumentList& args)
{
    if (args.takeFirstWord() != QLatin1String("verify") || !args.takePositionals().isEmpty()
        || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("audit verify"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    const store::AuditVerification result = desk->audit()->verify();
    context.out() << words::ErrorWords::audit(result) << u'\n';
    return result.intact ? ExitOk : ExitItemFailed;
}

} // namespace paydesk::cli
