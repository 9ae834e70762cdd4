#include "Commands.h"

#include "InterruptWatcher.h"
#include "config/AnswerWait.h"
#include "config/Ids.h"
#include "csv/CsvWriter.h"
#include "csv/HistoryRecord.h"
#include "words/ErrorWords.h"
#include "words/IssueText.h"
#include "words/OutcomeWords.h"
#include "words/StatusWords.h"
#include "workflow/BatchSubmitter.h"
#include "workflow/OnlineAddressCheck.h"
#include "workflow/SendQueue.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace paydesk::cli {

namespace {

using payout::PayoutState;
using Kind = workflow::SubmitOutcome::Kind;

// Prints each issue as `error: <words>` (or `warning:`); returns whether any was an error.
bool reportIssues(CliContext& context, const payout::ValidationResult& result, const money::AssetCatalogue& catalogue,
                  const QString& currency)
{
    const auto asset = catalogue.resolve(currency.trimmed());
    for (const payout::ValidationIssue& issue : result.issues) {
        const QString words = words::IssueText::text(issue, asset);
        issue.isError() ? context.error(words) : context.warning(words);
    }
    return result.hasErrors();
}

// The outcome's first column, for scripts.
QString outcomeWord(Kind kind)
{
    switch (kind) {
    case Kind::Submitted:
        return QStringLiteral("submitted");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::NeedsReconciliation:
        return QStringLiteral("needs_reconciliation");
    case Kind::NotRecorded:
        return QStringLiteral("not_recorded");
    case Kind::NotSent:
        return QStringLiteral("not_sent");
    case Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

void printTable(CliContext& context, const QList<payout::Payout>& rows, qint64 now)
{
    context.out() << QStringLiteral("id\tstate\tcregis_status\tcid\tcoin\tamount\tto_address\tunanswered_for\n");
    for (const payout::Payout& p : rows) {
        const bool unanswered = p.state == PayoutState::Unknown || p.state == PayoutState::NeedsReconciliation;
        const auto since = p.unansweredSinceMs();
        context.out() << p.id << u'\t' << payout::toStorageName(p.state) << u'\t'
                      << (p.cregisStatus ? QString::number(*p.cregisStatus) : QStringLiteral("-")) << u'\t'
                      << (p.cid ? QString::number(*p.cid) : QStringLiteral("-")) << u'\t' << p.fields.coinName << u'\t'
                      << p.fields.amount.toCanonical() << u'\t' << p.fields.toAddress << u'\t'
                      << (unanswered && since ? words::StatusWords::duration(now - *since) : QStringLiteral("-"))
                      << u'\n';
    }
}

// Asked for, so it must happen: without a key or an answer nothing is queued.
bool checkOnline(CliContext& context, desk::Desk& desk, payout::ValidationResult& result)
{
    if (!context.loadApiKey(desk)) {
        return false;
    }
    using Answer = std::pair<payout::ValidationIssues, cregis::CregisError>;
    const auto [issues, failure] = config::waitForAnswer<Answer>([&](QObject* owner, const auto& done) {
        workflow::OnlineAddressCheck::run(
            desk.client(), *desk.catalogue().find(result.fields->currency), result.fields->toAddress,
            payout::PayoutField::ToAddress, owner,
            [done](const payout::ValidationIssues& found, const cregis::CregisError& why) {
                done({found, why});
            });
    });
    result.issues += issues;
    if (failure.kind != cregis::CregisError::Kind::None) {
        context.error(Cli::tr("online check: %1").arg(words::ErrorWords::cregis(failure)));
    }
    if (result.hasErrors()) {
        result.fields.reset();
    }
    return true;
}

} // namespace

int runNewCommand(CliContext& context, ArgumentList& args)
{
    payout::PayoutDraft draft;
    const auto currency = args.takeOption(QStringLiteral("--currency"));
    const auto to = args.takeOption(QStringLiteral("--to"));
    const auto amount = args.takeOption(QStringLiteral("--amount"));
    draft.memo = args.takeOption(QStringLiteral("--memo")).value_or(QString());
    draft.remark = args.takeOption(QStringLiteral("--remark")).value_or(QString());
    draft.walletId = args.takeOption(QStringLiteral("--wallet-id")).value_or(QString());
    draft.fromAddress = args.takeOption(QStringLiteral("--from")).value_or(QString());
    const bool online = args.takeFlag(QStringLiteral("--check-online"));
    if (!currency || !to || !amount || !args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context,
                          args.usageProblem().isEmpty()
                              ? Cli::tr("new --currency C --to ADDR --amount A [--memo M] [--remark R] "
                                        "[--wallet-id N] [--from ADDR]")
                              : args.usageProblem());
    }
    draft.currency = *currency;
    draft.toAddress = *to;
    draft.amount = *amount;

    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    payout::ValidationResult result = desk->intake()->review(draft);
    if (result.fields && online && !checkOnline(context, *desk, result)) {
        return ExitItemFailed;
    }
    if (reportIssues(context, result, desk->catalogue(), draft.currency) || !result.fields) {
        return ExitItemFailed;
    }
    const workflow::PayoutIntake::Queued queued = desk->intake()->queue(*result.fields, desk->actor());
    if (!queued.id) {
        context.error(words::ErrorWords::store(queued.error));
        return ExitItemFailed;
    }
    context.err() << Cli::tr("queued payout %1: %2 %3 to %4")
                         .arg(*queued.id)
                         .arg(result.fields->amount.toCanonical(), result.fields->coinName, result.fields->toAddress)
                  << u'\n';
    context.out() << *queued.id << u'\n';
    return ExitOk;
}

int runSubmitCommand(CliContext& context, ArgumentList& args)
{
    const bool allApproved = args.takeFlag(QStringLiteral("--all-approved"));
    const QStringList idWords = args.takePositionals();
    if ((idWords.isEmpty() == !allApproved) || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("submit ID... | submit --all-approved"));
    }
    QList<qint64> ids;
    for (const QString& word : idWords) {
        const auto id = config::parseId(word);
        if (!id) {
            return usageError(context, Cli::tr("submit: \"%1\" is not a payout id").arg(word));
        }
        ids << *id;
    }
    auto desk = context.openDesk();
    if (!desk || !context.loadApiKey(*desk)) {
        return ExitItemFailed;
    }
    if (allApproved) {
        ids = workflow::sendablePayoutIds(*desk->store(), desk->actor());
    }

    workflow::BatchSubmitter batch(*desk->submitter());
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &batch, [&batch, &context] {
        context.err() << Cli::tr("stopping after the payouts already on their way...") << u'\n';
        context.err().flush();
        batch.cancel();
    });
    int failed = 0;
    QObject::connect(&batch, &workflow::BatchSubmitter::itemFinished, &batch,
                     [&context, &failed](qint64 id, const workflow::SubmitOutcome& outcome) {
                         context.out() << id << u'\t' << outcomeWord(outcome.kind) << u'\t'
                                       << (outcome.isSubmitted() ? QString::number(*outcome.cid)
                                                                 : words::OutcomeWords::submit(id, outcome))
                                       << u'\n';
                         context.out().flush();
                         if (outcome.needsAttention()) {
                             ++failed;
                         }
                     });
    QObject::connect(&batch, &workflow::BatchSubmitter::progress, &batch, [&context](int done, int total) {
        if (total > 1) {
            context.err() << u'\r' << Cli::tr("%1/%n payout(s) done", nullptr, total).arg(done)
                          << (done == total ? QStringLiteral("\n") : QString());
            context.err().flush();
        }
    });
    QEventLoop loop;
    bool cancelled = false;
    QObject::connect(&batch, &workflow::BatchSubmitter::finished, &loop, [&](int, int, bool wasCancelled) {
        cancelled = wasCancelled;
        loop.quit();
    });
    batch.start(ids);
    if (batch.isRunning()) {
        loop.exec();
    }
    if (cancelled) {
        context.err() << Cli::tr("cancelled: payouts not started are still approved") << u'\n';
    }
    if (failed > 0) {
        context.error(Cli::tr("%n payout(s) were not submitted; see the lines above", "", failed));
    }
    return failed == 0 && !cancelled ? ExitOk : ExitItemFailed;
}

int runListCommand(CliContext& context, ArgumentList& args)
{
    const QString format = args.takeOption(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    const auto status = args.takeOption(QStringLiteral("--status"));
    if (!args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("list [--status S] [--format table|csv|json]"));
    }
    store::PayoutQuery query;
    query.limit = 0;
    if (const std::optional<int> refused = applyStatusOption(context, status, query)) {
        return *refused;
    }
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usageError(context, Cli::tr("--format: use table, csv or json"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    if (format == QLatin1String("csv")) {
        context.out().flush();
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly)) {
            return ExitItemFailed;
        }
        csv::CsvWriter writer(output);
        writer.writeRow(csv::HistoryRecord::columnNames());
        desk->store()->forEachPayout(
            query, [&writer](const payout::Payout& p) { return writer.writeRow(csv::HistoryRecord::fields(p)); });
        return writer.ok() ? ExitOk : ExitItemFailed;
    }
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        desk->store()->forEachPayout(query, [&rows](const payout::Payout& p) {
            rows.append(csv::HistoryRecord::toJson(p));
            return true;
        });
        context.out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    printTable(context, desk->store()->payouts(query), desk->clock().nowMs());
    return ExitOk;
}

} // namespace paydesk::cli
