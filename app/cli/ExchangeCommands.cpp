#include "Commands.h"

#include "InterruptWatcher.h"
#include "exchange/HistoryExport.h"
#include "exchange/PayoutImport.h"
#include "words/ErrorWords.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimeZone>

namespace paydesk::cli {

namespace {

// A DATE is a day (YYYY-MM-DD, in UTC) or an instant (ISO 8601 with Z or an offset). --since
// takes the start of a day; --until takes a day whole, or an instant as an exclusive end.
std::optional<qint64> parseDate(const QString& text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10) {
        return (endOfDay ? day.addDays(1) : day).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    }
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    // Without a zone the instant would depend on the machine's: refuse it rather than guess.
    if (instant.isValid() && instant.timeSpec() != Qt::LocalTime) {
        return instant.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

} // namespace

int runExportCommand(CliContext& context, ArgumentList& args)
{
    const auto status = args.takeOption(QStringLiteral("--status"));
    const auto since = args.takeOption(QStringLiteral("--since"));
    const auto until = args.takeOption(QStringLiteral("--until"));
    const bool bom = args.takeFlag(QStringLiteral("--bom"));
    const QStringList files = args.takePositionals();
    const QString usage = Cli::tr("export FILE[.csv|.xlsx] [--status S] [--since DATE] [--until DATE] [--bom]");
    if (files.size() != 1 || !args.usageProblem().isEmpty()) {
        return usageError(context, usage);
    }
    store::PayoutQuery query = store::PayoutQuery::every();
    // Oldest first: the order a ledger is read in.
    query.descending = false;
    if (const std::optional<int> refused = applyStatusOption(context, status, query)) {
        return *refused;
    }
    for (const auto& [option, value, endOfDay] : {std::tuple{"--since", since, false}, {"--until", until, true}}) {
        if (!value) {
            continue;
        }
        const std::optional<qint64> ms = parseDate(*value, endOfDay);
        if (!ms) {
            return usageError(context,
                              Cli::tr("%1: \"%2\" is not a date; use YYYY-MM-DD (UTC) or an ISO 8601 time "
                                      "with Z or an offset, such as 2024-05-01T12:00:00Z")
                                  .arg(QLatin1String(option), *value));
        }
        (endOfDay ? query.createdUntilMs : query.createdFromMs) = *ms;
    }
    if (bom && exchange::HistoryExport::formatFor(files.first()) == exchange::ExportFormat::Xlsx) {
        return usageError(context, Cli::tr("--bom: only for a CSV file; a workbook needs none"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    exchange::HistoryExport job(*desk->store(), query, files.first(), bom);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, &exchange::HistoryExport::cancel);
    exchange::ExportResult result;
    QEventLoop loop;
    QObject::connect(&job, &exchange::HistoryExport::finished, &loop, [&](const exchange::ExportResult& r) {
        result = r;
        loop.quit();
    });
    job.start();
    if (job.isRunning()) {
        loop.exec();
    }
    switch (result.kind) {
    case exchange::ExportResult::Kind::Written:
        context.err() << Cli::tr("exported %n payout(s) to %1", nullptr, int(result.rows)).arg(files.first()) << u'\n';
        return ExitOk;
    case exchange::ExportResult::Kind::Cancelled:
        context.error(Cli::tr("cancelled: no file was written"));
        return ExitItemFailed;
    case exchange::ExportResult::Kind::Failed:
        break;
    }
    context.error(Cli::tr("the export was not written (no file is left behind): %1").arg(result.error));
    return ExitItemFailed;
}

int runImportCommand(CliContext& context, ArgumentList& args)
{
    const bool allowDuplicates = args.takeFlag(QStringLiteral("--allow-duplicates"));
    const QStringList files = args.takePositionals();
    if (files.size() != 1 || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("import FILE [--allow-duplicates]"));
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    exchange::PayoutImport import(*desk->intake(), *desk->store(), desk->catalogue(), desk->clock());
    const exchange::ImportPlan plan = import.read(files.first());
    // Every row's warnings first, before anything is queued: what the form would have shown.
    for (const exchange::ImportProblem& warning : plan.warnings) {
        context.warning(warning.text());
    }
    for (const exchange::ImportProblem& problem : plan.problems) {
        context.error(problem.text());
    }
    if (!plan.problems.isEmpty()) {
        context.error(
            Cli::tr("nothing was queued: %n problem(s) in %1", nullptr, int(plan.problems.size())).arg(files.first()));
        return ExitItemFailed;
    }
    for (const exchange::ImportDuplicate& duplicate : plan.duplicates) {
        (allowDuplicates ? context.warning(Cli::tr("line %1: %2").arg(duplicate.line).arg(duplicate.reason))
                         : context.error(Cli::tr("line %1: %2").arg(duplicate.line).arg(duplicate.reason)));
    }
    if (!plan.canQueue(allowDuplicates)) {
        context.error(Cli::tr("nothing was queued: %n line(s) repeat a payout; check them, then import again with "
                              "--allow-duplicates to queue them anyway",
                              nullptr, int(plan.duplicates.size())));
        return ExitItemFailed;
    }
    const exchange::PayoutImport::Queued queued = import.queue(plan, allowDuplicates, desk->actor());
    if (!queued.ids) {
        context.error(Cli::tr("nothing was queued: %1").arg(words::ErrorWords::store(queued.error)));
        return ExitItemFailed;
    }
    for (const qint64 id : *queued.ids) {
        context.out() << id << u'\n';
    }
    // The control totals, to compare with the payout run's own before anyone approves it.
    for (const money::CurrencyTotal& total : plan.totals) {
        context.err() << Cli::tr("total %1 (%2): %n payout(s), %3", nullptr, total.count)
                             .arg(total.coinName, total.currency, total.amount.toCanonical())
                      << u'\n';
    }
    context.err() << Cli::tr("queued %n payout(s) for approval", nullptr, int(queued.ids->size()));
    if (!plan.warnings.isEmpty()) {
        context.err() << Cli::tr(", with %n warning(s) (above)", nullptr, int(plan.warnings.size()));
    }
    context.err() << u'\n';
    return ExitOk;
}

} // namespace paydesk::cli
