#include "PostgresDialect.h"

#include "QueryRowStream.h"

namespace paydesk::store {

namespace {

// Advisory lock keys of PayDesk's own (two-key form, so they never meet a claim lease's
// one-key locks): 'PDSK' and a number per purpose.
constexpr int lockClass = 0x5044534b;
constexpr int auditChainLock = 1;
constexpr int migrationLockKey = 2;

// The searchable text of a row, as the index holds it: the six columns in lower case, kept
// apart by a unit separator that no field can contain, so no match spans two columns.
const QString searchText = QStringLiteral(
    "payout_search_text(payouts.to_address, payouts.from_address, payouts.remark, payouts.third_party_id,"
    " payouts.cid, payouts.txid)");

} // namespace

QString PostgresDialect::lockAuditChain() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(lockClass).arg(auditChainLock);
}

QString PostgresDialect::migrationLock() const
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)").arg(lockClass).arg(migrationLockKey);
}

bool PostgresDialect::isUniqueViolation(const QString& nativeErrorCode, const QString&) const
{
    return nativeErrorCode == QLatin1String("23505"); // SQLSTATE unique_violation
}

QStringList PostgresDialect::afterStep(int version) const
{
    if (version == 3) {
        // SQLite rebuilt the table to change a constraint; here DROP ... CASCADE took the
        // references to it along, and the copied ids must not be handed out again.
        return {
            QStringLiteral("ALTER TABLE audit_events ADD FOREIGN KEY (payout_id) REFERENCES payouts(id)"),
            QStringLiteral("ALTER TABLE approvals ADD FOREIGN KEY (payout_id) REFERENCES payouts(id)"),
            QStringLiteral("SELECT setval(pg_get_serial_sequence('payouts', 'id'), COALESCE(max(id), 0) + 1, false)"
                           " FROM payouts"),
        };
    }
    return {};
}

QStringList PostgresDialect::searchIndexStatements() const
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE OR REPLACE FUNCTION payout_search_text(to_address text, from_address text, remark text,"
                       " third_party_id text, cid bigint, txid text) RETURNS text LANGUAGE sql IMMUTABLE"
                       " PARALLEL SAFE AS $$ SELECT lower(to_address || chr(31) || from_address || chr(31) || remark"
                       " || chr(31) || third_party_id || chr(31) || coalesce(cid::text, '') || chr(31) || txid) $$"),
        QStringLiteral("CREATE INDEX payout_text ON payouts USING gin (%1 gin_trgm_ops)").arg(searchText),
    };
}

TextSearchSql PostgresDialect::textSearch(const QString& text, SearchPlan) const
{
    // The planner picks between the trigram index and walking the order's own index; searches
    // of one or two characters cannot use trigrams and scan, as on SQLite.
    return {QStringLiteral(" FROM payouts"),
            {searchText + QStringLiteral(" LIKE lower(?) ESCAPE '\\'"), {QVariant(containsPattern(text))}},
            QStringLiteral("payouts.id")};
}

SqlCondition PostgresDialect::countUpTo(const QString&, int) const
{
    return {QStringLiteral("SELECT 0"), {}}; // the planner chooses; no plan to pick here
}

std::unique_ptr<RowStream> PostgresDialect::streamRows(const QSqlDatabase& db, const QString& sql,
                                                       const QVariantList& values, QString* error) const
{
    return QueryRowStream::open(db, sql, values, error);
}

} // namespace paydesk::store
