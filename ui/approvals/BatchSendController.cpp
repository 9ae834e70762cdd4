#include "BatchSendController.h"

#include "words/OutcomeWords.h"

#include "desk/Desk.h"

#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace paydesk::ui {

namespace {

// Enough to keep a gateway busy without queueing a hundred requests on it at once.
constexpr int maxInFlight = 4;

} // namespace

BatchSendController::BatchSendController(desk::Desk& desk, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_desk(desk)
    , m_dialogParent(dialogParent)
    , m_batch(*desk.submitter())
{
    m_batch.setMaxInFlight(maxInFlight);
    connect(&m_batch, &workflow::BatchSubmitter::progress, this, &BatchSendController::handleProgress);
    connect(&m_batch, &workflow::BatchSubmitter::itemFinished, this, &BatchSendController::handleItemFinished);
    connect(&m_batch, &workflow::BatchSubmitter::finished, this, &BatchSendController::handleFinished);
}

BatchSendController::~BatchSendController() = default;

bool BatchSendController::isRunning() const
{
    return m_batch.isRunning();
}

bool BatchSendController::start(const QList<qint64>& ids)
{
    if (isRunning() || !m_desk.hasApiKey() || ids.isEmpty()) {
        return false;
    }
    m_sent.clear();
    m_problems.clear();

    auto* progress = new QProgressDialog(tr("Sending %n payout(s) to Cregis…", nullptr, int(ids.size())), tr("Cancel"),
                                         0, static_cast<int>(ids.size()), m_dialogParent);
    progress->setObjectName(QStringLiteral("sendProgressDialog"));
    progress->setWindowTitle(tr("Sending payouts"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // It closes when the batch says it is done, not when the bar is full: the last answers may
    // still be on their way to the store.
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(0);
    progress->setValue(0);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, this, &BatchSendController::handleCancelRequested);
    // Escape hides a dialog through reject(), which QProgressDialog does not report as a cancel;
    // a hidden dialog over a batch that carries on would mislead.
    connect(progress, &QDialog::rejected, this, &BatchSendController::handleCancelRequested);
    progress->show();

    m_batch.start(ids);
    return true;
}

void BatchSendController::handleProgress(int done, int total)
{
    if (!m_progress) {
        return;
    }
    // A modal progress dialog runs the event loop inside setValue(); doing that from inside the
    // batch's own signal would let the next answer re-enter the batch half-way. Later, from the
    // event loop, it is harmless.
    QTimer::singleShot(0, m_progress, [progress = m_progress, done, total] {
        // A cancelled dialog is hidden and reset; a new value would bring it back.
        if (progress->wasCanceled()) {
            return;
        }
        progress->setMaximum(total);
        progress->setLabelText(tr("Sent %1 of %n payout(s) to Cregis…", nullptr, total).arg(done));
        // Last: it runs the event loop, after which the dialog may be gone.
        progress->setValue(done);
    });
}

void BatchSendController::handleItemFinished(qint64 id, const workflow::SubmitOutcome& outcome)
{
    if (outcome.kind == workflow::SubmitOutcome::Kind::Submitted) {
        m_sent << tr("#%1 (cid %2)").arg(id).arg(*outcome.cid);
        return;
    }
    m_problems << words::OutcomeWords::submit(id, outcome);
}

void BatchSendController::handleCancelRequested()
{
    if (!m_batch.isRunning()) {
        return;
    }
    m_batch.cancel();
    // Cancelling hides the progress dialog at once; the page says why the summary still waits.
    if (m_batch.isRunning()) {
        Q_EMIT cancelling(tr("Cancelled: no further payouts are started. Waiting for the answers to those "
                             "already on their way…"));
    }
}

void BatchSendController::handleFinished(int submitted, int notSubmitted, bool cancelled)
{
    if (m_progress) {
        // Closing a progress dialog reports a cancel; the batch is over, so that must not count.
        disconnect(m_progress, nullptr, this, nullptr);
        m_progress->close();
    }
    QStringList lines;
    if (submitted > 0) {
        const QString which = m_sent.join(QStringLiteral(", "));
        lines << tr("Sent %n payout(s) to Cregis: %1. Follow them in History.", "", submitted).arg(which);
    }
    lines << m_problems;
    const int notStarted = notSubmitted - static_cast<int>(m_problems.size());
    if (cancelled && notStarted > 0) {
        lines << tr("Cancelled: %n approved payout(s) were not started and stay approved.", "", notStarted);
    }
    if (lines.isEmpty()) {
        lines << tr("Nothing was sent.");
    }
    Q_EMIT finished(lines.join(u'\n'), notSubmitted == 0);
}

} // namespace paydesk::ui
