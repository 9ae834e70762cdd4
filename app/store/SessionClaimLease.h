#pragma once

#include "ClaimLease.h"

#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace paydesk::store {

// The claim lease of a team store: a lease the database itself opens for this session
// (paydesk_open_lease: a random owner id whose advisory lock the session holds for as long as it
// lives). Claims made in the session carry it, only this session records their answers, and the
// database recovers a claim whose lease is gone. Opened at the first use, so a session that never
// claims (the owner's, a reader's) needs none.
class SessionClaimLease final : public ClaimLease
{
public:
    using Connection = std::function<QSqlDatabase()>;

    explicit SessionClaimLease(Connection connection);

    // This session's lease, opened now if it has none yet; empty when the database refused one
    // (then every claim is refused too, saying why).
    const QString& owner() const override;
    // The database judges abandoned claims itself (paydesk_recover_claims); a desk never does.
    bool isAbandoned(const QString&) const override { return false; }
    // After a lost connection: the same lease in the new session when nobody holds it, else a
    // new one (claims of the old one are then recovered as unanswered, never finished here).
    bool renew() override;

private:
    Connection m_connection;
    mutable QString m_owner;
};

} // namespace paydesk::store
