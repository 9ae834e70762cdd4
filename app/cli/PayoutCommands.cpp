#include "Commands.h"

#include "InterruptWatcher.h"
#include "csv/CsvWriter.h"
#include "csv/HistoryRecord.h"
#include "payout/IssueText.h"
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

// Prints each issue as `error: <words>` (or `warning:`); returns whether any was an error.
bool reportIssues(CliContext& context, const payout::ValidationResult& result, const money::AssetCatalogue& catalogue,
                  const QString& currency)
{
    const auto asset = catalogue.resolve(currency.trimmed());
    for (const payout::ValidationIssue& issue : result.issues) {
        context.err() << (issue.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: "))
                      << payout::issueText(issue, asset) << u'\n';
    }
    return result.hasErrors();
}

std::optional<qint64> parseLocalId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString describeOutcome(const workflow::SubmitOutcome& outcome)
{
    using Kind = workflow::SubmitOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Submitted:
        return QStringLiteral("submitted\t%1").arg(*outcome.cid);
    case Kind::Refused:
        return QStringLiteral("refused\t%1 %2").arg(outcome.code, outcome.message);
    case Kind::Unknown:
        return QStringLiteral("unknown\t%1 %2 (no answer; a retry sends the same third_party_id)")
            .arg(outcome.code, outcome.message);
    case Kind::NeedsReconciliation:
        return QStringLiteral("needs_reconciliation\t%1 %2").arg(outcome.code, outcome.message);
    case Kind::NotRecorded:
        return QStringLiteral("not_recorded\t%1").arg(outcome.message);
    case Kind::NotSent:
        return QStringLiteral("not_sent\t%1").arg(outcome.message);
    case Kind::Skipped:
        return QStringLiteral("skipped\t%1").arg(outcome.message);
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
                      << (unanswered && since ? workflow::durationText(now - *since) : QStringLiteral("-")) << u'\n';
    }
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
    const bool checkOnline = args.takeFlag(QStringLiteral("--check-online"));
    if (!currency || !to || !amount || !args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context,
                          args.usageProblem().isEmpty()
                              ? QStringLiteral("new --currency C --to ADDR --amount A [--memo M] [--remark R] "
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
    payout::ValidationResult result = desk->validator().validate(draft);
    if (result.fields) {
        result.issues += desk->historyIssues(*result.fields);
    }
    if (result.fields && checkOnline) {
        // Asked for, so it must happen: without a key or an answer nothing is queued.
        if (!context.loadApiKey(*desk)) {
            return ExitItemFailed;
        }
        QEventLoop loop;
        QString failure;
        workflow::OnlineAddressCheck::run(*desk->client(), *desk->catalogue().find(result.fields->currency),
                                          result.fields->toAddress, payout::PayoutField::ToAddress, &loop,
                                          [&](const payout::ValidationIssues& issues, const QString& why) {
                                              result.issues += issues;
                                              failure = why;
                                              loop.quit();
                                          });
        loop.exec();
        if (!failure.isEmpty()) {
            context.err() << QStringLiteral("error: online check: %1\n").arg(failure);
        }
        if (result.hasErrors()) {
            result.fields.reset();
        }
    }
    if (reportIssues(context, result, desk->catalogue(), draft.currency)) {
        return ExitItemFailed;
    }
    const auto id = desk->store()->addPayout(desk->withProfileDefaults(*result.fields), desk->actor());
    if (!id) {
        context.err() << QStringLiteral("error: %1\n").arg(desk->store()->lastError());
        return ExitItemFailed;
    }
    context.err() << QStringLiteral("queued payout %1: %2 %3 to %4\n")
                         .arg(*id)
                         .arg(result.fields->amount.toCanonical(), result.fields->coinName, result.fields->toAddress);
    context.out() << *id << u'\n';
    return ExitOk;
}

int runSubmitCommand(CliContext& context, ArgumentList& args)
{
    const bool allApproved = args.takeFlag(QStringLiteral("--all-approved"));
    const QStringList idWords = args.takePositionals();
    if ((idWords.isEmpty() == !allApproved) || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("submit ID... | submit --all-approved"));
    }
    QList<qint64> ids;
    for (const QString& word : idWords) {
        const auto id = parseLocalId(word);
        if (!id) {
            return usageError(context, QStringLiteral("submit: \"%1\" is not a payout id").arg(word));
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
        context.err() << QStringLiteral("stopping after the payouts already on their way...\n");
        context.err().flush();
        batch.cancel();
    });
    int failed = 0;
    QObject::connect(&batch, &workflow::BatchSubmitter::itemFinished, &batch,
                     [&context, &failed, allApproved](qint64 id, const workflow::SubmitOutcome& outcome) {
                         context.out() << id << u'\t' << describeOutcome(outcome) << u'\n';
                         context.out().flush();
                         // Sending "everything approved" leaves what another desk took to that desk;
                         // a payout named by id that was not sent here is a failure of this command.
                         const bool skippedForOthers
                             = allApproved && outcome.kind == workflow::SubmitOutcome::Kind::Skipped;
                         if (!outcome.isSubmitted() && !skippedForOthers) {
                             ++failed;
                         }
                     });
    QObject::connect(&batch, &workflow::BatchSubmitter::progress, &batch, [&context](int done, int total) {
        if (total > 1) {
            context.err() << QStringLiteral("\r%1/%2 payouts done").arg(done).arg(total)
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
        context.err() << QStringLiteral("cancelled: payouts not started are still approved\n");
    }
    if (failed > 0) {
        context.err() << QStringLiteral("error: %1 payout(s) were not submitted; see the lines above\n").arg(failed);
    }
    return failed == 0 && !cancelled ? ExitOk : ExitItemFailed;
}

int runListCommand(CliContext& context, ArgumentList& args)
{
    const QString format = args.takeOption(QStringLiteral("--format")).value_or(QStringLiteral("table"));
    const auto status = args.takeOption(QStringLiteral("--status"));
    if (!args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("list [--status S] [--format table|csv|json]"));
    }
    store::PayoutQuery query;
    query.limit = 0;
    if (status) {
        const auto state = payout::stateFromStorageName(*status);
        if (!state) {
            return usageError(context,
                              QStringLiteral("--status: use one of draft, pending_approval, approved, "
                                             "submitting, submitted, rejected, cancelled, refused, unknown, "
                                             "needs_reconciliation"));
        }
        query.states = {*state};
    }
    if (format != QLatin1String("table") && format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usageError(context, QStringLiteral("--format: use table, csv or json"));
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
        writer.setFreeTextColumns(csv::HistoryRecord::freeTextColumns());
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
