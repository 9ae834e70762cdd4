#pragma once

#include "config/ActingPerson.h"
#include "cregis/CregisClient.h"
#include "store/PayoutStore.h"

#include <QHash>
#include <QObject>

namespace paydesk::workflow {

// Follows submitted payouts until Cregis reports a final status (2, 3, 4, 6 or 7), recording
// status, txid, block height and time. Each payout backs off while its status stays the same,
// so a long queue of slow payouts does not hammer the gateway.
class StatusPoller : public QObject
{
    Q_OBJECT

public:
    StatusPoller(store::PayoutStore& store, cregis::CregisClient& client, const config::Clock& clock,
                 const config::ActingPerson& person, QObject* parent = nullptr);

    // Queries every payout that is due (all of them with `ignoreBackOff`), one at a time.
    void pollOnce(bool ignoreBackOff = false);
    bool isPolling() const { return m_polling; }

    static constexpr qint64 firstIntervalMs = 5000;
    static constexpr qint64 maxIntervalMs = 10 * 60 * 1000;

Q_SIGNALS:
    void finished(int updated, int failed);

private:
    struct Schedule
    {
        qint64 dueAtMs = 0;
        qint64 intervalMs = firstIntervalMs;
        int lastStatus = -1;
    };

    void pollNext();

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    const config::Clock& m_clock;
    const config::ActingPerson& m_person;
    QList<qint64> m_queue;
    QHash<qint64, Schedule> m_schedules;
    bool m_polling = false;
    int m_updated = 0;
    int m_failed = 0;
};

} // namespace paydesk::workflow
