#include "ApprovalsPage.h"

#include "ApprovalDecisions.h"

#include "ApprovalDetailText.h"
#include "ApprovalQueueModel.h"
#include "BatchConfirmDialog.h"
#include "BatchSendController.h"
#include "ButtonShortcut.h"
#include "RejectDialog.h"

#include "desk/Desk.h"
#include "workflow/SendQueue.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk::ui {

using payout::PayoutState;

namespace {

constexpr auto errorStyle = "color: #b3261e;";
constexpr auto successStyle = "color: #1b6e20;";
constexpr auto pendingStyle = "color: #8a5a00;";
constexpr auto neutralStyle = "";

// "payout #4" or "3 payouts (#4, #5, #9)": how a question names what it acts on.
QString naming(const QList<payout::Payout>& payouts)
{
    return payouts.size() == 1
        ? QStringLiteral("payout #%1").arg(payouts.first().id)
        : QStringLiteral("%1 payouts (%2)").arg(payouts.size()).arg(ApprovalDecisions::idList(payouts));
}

QString shortcutText(const QKeySequence& shortcut)
{
    return shortcut.toString(QKeySequence::NativeText);
}

} // namespace

ApprovalsPage::ApprovalsPage(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_decisions(desk)
    , m_model(new ApprovalQueueModel(desk, this))
    , m_view(new QTableView(this))
    , m_detail(new QTextEdit(this))
    , m_approveButton(new QPushButton(QStringLiteral("&Approve selected"), this))
    , m_rejectButton(new QPushButton(QStringLiteral("&Reject…"), this))
    , m_cancelButton(new QPushButton(QStringLiteral("&Cancel my payout…"), this))
    , m_sendButton(new QPushButton(QStringLiteral("&Send approved…"), this))
    , m_showOwnCheck(new QCheckBox(QStringLiteral("Show &my own payouts (to cancel them)"), this))
    , m_statusLabel(new QLabel(this))
    , m_sender(new BatchSendController(desk, this))
{
    setObjectName(QStringLiteral("approvalsPage"));
    buildLayout();

    connect(m_approveButton, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_rejectButton, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_cancelButton, &QPushButton::clicked, this, &ApprovalsPage::cancelSelected);
    connect(m_showOwnCheck, &QCheckBox::toggled, m_model, &ApprovalQueueModel::setShowOwn);
    connect(m_sendButton, &QPushButton::clicked, this, &ApprovalsPage::sendApproved);
    connect(m_sender, &BatchSendController::cancelling, this,
            [this](const QString& text) { setStatus(text, pendingStyle); });
    connect(m_sender, &BatchSendController::finished, this, &ApprovalsPage::handleSendFinished);

    QItemSelectionModel* selection = m_view->selectionModel();
    connect(selection, &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::updateButtons);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &ApprovalsPage::showCurrentDetail);
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &ApprovalsPage::showCurrentDetail);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &ApprovalsPage::updateButtons);
        connect(m_model, signal, this, &ApprovalsPage::showCurrentDetail);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsPage::showCurrentDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApprovalsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApprovalsPage::showCurrentDetail);
    connect(m_model, &ApprovalQueueModel::waitingForActorChanged, this, &ApprovalsPage::waitingForActorChanged);
    connect(&m_desk, &desk::Desk::clientChanged, this, &ApprovalsPage::updateButtons);

    updateButtons();
    showCurrentDetail();
}

void ApprovalsPage::buildLayout()
{
    auto* title = new QLabel(QStringLiteral("Approvals"), this);
    title->setObjectName(QStringLiteral("approvalsTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    if (titleFont.pointSize() > 0) {
        titleFont.setPointSize(titleFont.pointSize() + 4);
    }
    title->setFont(titleFont);
    auto* intro = new QLabel(QStringLiteral("Payouts wait here until someone other than their creator approves them. "
                                            "Select one or more (Shift, Ctrl, Ctrl+A) and check below exactly what "
                                            "will be sent."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("approvalQueueView"));
    m_view->setAccessibleName(QStringLiteral("Payouts awaiting approval"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Short columns fit their content (the queue is short, so measuring it is cheap); the
    // address gets room for both ends and the remark takes what is left.
    QHeaderView* header = m_view->horizontalHeader();
    for (const int column :
         {ApprovalQueueModel::IdColumn, ApprovalQueueModel::CreatedColumn, ApprovalQueueModel::CreatedByColumn,
          ApprovalQueueModel::StateColumn, ApprovalQueueModel::ApprovalsColumn, ApprovalQueueModel::CoinColumn,
          ApprovalQueueModel::AmountColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    const QFontMetrics text(m_view->font());
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setColumnWidth(ApprovalQueueModel::ToAddressColumn,
                           mono.horizontalAdvance(QStringLiteral("TXsmKpEuW7qWn…GP9eDLvWPR2")) + 16);
    // Both ends of an address are what people compare; the detail below shows it whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(text.height() + 10);

    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setAccessibleName(QStringLiteral("The request that will be sent"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* detailLabel = new QLabel(QStringLiteral("Selected payout, &exactly as it will be sent:"), this);
    detailLabel->setBuddy(m_detail);
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 4, 0, 0);
    detailLayout->addWidget(detailLabel);
    detailLayout->addWidget(m_detail, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("approvalsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    // The detail is what an approver reads; the queue needs only a few rows at a time.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({text.height() * 10, text.height() * 15});

    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelPayoutButton"));
    m_sendButton->setObjectName(QStringLiteral("sendApprovedButton"));
    const QAction* approve = addButtonShortcut(this, m_approveButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    const QAction* reject = addButtonShortcut(this, m_rejectButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    const QAction* send = addButtonShortcut(this, m_sendButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_approveButton->setToolTip(QStringLiteral("Approve the selected payouts created by others (%1). You see the total "
                                               "per currency before anything is recorded.")
                                    .arg(shortcutText(approve->shortcut())));
    m_rejectButton->setToolTip(QStringLiteral("Reject the selected payouts, with a reason (%1). Rejection is final.")
                                   .arg(shortcutText(reject->shortcut())));
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setToolTip(QStringLiteral("Cancel payouts you created yourself. Cancelling is final."));
    m_sendButton->setToolTip(QStringLiteral("Send the selected approved payouts, or every approved payout when none "
                                            "is selected (%1). You confirm the totals first.")
                                 .arg(shortcutText(send->shortcut())));

    m_statusLabel->setObjectName(QStringLiteral("approvalsStatusLabel"));
    m_statusLabel->setAccessibleName(QStringLiteral("What happened"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_showOwnCheck->setObjectName(QStringLiteral("showOwnPayoutsCheck"));
    m_showOwnCheck->setToolTip(QStringLiteral("The queue lists other people's payouts, the ones you can approve. "
                                              "Your own are listed here only so that you can cancel them."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approveButton);
    buttons->addWidget(m_rejectButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_showOwnCheck);
    buttons->addStretch();
    buttons->addWidget(m_sendButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    QWidget::setTabOrder(m_view, m_detail);
    QWidget::setTabOrder(m_detail, m_approveButton);
    QWidget::setTabOrder(m_approveButton, m_rejectButton);
    QWidget::setTabOrder(m_rejectButton, m_cancelButton);
    QWidget::setTabOrder(m_cancelButton, m_showOwnCheck);
    QWidget::setTabOrder(m_showOwnCheck, m_sendButton);
}

int ApprovalsPage::waitingForActor() const
{
    return m_model->waitingForActor();
}

QList<payout::Payout> ApprovalsPage::selectedPayouts() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<payout::Payout> payouts;
    for (const QModelIndex& index : std::as_const(rows)) {
        payouts.append(m_model->payoutAt(index.row()));
    }
    return payouts;
}

void ApprovalsPage::updateButtons()
{
    const bool anySelected = m_view->selectionModel()->hasSelection();
    const bool busy = m_sender->isRunning();
    // The buttons stay enabled for any selection: pressed on the wrong payouts, they explain
    // why nothing happened, which a greyed-out button cannot.
    m_approveButton->setEnabled(anySelected && !busy);
    m_rejectButton->setEnabled(anySelected && !busy);
    m_cancelButton->setEnabled(anySelected && !busy);
    m_sendButton->setEnabled(!busy);
}

void ApprovalsPage::showCurrentDetail()
{
    // Only a selected row: the detail must describe a payout the buttons act on, not one the
    // focus merely rests on.
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), QModelIndex())) {
        m_detail->setPlainText(m_model->rowCount() == 0
                                   ? QStringLiteral("No payouts are waiting for approval.")
                                   : QStringLiteral("Select a payout (arrow keys or a click) to see exactly what "
                                                    "will be sent."));
        return;
    }
    const ApprovalDetail detail
        = approvalDetailFor(m_desk, m_model->payoutAt(current.row()), m_model->approversAt(current.row()),
                            current.data(ApprovalQueueModel::RequiredApprovalsRole).toInt());
    m_detail->setHtml(approvalDetailHtml(m_desk, detail));
}

void ApprovalsPage::openQuestion(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_question = dialog;
    // Answered: the next question may come at once, though this one is deleted only later. Focus
    // goes back to the queue, so the next decision is one key away.
    connect(dialog, &QDialog::finished, this, [this] {
        m_question.clear();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void ApprovalsPage::approveSelected()
{
    if (m_question) {
        return;
    }
    QList<payout::Payout> approvable;
    QStringList leftOut;
    for (const payout::Payout& payout : selectedPayouts()) {
        if (payout.createdBy == m_desk.actor()) {
            leftOut << QStringLiteral("#%1 is yours: someone other than you must approve it.").arg(payout.id);
        } else if (payout.state != PayoutState::PendingApproval) {
            leftOut << QStringLiteral("#%1 is already approved.").arg(payout.id);
        } else {
            approvable << payout;
        }
    }
    if (approvable.isEmpty()) {
        setStatus(leftOut.join(u' ') + QStringLiteral(" Nothing was approved."), errorStyle);
        return;
    }
    BatchConfirmation texts;
    texts.dialogName = QStringLiteral("approveConfirmDialog");
    texts.confirmName = QStringLiteral("confirmApproveButton");
    texts.title = QStringLiteral("Approve payouts");
    texts.heading = QStringLiteral("Approve %1? Your approval is recorded under your name (%2) for exactly these "
                                   "values; once the policy's approvals are complete they can be sent.")
                        .arg(naming(approvable), m_desk.actor());
    texts.confirmText = approvable.size() == 1 ? QStringLiteral("&Approve 1 payout")
                                               : QStringLiteral("&Approve %1 payouts").arg(approvable.size());
    texts.notes = leftOut;
    auto* dialog = new BatchConfirmDialog(texts, approvable, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { report(m_decisions.approve(dialog->payouts())); });
    openQuestion(dialog);
}

void ApprovalsPage::rejectSelected()
{
    if (m_question) {
        return;
    }
    QList<payout::Payout> rejectable;
    QStringList leftOut;
    for (const payout::Payout& payout : selectedPayouts()) {
        if (payout.createdBy == m_desk.actor()) {
            leftOut << QStringLiteral("#%1 is yours: cancel it instead.").arg(payout.id);
        } else {
            rejectable << payout;
        }
    }
    if (rejectable.isEmpty()) {
        setStatus(leftOut.join(u' ') + QStringLiteral(" Nothing was rejected."), errorStyle);
        return;
    }
    auto* dialog = new RejectDialog(naming(rejectable), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, rejectable] { report(m_decisions.reject(rejectable, dialog->reason())); });
    openQuestion(dialog);
    if (!leftOut.isEmpty()) {
        setStatus(leftOut.join(u' '), pendingStyle);
    }
}

void ApprovalsPage::cancelSelected()
{
    if (m_question) {
        return;
    }
    QList<payout::Payout> own;
    QStringList leftOut;
    for (const payout::Payout& payout : selectedPayouts()) {
        if (payout.createdBy == m_desk.actor()) {
            own << payout;
        } else {
            leftOut << QStringLiteral("#%1 was created by %2: only its creator can cancel it; reject it instead.")
                           .arg(payout.id)
                           .arg(payout.createdBy);
        }
    }
    if (own.isEmpty()) {
        setStatus(leftOut.join(u' ') + QStringLiteral(" Nothing was cancelled."), errorStyle);
        return;
    }
    auto* box
        = new QMessageBox(QMessageBox::Warning, QStringLiteral("Cancel payouts"),
                          QStringLiteral("Cancel %1? Cancelling is final: it will never be sent.").arg(naming(own)),
                          QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelPayoutConfirmDialog"));
    QPushButton* confirm = box->addButton(own.size() == 1 ? QStringLiteral("Cancel &payout")
                                                          : QStringLiteral("Cancel &%1 payouts").arg(own.size()),
                                          QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmCancelPayoutButton"));
    QPushButton* keep = box->addButton(QStringLiteral("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPayoutButton"));
    // Enter and Escape both keep the payout; cancelling it takes a deliberate choice.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    // `confirm` is only compared, never dereferenced: the box and its buttons go together.
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, own](QAbstractButton* clicked) {
        if (clicked == confirm) {
            report(m_decisions.cancel(own));
        }
    });
    openQuestion(box);
    if (!leftOut.isEmpty()) {
        setStatus(leftOut.join(u' '), pendingStyle);
    }
}

void ApprovalsPage::sendApproved()
{
    if (m_question || m_sender->isRunning()) {
        return;
    }
    const QList<payout::Payout> selected = selectedPayouts();
    QList<payout::Payout> toSend;
    for (const payout::Payout& payout : selected) {
        if (payout.state == PayoutState::Approved) {
            toSend << payout;
        }
    }
    if (toSend.isEmpty()) {
        // Nothing approved among the selection (or nothing selected): every approved payout, and
        // every one that got no answer before (resent under the same third_party_id).
        for (qint64 id : workflow::sendablePayoutIds(*m_desk.store(), m_desk.actor())) {
            if (const std::optional<payout::Payout> payout = m_desk.store()->payout(id)) {
                toSend << *payout;
            }
        }
    }
    if (toSend.isEmpty()) {
        setStatus(QStringLiteral("There are no approved payouts to send."), neutralStyle);
        return;
    }
    if (!m_desk.submitter()) {
        setStatus(QStringLiteral("No API key is loaded for this profile, so nothing can be sent. Set the key in "
                                 "Settings; the approved payouts wait."),
                  errorStyle);
        return;
    }
    BatchConfirmation texts;
    texts.dialogName = QStringLiteral("sendConfirmDialog");
    texts.confirmName = QStringLiteral("confirmSendButton");
    texts.title = QStringLiteral("Send approved payouts");
    texts.heading = QStringLiteral("Send %1 to Cregis now (%2)? Money leaves the wallet once Cregis processes them.")
                        .arg(naming(toSend), m_desk.profile().baseUrl);
    texts.confirmText
        = toSend.size() == 1 ? QStringLiteral("&Send 1 payout") : QStringLiteral("&Send %1 payouts").arg(toSend.size());
    auto* dialog = new BatchConfirmDialog(texts, toSend, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<qint64> ids;
        QStringList changed;
        for (const payout::Payout& payout : dialog->payouts()) {
            QString why;
            if (m_decisions.unchangedSinceReview(payout, &why)) {
                ids << payout.id;
            } else {
                changed << why;
            }
        }
        if (ids.isEmpty() || !m_sender->start(ids)) {
            setStatus(QStringLiteral("Nothing was sent. ") + changed.join(u' '), errorStyle);
            return;
        }
        setStatus(QStringLiteral("Sending %1 payouts to Cregis…").arg(ids.size())
                      + (changed.isEmpty() ? QString() : u' ' + changed.join(u' ')),
                  neutralStyle);
        updateButtons();
    });
    openQuestion(dialog);
}

void ApprovalsPage::report(const DecisionReport& decision)
{
    switch (decision.tone) {
    case DecisionReport::Tone::Success:
        setStatus(decision.text, successStyle);
        return;
    case DecisionReport::Tone::Partial:
        setStatus(decision.text, pendingStyle);
        return;
    case DecisionReport::Tone::Error:
        setStatus(decision.text, errorStyle);
        return;
    case DecisionReport::Tone::Neutral:
        break;
    }
    setStatus(decision.text, neutralStyle);
}

void ApprovalsPage::handleSendFinished(const QString& summary, bool allSent)
{
    setStatus(summary, allSent ? successStyle : pendingStyle);
    updateButtons();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ApprovalsPage::setStatus(const QString& text, const char* style)
{
    m_statusLabel->setStyleSheet(QLatin1String(style));
    m_statusLabel->setText(text);
}

} // namespace paydesk::ui
