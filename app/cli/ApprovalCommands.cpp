#include "Commands.h"

#include "workflow/Reconciler.h"
#include "workflow/StatusPoller.h"

#include <QEventLoop>

namespace paydesk::cli {

namespace {

using payout::PayoutState;

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<QList<qint64>> parseIds(CliContext& context, const QStringList& words)
{
    QList<qint64> ids;
    for (const QString& word : words) {
        const auto id = parseId(word);
        if (!id) {
            usageError(context, QStringLiteral("\"%1\" is not a payout id").arg(word));
            return std::nullopt;
        }
        ids << *id;
    }
    return ids;
}

} // namespace

int runApproveCommand(CliContext& context, ArgumentList& args)
{
    const bool allPending = args.takeFlag(QStringLiteral("--all-pending"));
    const QStringList words = args.takePositionals();
    if (words.isEmpty() == !allPending || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("approve ID... | approve --all-pending"));
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
        desk->store()->forEachPayout(store::PayoutQuery{{PayoutState::PendingApproval}, {}, 0},
                                     [&](const payout::Payout& p) {
                                         if (p.createdBy != desk->actor()) {
                                             ids->prepend(p.id);
                                         }
                                         return true;
                                     });
    }
    int refused = 0;
    for (qint64 id : std::as_const(*ids)) {
        const auto outcome = desk->approvals()->approve(id, desk->actor());
        if (!outcome) {
            ++refused;
            context.out() << id << QStringLiteral("\trefused\t") << desk->approvals()->lastError() << u'\n';
            continue;
        }
        const auto p = desk->store()->payout(id);
        const auto requirement = desk->approvals()->policy().requirementFor(p->fields, desk->clock().nowMs());
        context.out() << id << u'\t'
                      << (*outcome == store::ApprovalOutcome::Approved
                              ? QStringLiteral("approved")
                              : QStringLiteral("recorded\t%1 of %2 approvals")
                                    .arg(desk->store()->validApprovalCount(id, requirement))
                                    .arg(requirement.required))
                      << u'\n';
    }
    return refused == 0 ? ExitOk : ExitItemFailed;
}

int runRejectCommand(CliContext& context, ArgumentList& args)
{
    const auto reason = args.takeOption(QStringLiteral("--reason"));
    const QStringList words = args.takePositionals();
    if (words.size() != 1 || !reason || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("reject ID --reason TEXT"));
    }
    const auto id = parseId(words.first());
    if (!id) {
        return usageError(context, QStringLiteral("\"%1\" is not a payout id").arg(words.first()));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    if (!desk->approvals()->reject(*id, desk->actor(), *reason)) {
        context.err() << QStringLiteral("error: %1\n").arg(desk->approvals()->lastError());
        return ExitItemFailed;
    }
    context.out() << *id << QStringLiteral("\trejected\n");
    return ExitOk;
}

int runCancelCommand(CliContext& context, ArgumentList& args)
{
    const QStringList words = args.takePositionals();
    const auto id = words.size() == 1 ? parseId(words.first()) : std::nullopt;
    if (!id || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("cancel ID"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    if (!desk->approvals()->cancel(*id, desk->actor())) {
        context.err() << QStringLiteral("error: %1\n").arg(desk->approvals()->lastError());
        return ExitItemFailed;
    }
    context.out() << *id << QStringLiteral("\tcancelled\n");
    return ExitOk;
}

int runReconcileCommand(CliContext& context, ArgumentList& args)
{
    const auto cidText = args.takeOption(QStringLiteral("--cid"));
    const QStringList words = args.takePositionals();
    const auto id = words.size() == 1 ? parseId(words.first()) : std::nullopt;
    const auto cid = cidText ? parseId(*cidText) : std::nullopt;
    if (!id || (cidText && !cid) || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("reconcile ID [--cid N]"));
    }
    auto desk = context.openDesk();
    if (!desk || !context.loadApiKey(*desk)) {
        return ExitItemFailed;
    }
    workflow::Reconciler reconciler(*desk->store(), *desk->client(), *desk->approvals(), desk->clock(), desk->actor());
    QEventLoop loop;
    workflow::Reconciler::Result result;
    const auto done = [&](const workflow::Reconciler::Result& r) {
        result = r;
        loop.quit();
    };
    if (cid) {
        reconciler.reconcileWithCid(*id, *cid, done);
    } else {
        reconciler.findAndReconcile(*id, done);
    }
    loop.exec();
    if (!result.recorded) {
        context.err() << QStringLiteral("error: %1\n").arg(result.message);
        return ExitItemFailed;
    }
    context.out() << *id << QStringLiteral("\tsubmitted\t") << *result.cid << u'\n';
    context.err() << result.message << u'\n';
    return ExitOk;
}

int runRefreshCommand(CliContext& context, ArgumentList& args)
{
    if (!args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("refresh"));
    }
    auto desk = context.openDesk();
    if (!desk || !context.loadApiKey(*desk)) {
        return ExitItemFailed;
    }
    workflow::StatusPoller poller(*desk->store(), *desk->client(), desk->clock(), desk->actor());
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
    desk->store()->forEachPayout(
        store::PayoutQuery{{PayoutState::Submitted}, std::nullopt, 0}, [&](const payout::Payout& p) {
            context.out() << p.id << u'\t' << (p.cid ? QString::number(*p.cid) : QString()) << u'\t'
                          << (p.cregisStatus ? QString::number(*p.cregisStatus) : QStringLiteral("-")) << u'\t'
                          << p.txid << u'\n';
            return true;
        });
    if (failed > 0) {
        context.err() << QStringLiteral("error: %1 payout(s) could not be queried\n").arg(failed);
    }
    return failed == 0 ? ExitOk : ExitItemFailed;
}

int runAuditCommand(CliContext& context, ArgumentList& args)
{
    if (args.takeFirstWord() != QLatin1String("verify") || !args.takePositionals().isEmpty()
        || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("audit verify"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    const store::AuditVerification result = desk->store()->verifyAudit();
    if (result.intact) {
        context.out() << QStringLiteral("audit log intact: %1 events\n").arg(result.eventsChecked);
        return ExitOk;
    }
    context.out() << QStringLiteral("audit log broken");
    if (result.brokenEventId) {
        context.out() << QStringLiteral(" at event %1").arg(*result.brokenEventId);
    }
    if (result.alteredPayoutId) {
        context.out() << QStringLiteral(" (payout %1)").arg(*result.alteredPayoutId);
    }
    context.out() << QStringLiteral(": ") << result.reason << u'\n';
    return ExitItemFailed;
}

} // namespace paydesk::cli
