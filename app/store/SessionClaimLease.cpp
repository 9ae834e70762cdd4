#include "SessionClaimLease.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace paydesk::store {

namespace {

bool isPlainOwnerId(const QString& owner)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(owner).hasMatch();
}

// The lock's one 64-bit key, from the owner id's first 15 hex digits (so it stays positive).
// PayDesk's other advisory locks use the two-key form, which never meets this one.
qint64 keyOf(const QString& owner)
{
    return owner.left(15).toLongLong(nullptr, 16);
}

} // namespace

SessionClaimLease::SessionClaimLease(Connection connection, QString owner)
    : m_connection(std::move(connection))
    , m_owner(std::move(owner))
{ }

std::unique_ptr<SessionClaimLease> SessionClaimLease::acquire(Connection connection, QString* error)
{
    std::unique_ptr<SessionClaimLease> lease(
        new SessionClaimLease(std::move(connection), QUuid::createUuid().toString(QUuid::Id128)));
    if (!lease->lock(error)) {
        return nullptr;
    }
    return lease;
}

bool SessionClaimLease::lock(QString* error) const
{
    QSqlQuery query(m_connection());
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(keyOf(m_owner)))) {
        *error = QStringLiteral("Cannot take this desk's submission lease: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool SessionClaimLease::renew()
{
    QString ignored;
    return lock(&ignored);
}

bool SessionClaimLease::isAbandoned(const QString& owner) const
{
    if (owner == m_owner) {
        return false;
    }
    if (!isPlainOwnerId(owner)) {
        return true; // no session can hold a lease for it
    }
    QSqlQuery query(m_connection());
    const QString key = QString::number(keyOf(owner));
    if (!query.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(key)) || !query.next()) {
        return false; // cannot tell: leave the claim alone
    }
    const bool free = query.value(0).toBool();
    if (free) {
        query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(key));
    }
    return free;
}

} // namespace paydesk::store
