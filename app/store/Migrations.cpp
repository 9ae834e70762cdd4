#include "Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace paydesk::store {

namespace {

// Money is text (the exact canonical decimal) plus base units as digits; never REAL.
// Ids sent to Cregis (wallet_id, cid) are INTEGER: SQLite stores them as exact 64-bit integers.
const QStringList version1{
    QStringLiteral("CREATE TABLE payouts ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " profile TEXT NOT NULL,"
                   " third_party_id TEXT NOT NULL UNIQUE,"
                   " wallet_id INTEGER,"
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
                   " cid INTEGER UNIQUE,"
                   " txid TEXT NOT NULL DEFAULT '',"
                   " block_height TEXT NOT NULL DEFAULT '',"
                   " block_time INTEGER,"
                   " error_code TEXT NOT NULL DEFAULT '',"
                   " error_message TEXT NOT NULL DEFAULT '',"
                   " attempts INTEGER NOT NULL DEFAULT 0,"
                   " created_by TEXT NOT NULL,"
                   " created_at INTEGER NOT NULL,"
                   " approved_by TEXT NOT NULL DEFAULT '',"
                   " submitted_at INTEGER,"
                   " updated_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX payouts_state ON payouts(state)"),
    QStringLiteral("CREATE TABLE audit_events ("
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " payout_id INTEGER REFERENCES payouts(id),"
                   " at INTEGER NOT NULL,"
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
                   " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                   " payout_id INTEGER NOT NULL REFERENCES payouts(id),"
                   " approver TEXT NOT NULL,"
                   " approved_at INTEGER NOT NULL,"
                   " content_hash TEXT NOT NULL,"
                   " UNIQUE (payout_id, approver, content_hash))"),
    QStringLiteral("ALTER TABLE payouts ADD COLUMN decision_reason TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("CREATE INDEX payouts_cid ON payouts(cid)"),
};

const QList<QStringList>& steps()
{
    static const QList<QStringList> all{version1, version2};
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

bool Migrations::migrate(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        *error = query.lastError().text();
        return false;
    }
    for (int version = currentVersion(db); version < latestVersion(); ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QStringList statements = steps().at(version);
        statements << (version == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (1)")
                                    : QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1));
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                *error = QStringLiteral("schema step %1: %2").arg(version + 1).arg(query.lastError().text());
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace paydesk::store
