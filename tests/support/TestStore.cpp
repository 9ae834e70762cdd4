#include "TestStore.h"

#include "TestEngine.h"

#include <QtGlobal>

using namespace paydesk;

TestStore::TestStore(std::unique_ptr<store::ProfileStore> store)
    : m_store(std::move(store))
{ }

TestStore TestStore::open(const QString& path, const store::StoreScope& scope, const config::Clock& clock)
{
    store::StoreError error;
    auto opened = TestEngine::open(path, scope, clock, &error);
    if (!opened) {
        qWarning("TestStore: %s", qPrintable(error.detail));
    }
    return TestStore(std::move(opened));
}

qint64 TestStore::addApproved(const payout::PayoutFields& fields, const QString& creator, const QString& approver) const
{
    const std::optional<qint64> id = payouts().addPayout(fields, creator);
    return id && approvals().approve(*id, approver, {}) ? *id : 0;
}
