#include "StatusPoller.h"

namespace paydesk::workflow {

using payout::PayoutState;

StatusPoller::StatusPoller(store::PayoutStore& store, cregis::CregisClient& client, const config::Clock& clock,
                           const config::ActingPerson& person, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock(clock)
    , m_person(person)
{ }

void StatusPoller::pollOnce(bool ignoreBackOff)
{
    if (m_polling) {
        return;
    }
    const qint64 now = m_clock.nowMs();
    m_queue.clear();
    // The store holds only this profile's payouts; of those, only the ones of the project this
    // client speaks for are asked about.
    m_store.forEachPayout(store::PayoutQuery::every({PayoutState::Submitted}), [&](const payout::Payout& p) {
        const bool final = p.cregisStatus && payout::isTerminalCregisStatus(*p.cregisStatus);
        const bool ours = m_client.endpoint().isProject(p.projectPid);
        if (!final && ours && p.cid && (ignoreBackOff || m_schedules.value(p.id).dueAtMs <= now)) {
            m_queue.prepend(p.id); // oldest first
        }
        return true;
    });
    m_polling = true;
    m_updated = 0;
    m_failed = 0;
    pollNext();
}

void StatusPoller::pollNext()
{
    if (m_queue.isEmpty()) {
        m_polling = false;
        Q_EMIT finished(m_updated, m_failed);
        return;
    }
    const qint64 id = m_queue.takeFirst();
    const std::optional<payout::Payout> p = m_store.payout(id);
    if (!p || !p->cid) {
        pollNext();
        return;
    }
    m_client.queryPayout(*p->cid, this, [this, id, expected = *p](const cregis::CregisResult<cregis::PayoutStatus>& r) {
        Schedule& schedule = m_schedules[id];
        const qint64 now = m_clock.nowMs();
        // An answer about another payout (wrong cid or third_party_id) is never recorded.
        const bool matches = r.ok() && (r.value->cid == 0 || r.value->cid == *expected.cid)
            && (r.value->thirdPartyId.isEmpty() || r.value->thirdPartyId == expected.thirdPartyId);
        if (!matches) {
            ++m_failed;
            schedule.intervalMs = std::min(schedule.intervalMs * 2, maxIntervalMs);
        } else {
            const store::CregisProgress progress{r.value->status, r.value->txid, r.value->blockHeight,
                                                 r.value->blockTimeMs};
            const bool changed = expected.cregisStatus != r.value->status || expected.txid != r.value->txid;
            if (changed) {
                // A status that could not be saved is a failed poll, tried again later.
                ++(m_store.recordCregisProgress(id, progress, m_person.name()) ? m_updated : m_failed);
            }
            schedule.intervalMs = changed ? firstIntervalMs : std::min(schedule.intervalMs * 2, maxIntervalMs);
            schedule.lastStatus = r.value->status;
        }
        schedule.dueAtMs = now + schedule.intervalMs;
        pollNext();
    });
}

} // namespace paydesk::workflow
