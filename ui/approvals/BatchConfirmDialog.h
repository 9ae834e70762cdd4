#pragma once

#include "payout/Payout.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QPushButton;

namespace paydesk::ui {

// What a batch confirmation says and how its parts are named (for tests and screen readers).
struct BatchConfirmation
{
    QString dialogName; // objectName of the dialog, e.g. approveConfirmDialog
    QString confirmName; // objectName of the button that goes ahead, e.g. confirmApproveButton
    QString title;
    QString heading;
    QString confirmText; // with a mnemonic, e.g. "&Approve 2 payouts"
    QStringList notes; // what was left out of the selection, and why
};

// The last look before acting on several payouts at once (approving or sending): how many, the
// exact total per currency, and each payout in one line. Cancel is the default, so a reflexive
// Enter does nothing; going ahead takes a deliberate Tab and Space, a click or the mnemonic.
class BatchConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    BatchConfirmDialog(const BatchConfirmation& texts, const QList<payout::Payout>& payouts, QWidget* parent = nullptr);

    // The payouts as they were shown: the caller compares their content hashes before acting.
    const QList<payout::Payout>& payouts() const { return m_payouts; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QList<payout::Payout> m_payouts;
    QPushButton* m_cancelButton;
    QPushButton* m_confirmButton;
};

} // namespace paydesk::ui
