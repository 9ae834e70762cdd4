#include "ProfileStore.h"

#include <QSqlError>

namespace paydesk::store {

std::unique_ptr<ProfileStore> ProfileStore::openSqlite(const QString& path, StoreScope scope,
                                                       const config::Clock& clock, StoreError* error)
{
    std::unique_ptr<Database> database = Database::openSqlite(path, error);
    return database ? wire(std::move(database), std::move(scope), clock, error) : nullptr;
}

std::unique_ptr<ProfileStore> ProfileStore::openPostgres(const config::TeamDatabase& team, const QString& password,
                                                         StoreScope scope, const config::Clock& clock,
                                                         StoreError* error)
{
    std::unique_ptr<Database> database = Database::openPostgres(team, password, Database::Schema::MustBeCurrent, error);
    return database ? wire(std::move(database), std::move(scope), clock, error) : nullptr;
}

std::unique_ptr<ProfileStore> ProfileStore::wire(std::unique_ptr<Database> database, StoreScope scope,
                                                 const config::Clock& clock, StoreError* error)
{
    std::unique_ptr<ProfileStore> store(new ProfileStore);
    store->m_database = std::move(database);
    store->m_audit = std::make_unique<AuditLog>(*store->m_database, clock);
    store->m_payouts = std::make_unique<PayoutStore>(*store->m_database, *store->m_audit, std::move(scope), clock);
    store->m_approvals = std::make_unique<ApprovalStore>(*store->m_database, *store->m_audit, *store->m_payouts, clock);
    if (!store->bindUnboundPayouts(error)) {
        return nullptr;
    }
    return store;
}

bool ProfileStore::bindUnboundPayouts(StoreError* error)
{
    // A team database never held a payout without its project (it was created at schema 4).
    if (m_database->isShared()) {
        return true;
    }
    // The best knowledge there is for payouts queued before payouts carried their project: the
    // project their profile names now. Recorded once.
    const StoreScope& scope = m_payouts->scope();
    QSqlQuery update = m_database->prepare(
        QStringLiteral("UPDATE payouts SET project_pid = ?, gateway = ? WHERE profile = ? AND project_pid IS NULL"),
        {scope.projectPid, scope.gateway, scope.profile});
    if (!update.exec()) {
        *error = StoreError::database(
            0, QStringLiteral("bind older payouts to their project: %1").arg(update.lastError().text()));
        return false;
    }
    return true;
}

} // namespace paydesk::store
