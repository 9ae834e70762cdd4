#pragma once

#include "PayoutSubmitter.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace paydesk::workflow {

// Sends many payouts through one PayoutSubmitter with a bounded number of requests in flight.
// Cancelling stops it from starting further payouts; those in flight finish and are recorded.
// A payout that got no answer is retried after a back-off under the same third_party_id.
class BatchSubmitter : public QObject
{
    Q_OBJECT

public:
    explicit BatchSubmitter(PayoutSubmitter& submitter, QObject* parent = nullptr);

    void setMaxInFlight(int maxInFlight) { m_maxInFlight = std::max(1, maxInFlight); }
    // Delays before each retry of an `unknown` payout within this batch; empty = no retries.
    void setRetryDelaysMs(QList<int> delays) { m_retryDelaysMs = std::move(delays); }

    void start(const QList<qint64>& ids);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(qint64 id, const paydesk::workflow::SubmitOutcome& outcome);
    void finished(int submitted, int notSubmitted, bool cancelled);

private:
    void pump();
    void handleFinished(qint64 id, const SubmitOutcome& outcome);
    void finishIfDone();

    PayoutSubmitter& m_submitter;
    int m_maxInFlight = 4;
    QList<int> m_retryDelaysMs{1000, 4000};
    QList<qint64> m_waiting;
    QSet<qint64> m_inFlight;
    QHash<qint64, int> m_retries;
    int m_pendingRetries = 0;
    int m_total = 0;
    int m_done = 0;
    int m_submitted = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace paydesk::workflow
