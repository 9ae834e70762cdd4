#include "PayoutSender.h"

namespace paydesk::ui {

PayoutSender::PayoutSender(desk::Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
{ }

void PayoutSender::send(const payout::PayoutFields& fields)
{
    if (isBusy()) {
        return;
    }
    store::PayoutStore* store = m_desk.store();
    if (!store) {
        Q_EMIT storeFailed(QStringLiteral("the payout database is not open"));
        return;
    }
    const std::optional<qint64> id = store->addPayout(m_desk.profile().name, fields, m_desk.actor());
    if (!id) {
        Q_EMIT storeFailed(store->lastError());
        return;
    }
    workflow::PayoutSubmitter* submitter = m_desk.submitter();
    if (!submitter) {
        Q_EMIT queuedWithoutKey(*id);
        return;
    }
    m_pendingId = id;
    // The desk replaces its submitter when the key changes; connecting per send follows the
    // current one, and UniqueConnection keeps a reused one from reporting twice.
    connect(submitter, &workflow::PayoutSubmitter::finished, this, &PayoutSender::handleFinished, Qt::UniqueConnection);
    connect(submitter, &QObject::destroyed, this, &PayoutSender::handleSubmitterGone, Qt::UniqueConnection);
    Q_EMIT sending(*id);
    submitter->submit(*id);
}

void PayoutSender::handleFinished(qint64 payoutId, const workflow::SubmitOutcome& outcome)
{
    if (m_pendingId != payoutId) {
        return;
    }
    m_pendingId.reset();
    Q_EMIT finished(payoutId, outcome);
}

void PayoutSender::handleSubmitterGone()
{
    if (!m_pendingId) {
        return;
    }
    // The answer can no longer arrive here. The row stays `submitting`, which the next start
    // turns into `unknown`: retried with the same id, never paid twice.
    const qint64 id = *m_pendingId;
    m_pendingId.reset();
    workflow::SubmitOutcome outcome;
    outcome.kind = workflow::SubmitOutcome::Kind::Unknown;
    outcome.code = QStringLiteral("interrupted");
    outcome.message = QStringLiteral("the connection was replaced while the request was on its way");
    Q_EMIT finished(id, outcome);
}

} // namespace paydesk::ui
