#include "ReconcileFlow.h"

#include "config/Ids.h"
#include "desk/Desk.h"
#include "words/OutcomeWords.h"
#include "workflow/Reconciler.h"

#include <QInputDialog>

namespace paydesk::ui {

ReconcileFlow::ReconcileFlow(desk::Desk& desk, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_desk(desk)
    , m_dialogParent(dialogParent)
{ }

ReconcileFlow::~ReconcileFlow() = default;

void ReconcileFlow::start(qint64 payoutId)
{
    if (m_running) {
        return;
    }
    if (!m_desk.hasApiKey()) {
        Q_EMIT finished(false, tr("No API key is loaded for this profile, so Cregis cannot be asked."));
        return;
    }
    m_running = true;
    m_desk.reconciler()->findAndReconcile(payoutId, [this, payoutId](const workflow::Reconciler::Result& result) {
        if (result.recorded()) {
            finish(true, words::OutcomeWords::reconcile(result));
        } else {
            askForCid(payoutId, words::OutcomeWords::reconcile(result));
        }
    });
}

void ReconcileFlow::askForCid(qint64 payoutId, const QString& why)
{
    m_dialog = new QInputDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("reconcileCidDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(tr("Reconcile payout #%1").arg(payoutId));
    m_dialog->setLabelText(
        tr("%1\n\nCregis cid of payout #%2 (digits, from the Cregis console):").arg(why).arg(payoutId));
    m_dialog->setInputMode(QInputDialog::TextInput);
    connect(m_dialog, &QInputDialog::textValueSelected, this, [this, payoutId](const QString& text) {
        const std::optional<qint64> cid = config::parseId(text.trimmed());
        if (!cid) {
            finish(false, tr("Payout #%1: a cid is a whole number; nothing was recorded.").arg(payoutId));
            return;
        }
        m_desk.reconciler()->reconcileWithCid(payoutId, *cid, [this](const workflow::Reconciler::Result& result) {
            finish(result.recorded(), words::OutcomeWords::reconcile(result));
        });
    });
    connect(m_dialog, &QDialog::rejected, this, [this, payoutId] {
        finish(false, tr("Payout #%1 still needs reconciliation; nothing was recorded.").arg(payoutId));
    });
    m_dialog->open();
}

void ReconcileFlow::finish(bool recorded, const QString& message)
{
    m_running = false;
    Q_EMIT finished(recorded, message);
}

} // namespace paydesk::ui
