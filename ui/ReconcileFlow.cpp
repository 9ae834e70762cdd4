#include "ReconcileFlow.h"

#include "desk/Desk.h"
#include "workflow/Reconciler.h"

#include <QInputDialog>
#include <QRegularExpression>

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
    if (!m_desk.client()) {
        Q_EMIT finished(false, QStringLiteral("No API key is loaded for this profile, so Cregis cannot be asked."));
        return;
    }
    m_running = true;
    // A new reconciler per run: it talks through whichever client the desk holds now.
    m_reconciler = std::make_unique<workflow::Reconciler>(*m_desk.store(), *m_desk.client(), *m_desk.approvals(),
                                                          m_desk.clock(), m_desk.actor());
    m_reconciler->findAndReconcile(payoutId, [this, payoutId](const workflow::Reconciler::Result& result) {
        if (result.recorded) {
            finish(true, result.message);
        } else {
            askForCid(payoutId, result.message);
        }
    });
}

void ReconcileFlow::askForCid(qint64 payoutId, const QString& why)
{
    m_dialog = new QInputDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("reconcileCidDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(QStringLiteral("Reconcile payout #%1").arg(payoutId));
    m_dialog->setLabelText(
        QStringLiteral("%1\n\nCregis cid of payout #%2 (digits, from the Cregis console):").arg(why).arg(payoutId));
    m_dialog->setInputMode(QInputDialog::TextInput);
    connect(m_dialog, &QInputDialog::textValueSelected, this, [this, payoutId](const QString& text) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
        bool ok = false;
        const qint64 cid = digits.match(text.trimmed()).hasMatch() ? text.trimmed().toLongLong(&ok) : 0;
        if (!ok || cid <= 0) {
            finish(false, QStringLiteral("Payout #%1: a cid is a whole number; nothing was recorded.").arg(payoutId));
            return;
        }
        m_reconciler->reconcileWithCid(payoutId, cid, [this](const workflow::Reconciler::Result& result) {
            finish(result.recorded, result.message);
        });
    });
    connect(m_dialog, &QDialog::rejected, this, [this, payoutId] {
        finish(false, QStringLiteral("Payout #%1 still needs reconciliation; nothing was recorded.").arg(payoutId));
    });
    m_dialog->open();
}

void ReconcileFlow::finish(bool recorded, const QString& message)
{
    m_running = false;
    Q_EMIT finished(recorded, message);
}

} // namespace paydesk::ui
