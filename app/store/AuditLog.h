#pragma once

#include "Database.h"

#include "config/Clock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk::store {

// The first place where the audit log or a payout row no longer matches its recorded hash.
struct AuditVerification
{
    bool intact = true;
    int eventsChecked = 0;
    std::optional<qint64> brokenEventId; // the first audit event whose link or content is wrong
    std::optional<qint64> alteredPayoutId; // a payout whose fields no longer match their hash
    enum class Break
    {
        None,
        Unlinked, // the event does not follow the one before it (rows removed or inserted)
        EventAltered, // the event's content no longer hashes to its recorded hash
        PayoutAltered, // the payout's fields no longer match the hash its trail last saw
        Unreadable, // the log could not be read (`detail` says why)
    } broken
        = Break::None;
    QString detail;
};

// One event of a payout's trail, as a person reads it.
struct AuditEvent
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString event; // created, approved, claimed, submitted, ...
    QString detail;
};

// One event to append.
struct AuditEntry
{
    std::optional<qint64> payoutId;
    QString actor;
    QString event;
    QString detail;
    QByteArray payoutHash;
};

// Append-only and hash-chained: each event carries the SHA-256 of the one before it, so editing
// or removing any row breaks every link after it. One chain for the whole database.
class AuditLog
{
public:
    AuditLog(const Database& database, const config::Clock& clock);

    // Inside an open write transaction: appends one event, linked to the last.
    bool append(std::optional<qint64> payoutId, const QString& actor, const QString& event, const QString& detail,
                const QByteArray& payoutHash, StoreError* error);
    // The same for many events in order, each linked to the one before: one read of the chain's
    // end and one prepared statement, for a bulk import.
    bool appendAll(const QList<AuditEntry>& entries, StoreError* error);

    AuditVerification verify() const;
    // A payout's events, oldest first.
    QList<AuditEvent> trail(qint64 payoutId) const;

private:
    const Database& m_database;
    const config::Clock& m_clock;
};

} // namespace paydesk::store
