#pragma once

#include "payout/Payout.h"
#include "ui/widgets/Tone.h"
#include "workflow/ApprovalDecisions.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;
class QTextEdit;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

class ApprovalQueueModel;
class BatchSendController;

// The "Approvals" task: the payouts others queued, exactly as they will be sent, for a second
// person to approve or reject; the creator's own ones can be cancelled; approved ones are sent
// from here. Every decision is the store's (four eyes, policy); this page asks, confirms and
// words the answers.
class ApprovalsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalsPage(desk::Desk& desk, QWidget* parent = nullptr);

    ApprovalQueueModel* model() const { return m_model; }
    int waitingForActor() const;

Q_SIGNALS:
    void waitingForActorChanged(int count);

private:
    void buildLayout();
    QList<payout::Payout> selectedPayouts() const;
    void updateButtons();
    void showCurrentDetail();

    void approveSelected();
    void rejectSelected();
    void cancelSelected();
    void sendApproved();
    void report(const workflow::DecisionReport& decision);
    void handleSendFinished(const QString& summary, bool allSent);

    void openQuestion(QDialog* dialog);
    QString naming(const QList<payout::Payout>& payouts) const;
    void setStatus(const QString& text, Tone tone);

    desk::Desk& m_desk;
    ApprovalQueueModel* m_model;
    QTableView* m_view;
    QTextEdit* m_detail;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
    QPushButton* m_cancelButton;
    QPushButton* m_sendButton;
    QCheckBox* m_showOwnCheck;
    QLabel* m_statusLabel;
    BatchSendController* m_sender;
    // One question at a time: a second dialog over the first would act on a stale selection.
    QPointer<QDialog> m_question;
};

} // namespace paydesk::ui
