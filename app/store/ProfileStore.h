#pragma once

#include "ApprovalStore.h"
#include "AuditLog.h"
#include "Database.h"
#include "PayoutStore.h"

#include <memory>

namespace paydesk::store {

// One profile's store over one database, wired once: the payout rows and their state changes,
// the approvals, and the audit log they all write into.
class ProfileStore
{
public:
    // Opens (creating and migrating if needed) an SQLite file for `scope`'s profile. Payouts of
    // that profile queued before payouts carried their project are bound to the scope's project.
    static std::unique_ptr<ProfileStore> openSqlite(const QString& path, StoreScope scope, const config::Clock& clock,
                                                    StoreError* error);

    // Connects to a team database (see Database::openPostgres) for `scope`'s profile.
    static std::unique_ptr<ProfileStore> openPostgres(const config::TeamDatabase& team, const QString& password,
                                                      StoreScope scope, const config::Clock& clock, StoreError* error);

    Database& database() { return *m_database; }
    AuditLog& audit() { return *m_audit; }
    PayoutStore& payouts() { return *m_payouts; }
    ApprovalStore& approvals() { return *m_approvals; }

private:
    ProfileStore() = default;
    static std::unique_ptr<ProfileStore> wire(std::unique_ptr<Database> database, StoreScope scope,
                                              const config::Clock& clock, StoreError* error);
    bool bindUnboundPayouts(StoreError* error);

    // In this order: each part refers to those before it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<PayoutStore> m_payouts;
    std::unique_ptr<ApprovalStore> m_approvals;
};

} // namespace paydesk::store
