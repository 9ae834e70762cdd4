#include "PayoutImport.h"

#include "csv/CsvReader.h"
#include "payout/SamePayment.h"
#include "words/IssueText.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace paydesk::exchange {

namespace {

// The header names, and which draft field each fills.
enum class Column
{
    Currency,
    ToAddress,
    Amount,
    Memo,
    Remark,
    WalletId,
    FromAddress,
    ThirdPartyId,
};

const QList<std::pair<QString, Column>>& columns()
{
    static const QList<std::pair<QString, Column>> all{
        {QStringLiteral("currency"), Column::Currency},
        {QStringLiteral("to_address"), Column::ToAddress},
        {QStringLiteral("amount"), Column::Amount},
        {QStringLiteral("memo"), Column::Memo},
        {QStringLiteral("remark"), Column::Remark},
        {QStringLiteral("wallet_id"), Column::WalletId},
        {QStringLiteral("from_address"), Column::FromAddress},
        {QStringLiteral("third_party_id"), Column::ThirdPartyId},
    };
    return all;
}

QString columnName(payout::PayoutField field)
{
    switch (field) {
    case payout::PayoutField::WalletId:
        return QStringLiteral("wallet_id");
    case payout::PayoutField::Currency:
        return QStringLiteral("currency");
    case payout::PayoutField::FromAddress:
        return QStringLiteral("from_address");
    case payout::PayoutField::ToAddress:
        return QStringLiteral("to_address");
    case payout::PayoutField::Amount:
        return QStringLiteral("amount");
    case payout::PayoutField::Memo:
        return QStringLiteral("memo");
    case payout::PayoutField::Remark:
        return QStringLiteral("remark");
    }
    return {};
}

// Third-party ids PayDesk sends as they are: letters, digits, '-' and '_', at most 64, starting with
// a letter or digit (so no spreadsheet reads one as a formula, as it would "-A1").
const QRegularExpression thirdPartyIdPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"));

} // namespace

QString ImportProblem::text() const
{
    if (line == 0) {
        return reason;
    }
    return column.isEmpty() ? PayoutImport::tr("line %1: %2").arg(line).arg(reason)
                            : PayoutImport::tr("line %1, column %2: %3").arg(line).arg(column, reason);
}

PayoutImport::PayoutImport(workflow::PayoutIntake& intake, store::PayoutStore& store,
                           const money::AssetCatalogue& catalogue, const config::Clock& clock)
    : m_intake(intake)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_clock(clock)
{ }

QStringList PayoutImport::knownColumns()
{
    QStringList names;
    for (const auto& [name, column] : columns()) {
        names << name;
    }
    return names;
}

ImportPlan PayoutImport::read(const QString& path) const
{
    ImportPlan plan;
    const QFileInfo info(path);
    if (!info.isFile()) {
        plan.problems << ImportProblem{0, {}, tr("%1 is not a file").arg(path)};
        return plan;
    }
    if (info.size() > maxFileBytes) {
        plan.problems << ImportProblem{
            0, {}, tr("%1 is larger than %2 MB; split the run into smaller files").arg(path).arg(maxFileBytes >> 20)};
        return plan;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problems << ImportProblem{0, {}, tr("cannot read %1: %2").arg(path, file.errorString())};
        return plan;
    }
    // Read with the limit again: the file may have grown since it was measured.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        plan.problems << ImportProblem{0, {}, tr("%1 is larger than %2 MB").arg(path).arg(maxFileBytes >> 20)};
        return plan;
    }
    return check(bytes);
}

ImportPlan PayoutImport::check(const QByteArray& bytes) const
{
    ImportPlan plan;
    csv::CsvReader::Limits limits;
    limits.maxRecords = maxRows + 1;
    csv::CsvProblem problem;
    const std::optional<QList<csv::CsvRecord>> records = csv::CsvReader::parse(bytes, limits, &problem);
    if (!records) {
        plan.problems << ImportProblem{problem.line, {}, problem.reason};
        return plan;
    }
    if (records->isEmpty()) {
        plan.problems << ImportProblem{0,
                                       {},
                                       tr("the file is empty; its first line names the columns: %1")
                                           .arg(knownColumns().join(QStringLiteral(", ")))};
        return plan;
    }
    // The header: every column known, none twice, the required ones there.
    const csv::CsvRecord& header = records->first();
    QHash<Column, int> position;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        const auto known = std::find_if(columns().cbegin(), columns().cend(),
                                        [&name](const auto& entry) { return entry.first == name; });
        if (known == columns().cend()) {
            plan.problems << ImportProblem{
                header.line, header.fields.at(i),
                tr("unknown column; the columns are %1").arg(knownColumns().join(QStringLiteral(", ")))};
        } else if (position.contains(known->second)) {
            plan.problems << ImportProblem{header.line, name, tr("the column appears twice")};
        } else {
            position.insert(known->second, i);
        }
    }
    for (const auto& [name, column] :
         {std::pair{"currency", Column::Currency}, {"to_address", Column::ToAddress}, {"amount", Column::Amount}}) {
        if (!position.contains(column)) {
            plan.problems << ImportProblem{header.line, QString::fromLatin1(name), tr("this column is required")};
        }
    }
    if (!plan.problems.isEmpty()) {
        return plan;
    }
    if (records->size() == 1) {
        plan.problems << ImportProblem{0, {}, tr("the file has a header but no payouts")};
        return plan;
    }
    if (records->size() > maxRows + 1) {
        plan.problems << ImportProblem{0, {}, tr("more than %1 payouts in one file").arg(maxRows)};
        return plan;
    }
    const auto value = [&position](const csv::CsvRecord& record, Column column) {
        const int at = position.value(column, -1);
        return at >= 0 && at < record.fields.size() ? record.fields.at(at) : QString();
    };
    QHash<QString, int> thirdPartyIdLines;
    money::CurrencyTotals totals;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const csv::CsvRecord& record = records->at(r);
        if (record.fields.size() != header.fields.size()) {
            plan.problems << ImportProblem{
                record.line,
                {},
                tr("%1 fields where the header has %2").arg(record.fields.size()).arg(header.fields.size())};
            continue;
        }
        payout::PayoutDraft draft;
        draft.currency = value(record, Column::Currency).trimmed();
        draft.toAddress = value(record, Column::ToAddress).trimmed();
        draft.amount = value(record, Column::Amount).trimmed();
        draft.memo = value(record, Column::Memo);
        draft.remark = value(record, Column::Remark);
        draft.walletId = value(record, Column::WalletId).trimmed();
        draft.fromAddress = value(record, Column::FromAddress).trimmed();
        // Repeated payments are found below for the whole file at once, not a query per row.
        const payout::ValidationResult reviewed
            = m_intake.review(draft, workflow::PayoutIntake::HistoryChecks::WithoutRepeats);
        const std::optional<money::Asset> asset = m_catalogue.resolve(draft.currency);
        bool failed = false;
        for (const payout::ValidationIssue& issue : reviewed.issues) {
            const ImportProblem said{record.line, columnName(issue.field), words::IssueText::text(issue, asset)};
            if (issue.isError()) {
                plan.problems << said;
                failed = true;
            } else {
                plan.warnings << said;
            }
        }
        const QString thirdPartyId = value(record, Column::ThirdPartyId).trimmed();
        if (!thirdPartyId.isEmpty()) {
            if (!thirdPartyIdPattern.match(thirdPartyId).hasMatch()) {
                plan.problems << ImportProblem{
                    record.line, QStringLiteral("third_party_id"),
                    tr("use 1 to 64 letters, digits, '-' or '_', starting with a letter or digit")};
                failed = true;
            } else if (const int earlier = thirdPartyIdLines.value(thirdPartyId); earlier > 0) {
                plan.problems << ImportProblem{record.line, QStringLiteral("third_party_id"),
                                               tr("the same third_party_id as line %1").arg(earlier)};
                failed = true;
            } else {
                thirdPartyIdLines.insert(thirdPartyId, record.line);
            }
        }
        if (failed || !reviewed.fields) {
            continue;
        }
        plan.rows << ImportRow{record.line, *reviewed.fields, thirdPartyId};
        totals.add(reviewed.fields->currency, reviewed.fields->coinName, reviewed.fields->amount);
    }
    // A third_party_id is Cregis's idempotency key: one already used here is never sent again.
    const QSet<QString> taken = m_store.takenThirdPartyIds(thirdPartyIdLines.keys());
    for (const QString& id : taken) {
        plan.problems << ImportProblem{thirdPartyIdLines.value(id), QStringLiteral("third_party_id"),
                                       tr("already used by a payout in this store; each payout needs its own")};
    }
    std::sort(plan.problems.begin(), plan.problems.end(),
              [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (!plan.problems.isEmpty()) {
        plan.rows.clear();
        return plan;
    }
    const std::optional<QList<money::CurrencyTotal>> sums = totals.totals();
    if (!sums) {
        plan.problems << ImportProblem{0, {}, tr("a currency's total is too large to be held exactly; split the file")};
        plan.rows.clear();
        return plan;
    }
    plan.totals = *sums;
    findDuplicates(plan);
    return plan;
}

void PayoutImport::findDuplicates(ImportPlan& plan) const
{
    QHash<QString, int> firstLine;
    for (const ImportRow& row : std::as_const(plan.rows)) {
        const QString key = payout::samePaymentKey(row.fields);
        if (const int earlier = firstLine.value(key); earlier > 0) {
            plan.duplicates << ImportDuplicate{row.line,
                                               tr("the same recipient, currency and amount as line %1").arg(earlier)};
        } else {
            firstLine.insert(key, row.line);
        }
    }
    // Payouts of the last 30 days that may have paid or may still pay.
    store::PayoutQuery recent = store::PayoutQuery::every(payout::samePaymentStates());
    recent.createdFromMs = m_clock.nowMs() - payout::samePaymentWindowMs;
    const std::unique_ptr<store::RowStream> rows
        = m_store.streamPayouts(recent,
                                {QStringLiteral("id"), QStringLiteral("to_address"), QStringLiteral("currency"),
                                 QStringLiteral("coin"), QStringLiteral("amount")});
    QHash<QString, qint64> stored;
    while (rows && rows->next()) {
        stored.insert(payout::samePaymentKey(QString::fromUtf8(rows->utf8(2)), QString::fromUtf8(rows->utf8(3)),
                                             QString::fromUtf8(rows->utf8(1)), QString::fromUtf8(rows->utf8(4))),
                      rows->int64(0));
    }
    for (const ImportRow& row : std::as_const(plan.rows)) {
        const QString key = payout::samePaymentKey(row.fields);
        if (const qint64 id = stored.value(key); id > 0) {
            plan.duplicates << ImportDuplicate{
                row.line, tr("the same recipient, currency and amount as payout #%1 of the last 30 days").arg(id)};
        }
    }
    std::sort(plan.duplicates.begin(), plan.duplicates.end(),
              [](const ImportDuplicate& a, const ImportDuplicate& b) { return a.line < b.line; });
}

PayoutImport::Queued PayoutImport::queue(const ImportPlan& plan, bool allowDuplicates, const QString& actor)
{
    if (!plan.canQueue(allowDuplicates)) {
        return {std::nullopt,
                {},
                !plan.problems.isEmpty()  ? tr("the file has problems; nothing was queued")
                    : plan.rows.isEmpty() ? tr("the file holds no payouts")
                                          : tr("the file repeats payouts; queue them only with --allow-duplicates")};
    }
    QList<store::PayoutStore::NewPayout> payouts;
    payouts.reserve(plan.rows.size());
    for (const ImportRow& row : plan.rows) {
        payouts << store::PayoutStore::NewPayout{row.fields, row.thirdPartyId};
    }
    const workflow::PayoutIntake::QueuedAll queued = m_intake.queueAll(payouts, actor);
    return {queued.ids, queued.error, {}};
}

} // namespace paydesk::exchange
