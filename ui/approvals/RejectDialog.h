#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace paydesk::ui {

// Asks why payouts are rejected. A rejection is final and its reason goes to the audit log and
// to the creator, so OK stays disabled until there is a reason to record.
class RejectDialog : public QDialog
{
    Q_OBJECT

public:
    // `what` names the payouts, e.g. "payout #4" or "3 payouts".
    explicit RejectDialog(const QString& what, QWidget* parent = nullptr);

    QString reason() const;

private:
    void updateOkButton();

    QLineEdit* m_reasonEdit;
    QPushButton* m_okButton;
};

} // namespace paydesk::ui
