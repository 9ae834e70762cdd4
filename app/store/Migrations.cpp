#include "Migrations.h"

#include "PayoutQuerySql.h"
#include "PostgresDialect.h"
#include "TeamRules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace paydesk::store {

namespace {

// Money is text (the exact canonical decimal) plus base units as digits; never REAL.
// Ids sent to Cregis (wallet_id, cid) and times are 64-bit integers (%INT64%: SQLite's INTEGER),
// stored exactly. %ID% is the engine's auto-numbered 64-bit primary key (see SqlDialect).
const QStringList version1{
    QStringLiteral("CREATE TABLE payouts ("
                   " id %ID%,"
                   " profile TEXT NOT NULL,"
                   " third_party_id TEXT NOT NULL UNIQUE,"
                   " wallet_id %INT64%,"
                   " currency TEXT NOT NULL,"
                   " coin TEXT NOT NULL,"
                   " from_address TEXT NOT NULL DEFAULT '',"
                   " to_address TEXT NOT NULL,"
                   " amount TEXT NOT NULL,"
                   " amount_units TEXT NOT NULL,"
                   " decimals INTEGER NOT NULL,"
                   " memo TEXT NOT NULL DEFAULT '',"
                   " remark TEXT NOT NULL DEFAULT '',"
                   " callback_url TEXT NOT NULL DEFAULT '',"
                   " content_hash TEXT NOT NULL,"
                   " state TEXT NOT NULL,"
                   " cregis_status INTEGER,"
                   " cid %INT64% UNIQUE,"
                   " txid TEXT NOT NULL DEFAULT '',"
                   " block_height TEXT NOT NULL DEFAULT '',"
                   " block_time %INT64%,"
                   " error_code TEXT NOT NULL DEFAULT '',"
                   " error_message TEXT NOT NULL DEFAULT '',"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " created_by TEXT NOT NULL,"
                   " created_at %INT64% NOT NULL,"
                   " approved_by TEXT NOT NULL DEFAULT '',"
                   " submitted_at %INT64%,"
                   " updated_at %INT64% NOT NULL)"),
    QStringLiteral("CREATE INDEX payouts_state ON payouts(state)"),
    QStringLiteral("CREATE TABLE audit_events ("
                   " id %ID%,"
                   " payout_id %INT64% REFERENCES payouts(id),"
                   " at %INT64% NOT NULL,"
                   " actor TEXT NOT NULL,"
                   " event TEXT NOT NULL,"
                   " detail TEXT NOT NULL DEFAULT '',"
                   " payout_hash TEXT NOT NULL DEFAULT '',"
                   " prev_hash TEXT NOT NULL,"
                   " hash TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX audit_events_payout ON audit_events(payout_id)"),
};

// Approvals are bound to the content hash they saw: an edit changes the hash, and approvals of
// the old content stop counting without anyone having to remember to delete them.
const QStringList version2{
    QStringLiteral("CREATE TABLE approvals ("
                   " id %ID%,"
                   " payout_id %INT64% NOT NULL REFERENCES payouts(id),"
                   " approver TEXT NOT NULL,"
                   " approved_at %INT64% NOT NULL,"
                   " content_hash TEXT NOT NULL,"
                   " UNIQUE (payout_id, approver, content_hash))"),
    QStringLiteral("ALTER TABLE payouts ADD COLUMN decision_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX payouts_cid ON payouts(cid)"),
};

// Who holds a claim, and since when: recovery after a crash touches only claims whose owner is
// gone (see ClaimLease). The project a payout was queued for (pid and gateway) travels with it,
// so a profile pointed elsewhere later cannot send it to another project. The times let an
// unanswered payout show its age and stop being resent blindly once it is old. A cid is unique
// within a profile, not across the file: two profiles may pay through unrelated Cregis systems
// (a sandbox and production) whose cids overlap. SQLite changes a constraint only by rebuilding
// the table; ids, and so the audit log's references, are kept.
const QStringList version3{
    QStringLiteral("CREATE TABLE payouts_v3 ("
                   " id %ID%,"
                   " profile TEXT NOT NULL,"
                   " project_pid %INT64%,"
                   " gateway TEXT NOT NULL DEFAULT '',"
                   " third_party_id TEXT NOT NULL UNIQUE,"
                   " wallet_id %INT64%,"
                   " currency TEXT NOT NULL,"
                   " coin TEXT NOT NULL,"
                   " from_address TEXT NOT NULL DEFAULT '',"
                   " to_address TEXT NOT NULL,"
                   " amount TEXT NOT NULL,"
                   " amount_units TEXT NOT NULL,"
                   " decimals INTEGER NOT NULL,"
                   " memo TEXT NOT NULL DEFAULT '',"
                   " remark TEXT NOT NULL DEFAULT '',"
                   " callback_url TEXT NOT NULL DEFAULT '',"
                   " content_hash TEXT NOT NULL,"
                   " state TEXT NOT NULL,"
                   " cregis_status INTEGER,"
                   " cid %INT64%,"
                   " txid TEXT NOT NULL DEFAULT '',"
                   " block_height TEXT NOT NULL DEFAULT '',"
                   " block_time %INT64%,"
                   " error_code TEXT NOT NULL DEFAULT '',"
                   " error_message TEXT NOT NULL DEFAULT '',"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " created_by TEXT NOT NULL,"
                   " created_at %INT64% NOT NULL,"
                   " approved_by TEXT NOT NULL DEFAULT '',"
                   " submitted_at %INT64%,"
                   " updated_at %INT64% NOT NULL,"
                   " decision_reason TEXT NOT NULL DEFAULT '',"
                   " claim_owner TEXT NOT NULL DEFAULT '',"
                   " claimed_at %INT64%,"
                   " first_sent_at %INT64%,"
                   " reconcile_checked_at %INT64%,"
                   " UNIQUE (profile, cid))"),
    QStringLiteral("INSERT INTO payouts_v3 (id, profile, third_party_id, wallet_id, currency, coin, from_address,"
                   " to_address, amount, amount_units, decimals, memo, remark, callback_url, content_hash, state,"
                   " cregis_status, cid, txid, block_height, block_time, error_code, error_message, attempts,"
                   " created_by, created_at, approved_by, submitted_at, updated_at, decision_reason)"
                   " SELECT id, profile, third_party_id, wallet_id, currency, coin, from_address, to_address, amount,"
                   " amount_units, decimals, memo, remark, callback_url, content_hash, state, cregis_status, cid,"
                   " txid, block_height, block_time, error_code, error_message, attempts, created_by, created_at,"
                   " approved_by, submitted_at, updated_at, decision_reason FROM payouts"),
    QStringLiteral("DROP TABLE payouts%CASCADE%"),
    QStringLiteral("ALTER TABLE payouts_v3 RENAME TO payouts"),
    QStringLiteral("CREATE INDEX payouts_profile_state ON payouts(profile, state)"),
    QStringLiteral("CREATE INDEX payouts_cid ON payouts(cid)"),
};

// The history is filtered and sorted by the database, one page at a time, on a million rows:
// every column it filters or sorts on gets an index (profile, column, id), which serves both
// "only this value, newest first" and "ordered by this column". An amount sorts by a
// fixed-width key (PayoutQuerySql::amountSortKey), filled below for the rows already there.
// The substring index for the search box comes from the dialect (FTS5 trigram for SQLite).
const QStringList version4{
    QStringLiteral("ALTER TABLE payouts ADD COLUMN amount_key TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("DROP INDEX payouts_profile_state"),
    QStringLiteral("CREATE INDEX payouts_by_created ON payouts(profile, created_at, id)"),
    QStringLiteral("CREATE INDEX payouts_by_state ON payouts(profile, state, id)"),
    QStringLiteral("CREATE INDEX payouts_by_cregis_status ON payouts(profile, COALESCE(cregis_status, -1), id)"),
    QStringLiteral("CREATE INDEX payouts_by_cid ON payouts(profile, COALESCE(cid, -1), id)"),
    QStringLiteral("CREATE INDEX payouts_by_coin ON payouts(profile, coin, id)"),
    QStringLiteral("CREATE INDEX payouts_by_currency ON payouts(profile, currency, id)"),
    QStringLiteral("CREATE INDEX payouts_by_creator ON payouts(profile, created_by, id)"),
    QStringLiteral("CREATE INDEX payouts_by_amount ON payouts(profile, amount_key, id)"),
    // The look-alike check of every new payout (same first and last four characters, another
    // address) seeks here instead of reading every recipient.
    QStringLiteral("CREATE INDEX payouts_by_address_ends"
                   " ON payouts(profile, substr(to_address, 1, 4), %TO_ADDRESS_END%)"),
    // Payouts from before schema 3 wait here for their profile's project (ProfileStore binds them
    // at open); the index holds only those, so the check costs nothing on a million bound rows.
    QStringLiteral("CREATE INDEX payouts_unbound ON payouts(profile) WHERE project_pid IS NULL"),
};

// "The same recipient" folds letter case where the chain's format ignores it (an EVM account,
// a bech32 address): the look-alike check finds candidates whatever their case, and the caller
// keeps those that are another recipient (address::sameAddress).
const QStringList version5{
    QStringLiteral("DROP INDEX payouts_by_address_ends"),
    QStringLiteral("CREATE INDEX payouts_by_address_ends"
                   " ON payouts(profile, lower(substr(to_address, 1, 4)), lower(%TO_ADDRESS_END%))"),
};

bool exec(QSqlQuery& query, const QString& statement, QString* error)
{
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

bool fillAmountKeys(QSqlDatabase& db, const SqlDialect& dialect, QString* error)
{
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!exec(read, QStringLiteral("SELECT id, amount, decimals FROM payouts"), error)) {
        return false;
    }
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE payouts SET amount_key = ? WHERE id = ?"));
    while (read.next()) {
        const std::optional<money::Amount> amount
            = money::Amount::parse(read.value(1).toString(), read.value(2).toInt()).amount;
        write.addBindValue(PayoutQuerySql::amountSortKey(amount.value_or(money::Amount())));
        write.addBindValue(read.value(0).toLongLong());
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    QSqlQuery statement(db);
    for (const QString& sql : dialect.searchIndexStatements()) {
        if (!exec(statement, sql, error)) {
            return false;
        }
    }
    return true;
}

struct Step
{
    QStringList statements;
    // Work after the statements that SQL alone cannot do the same way on every engine.
    bool (*finish)(QSqlDatabase&, const SqlDialect&, QString*) = nullptr;
};

const QList<Step>& steps()
{
    static const QList<Step> all{{version1}, {version2}, {version3}, {version4, fillAmountKeys}, {version5}};
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

bool Migrations::applyTeamRules(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    const PostgresDialect dialect;
    if (!exec(query, dialect.beginWrite(), error) || !exec(query, dialect.migrationLock(), error)) {
        *error = QStringLiteral("cannot lock the database to set up its rules: %1").arg(*error);
        db.rollback();
        return false;
    }
    for (const QString& statement : TeamRules::installStatements()) {
        QString why;
        if (!exec(query, statement, &why)) {
            *error = QStringLiteral("set up the team's rules: %1 (in: %2)").arg(why, statement.left(80));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Migrations::migrate(QSqlDatabase& db, const SqlDialect& dialect, QString* error)
{
    QSqlQuery query(db);
    // Each step reads the version and applies itself under SQLite's write lock: two processes
    // opening a new file at once would otherwise both read version 0 and both create the tables.
    for (;;) {
        if (!exec(query, dialect.beginWrite(), error)
            || (!dialect.migrationLock().isEmpty() && !exec(query, dialect.migrationLock(), error))) {
            *error = QStringLiteral("cannot lock the database to upgrade it: %1").arg(*error);
            db.rollback();
            return false;
        }
        const auto rollback = [&db](QString* why, const QString& text) {
            *why = text;
            db.rollback();
            return false;
        };
        QString stepError;
        if (!exec(query, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"),
                  &stepError)) {
            return rollback(error, stepError);
        }
        const int version = currentVersion(db);
        if (version >= latestVersion()) {
            db.rollback();
            return true;
        }
        const Step& step = steps().at(version);
        QStringList statements = step.statements + dialect.afterStep(version + 1);
        statements << (version == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")
                                    : QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1));
        for (QString statement : std::as_const(statements)) {
            statement.replace(QLatin1String("%ID%"), dialect.autoIdColumn())
                .replace(QLatin1String("%INT64%"), dialect.int64Type())
                .replace(QLatin1String("%CASCADE%"), dialect.dropCascade())
                .replace(QLatin1String("%TO_ADDRESS_END%"), dialect.lastChars(QStringLiteral("to_address"), 4));
            if (!exec(query, statement, &stepError)) {
                return rollback(error, QStringLiteral("schema step %1: %2").arg(version + 1).arg(stepError));
            }
        }
        if (step.finish && !step.finish(db, dialect, &stepError)) {
            return rollback(error, QStringLiteral("schema step %1: %2").arg(version + 1).arg(stepError));
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
}

} // namespace paydesk::store
