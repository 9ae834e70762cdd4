#pragma once

#include "FakeClock.h"
#include "store/ProfileStore.h"

#include <memory>

// One profile's store over an SQLite file, for tests that use the store directly: used like the
// PayoutStore it mostly is (`store->addPayout(...)`), with its approvals and audit log beside it.
class TestStore
{
public:
    TestStore() = default; // null
    // A null store (and a warning) when the file cannot be opened.
    static TestStore open(const QString& path, const paydesk::store::StoreScope& scope,
                          const paydesk::config::Clock& clock);

    explicit operator bool() const { return m_store != nullptr; }
    paydesk::store::PayoutStore* operator->() const { return &m_store->payouts(); }
    paydesk::store::PayoutStore& operator*() const { return m_store->payouts(); }
    paydesk::store::PayoutStore& payouts() const { return m_store->payouts(); }
    paydesk::store::ApprovalStore& approvals() const { return m_store->approvals(); }
    paydesk::store::AuditLog& audit() const { return m_store->audit(); }
    int schemaVersion() const { return m_store->database().schemaVersion(); }

    // Queued by `creator` and approved by `approver`; 0 when either was refused.
    qint64 addApproved(const paydesk::payout::PayoutFields& fields, const QString& creator = QStringLiteral("alice"),
                       const QString& approver = QStringLiteral("bob")) const;

private:
    explicit TestStore(std::unique_ptr<paydesk::store::ProfileStore> store);
    std::unique_ptr<paydesk::store::ProfileStore> m_store;
};
