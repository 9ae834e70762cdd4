#include "AuditLog.h"

#include "PayoutRow.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>

namespace paydesk::store {

namespace {

std::optional<qint64> optionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// Length prefixes keep fields from running together. The layout is part of every stored chain:
// it never changes.
QByteArray linkHash(const QByteArray& previous, const std::optional<qint64>& payoutId, qint64 at, const QString& actor,
                    const QString& event, const QString& detail, const QByteArray& payoutHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& part :
         {previous, payoutId ? QByteArray::number(*payoutId) : QByteArray(), QByteArray::number(at), actor.toUtf8(),
          event.toUtf8(), detail.toUtf8(), payoutHash}) {
        hash.addData(QByteArray::number(part.size()) + ':' + part);
    }
    return hash.result().toHex();
}

const QByteArray chainStart(64, '0');

} // namespace

AuditLog::AuditLog(const Database& database, const config::Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

bool AuditLog::append(std::optional<qint64> payoutId, const QString& actor, const QString& event, const QString& detail,
                      const QByteArray& payoutHash, StoreError* error)
{
    return appendAll({AuditEntry{payoutId, actor, event, detail, payoutHash}}, error);
}

bool AuditLog::appendAll(const QList<AuditEntry>& entries, StoreError* error)
{
    if (entries.isEmpty()) {
        return true;
    }
    const qint64 firstId = entries.first().payoutId.value_or(0);
    if (const QString lock = m_database.dialect().lockAuditChain(); !lock.isEmpty()) {
        QSqlQuery serialise = m_database.prepare(lock);
        if (!serialise.exec()) {
            *error = StoreError::database(firstId,
                                          QStringLiteral("lock the audit log: %1").arg(serialise.lastError().text()));
            return false;
        }
    }
    QSqlQuery last = m_database.prepare(QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"));
    if (!last.exec()) {
        *error = StoreError::database(firstId, QStringLiteral("read the audit log: %1").arg(last.lastError().text()));
        return false;
    }
    QByteArray previous = last.next() ? last.value(0).toString().toLatin1() : chainStart;
    last.finish();
    const qint64 at = m_clock.nowMs();
    QSqlQuery insert(m_database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO audit_events (payout_id, at, actor, event, detail, payout_hash, prev_hash, hash)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AuditEntry& entry : entries) {
        const QByteArray hash
            = linkHash(previous, entry.payoutId, at, entry.actor, entry.event, entry.detail, entry.payoutHash);
        const QVariantList values{Database::nullableInt64(entry.payoutId),
                                  at,
                                  entry.actor,
                                  entry.event,
                                  entry.detail,
                                  QString::fromLatin1(entry.payoutHash),
                                  QString::fromLatin1(previous),
                                  QString::fromLatin1(hash)};
        Database::rebind(insert, values);
        if (!insert.exec()) {
            *error = StoreError::database(entry.payoutId.value_or(0),
                                          QStringLiteral("write the audit log: %1").arg(insert.lastError().text()));
            return false;
        }
        previous = hash;
    }
    return true;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification result;
    const auto broken = [&result](AuditVerification::Break kind, std::optional<qint64> event,
                                  std::optional<qint64> payout, QString detail = {}) {
        result.intact = false;
        result.broken = kind;
        result.brokenEventId = event;
        result.alteredPayoutId = payout;
        result.detail = std::move(detail);
        return result;
    };
    QSqlQuery events = m_database.prepare(
        QStringLiteral("SELECT id, payout_id, at, actor, event, detail, payout_hash, prev_hash, hash"
                       " FROM audit_events ORDER BY id"));
    events.setForwardOnly(true);
    if (!events.exec()) {
        return broken(AuditVerification::Break::Unreadable, std::nullopt, std::nullopt, events.lastError().text());
    }
    QByteArray previous = chainStart;
    QHash<qint64, QByteArray> lastPayoutHash;
    while (events.next()) {
        const qint64 eventId = events.value(0).toLongLong();
        const std::optional<qint64> payoutId = optionalInt64(events.value(1));
        const QByteArray payoutHash = events.value(6).toString().toLatin1();
        const QByteArray recorded = events.value(8).toString().toLatin1();
        ++result.eventsChecked;
        if (events.value(7).toString().toLatin1() != previous) {
            return broken(AuditVerification::Break::Unlinked, eventId, payoutId);
        }
        const QByteArray expected
            = linkHash(previous, payoutId, events.value(2).toLongLong(), events.value(3).toString(),
                       events.value(4).toString(), events.value(5).toString(), payoutHash);
        if (expected != recorded) {
            return broken(AuditVerification::Break::EventAltered, eventId, payoutId);
        }
        if (payoutId) {
            lastPayoutHash.insert(*payoutId, payoutHash);
        }
        previous = recorded;
    }
    // The payouts themselves, of every profile (the log is one chain for the whole file): every
    // row's fields must still hash to the hash the log last saw.
    QSqlQuery rows = m_database.prepare(PayoutRow::selectSql());
    rows.setForwardOnly(true);
    if (!rows.exec()) {
        return broken(AuditVerification::Break::Unreadable, std::nullopt, std::nullopt, rows.lastError().text());
    }
    const PayoutRow reader(rows.record());
    while (rows.next()) {
        const payout::Payout p = reader.read(rows);
        if (p.fields.contentHash(p.thirdPartyId) != p.contentHash || lastPayoutHash.value(p.id) != p.contentHash) {
            return broken(AuditVerification::Break::PayoutAltered, std::nullopt, p.id);
        }
    }
    return result;
}

QList<AuditEvent> AuditLog::trail(qint64 payoutId) const
{
    QList<AuditEvent> events;
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, at, actor, event, detail FROM audit_events WHERE payout_id = ? ORDER BY id"),
        {payoutId});
    if (query.exec()) {
        while (query.next()) {
            events.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                           query.value(3).toString(), query.value(4).toString()});
        }
    }
    return events;
}

} // namespace paydesk::store
