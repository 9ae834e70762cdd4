#include "BatchSubmitter.h"

#include <QTimer>

namespace paydesk::workflow {

BatchSubmitter::BatchSubmitter(PayoutSubmitter& submitter, QObject* parent)
    : QObject(parent)
    , m_submitter(submitter)
{ }

void BatchSubmitter::start(const QList<qint64>& ids)
{
    if (m_running) {
        return;
    }
    // One payout, one submission: a repeated id would come back "not sendable" while its first
    // submission is still on the wire, and must not be taken for the end of it.
    m_waiting.clear();
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_waiting.append(id);
        }
    }
    m_inFlight.clear();
    m_retries.clear();
    m_pendingRetries = 0;
    m_total = static_cast<int>(m_waiting.size());
    m_done = 0;
    m_submitted = 0;
    m_cancelled = false;
    m_running = true;
    Q_EMIT progress(0, m_total);
    pump();
    finishIfDone();
}

void BatchSubmitter::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_waiting.clear();
    finishIfDone();
}

void BatchSubmitter::pump()
{
    while (!m_cancelled && !m_waiting.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const qint64 id = m_waiting.takeFirst();
        m_inFlight.insert(id);
        m_submitter.submit(id, this, [this, id](const SubmitOutcome& outcome) { handleFinished(id, outcome); });
    }
}

void BatchSubmitter::handleFinished(qint64 id, const SubmitOutcome& outcome)
{
    m_inFlight.remove(id);
    const int retry = m_retries.value(id);
    if (outcome.kind == SubmitOutcome::Kind::Unknown && retry < m_retryDelaysMs.size() && !m_cancelled) {
        // Same payout, same third_party_id: at worst Cregis answers E0009 and it goes to
        // reconciliation; it is never paid twice.
        m_retries.insert(id, retry + 1);
        ++m_pendingRetries;
        // A gateway that said how long to wait (429 or 503 with Retry-After) is given that long.
        const int delayMs = std::max<qint64>(m_retryDelaysMs.at(retry), outcome.cregis.retryAfterMs.value_or(0));
        QTimer::singleShot(delayMs, this, [this, id] {
            --m_pendingRetries;
            if (m_cancelled) {
                ++m_done;
                Q_EMIT progress(m_done, m_total);
                finishIfDone();
                return;
            }
            m_waiting.prepend(id);
            pump();
        });
        return;
    }
    ++m_done;
    if (outcome.isSubmitted()) {
        ++m_submitted;
    }
    Q_EMIT itemFinished(id, outcome);
    Q_EMIT progress(m_done, m_total);
    pump();
    finishIfDone();
}

void BatchSubmitter::finishIfDone()
{
    if (!m_running || !m_inFlight.isEmpty() || m_pendingRetries > 0 || (!m_waiting.isEmpty() && !m_cancelled)) {
        return;
    }
    m_running = false;
    Q_EMIT finished(m_submitted, m_total - m_submitted, m_cancelled);
}

} // namespace paydesk::workflow
