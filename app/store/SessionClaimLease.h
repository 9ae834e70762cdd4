#pragma once

#include "ClaimLease.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace paydesk::store {

// The claim lease of a team store: a session-level advisory lock on the owner id, held by this
// process's database session. The server releases it when the session ends, however the process
// ends, on whichever machine it ran, so any desk can tell an abandoned claim from a live one.
class SessionClaimLease final : public ClaimLease
{
public:
    using Connection = std::function<QSqlDatabase()>;

    static std::unique_ptr<SessionClaimLease> acquire(Connection connection, QString* error);

    const QString& owner() const override { return m_owner; }
    bool isAbandoned(const QString& owner) const override;
    bool renew() override;

private:
    SessionClaimLease(Connection connection, QString owner);
    bool lock(QString* error) const;

    Connection m_connection;
    QString m_owner;
};

} // namespace paydesk::store
