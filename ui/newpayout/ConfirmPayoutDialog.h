#pragma once

#include "config/Profile.h"
#include "payout/PayoutFields.h"

#include <QDialog>
#include <QStringList>

class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;

namespace paydesk::ui {

// The creator's last look: every value exactly as it will be signed and sent once approved.
// Cancel is the default; "Queue payout" unlocks only after a delay, so a reflexive Enter or a
// double click on "Review" cannot queue.
class ConfirmPayoutDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 3000;

    ConfirmPayoutDialog(const config::Profile& profile, const payout::PayoutFields& fields, int delayMs,
                        QWidget* parent = nullptr);

    const payout::PayoutFields& fields() const { return m_fields; }

    // Warnings the person must see before queueing (look-alike recipient, no checksum, ...).
    void setWarnings(const QStringList& warnings);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addValue(const QString& label, const QString& value, const QString& objectName);
    void tick();
    void updateQueueButton();

    payout::PayoutFields m_fields;
    QFormLayout* m_form;
    QPushButton* m_cancelButton;
    QPushButton* m_queueButton;
    QLabel* m_warningsLabel;
    QTimer* m_countdown;
    int m_remainingMs;
};

} // namespace paydesk::ui
