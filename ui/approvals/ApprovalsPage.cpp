#include "ApprovalsPage.h"

#include "ApprovalDetailText.h"
#include "ApprovalQueueModel.h"
#include "BatchConfirmDialog.h"
#include "BatchSendController.h"
#include "DecisionText.h"
#include "RejectDialog.h"
#include "ui/widgets/ButtonShortcut.h"

#include "desk/Desk.h"
#include "words/ErrorWords.h"
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

QList<qint64> idsOf(const QList<payout::Payout>& payouts)
{
    QList<qint64> ids;
    for (const payout::Payout& payout : payouts) {
        ids << payout.id;
    }
    return ids;
}

QString shortcutText(const QKeySequence& shortcut)
{
    return shortcut.toString(QKeySequence::NativeText);
}

} // namespace

ApprovalsPage::ApprovalsPage(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_model(new ApprovalQueueModel(desk, this))
    , m_view(new QTableView(this))
    , m_detail(new QTextEdit(this))
    , m_approveButton(new QPushButton(tr("&Approve selected"), this))
    , m_rejectButton(new QPushButton(tr("&Reject…"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel my payout…"), this))
    , m_sendButton(new QPushButton(tr("&Send approved…"), this))
    , m_showOwnCheck(new QCheckBox(tr("Show &my own payouts (to cancel them)"), this))
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
            [this](const QString& text) { setStatus(text, Tone::Pending); });
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
    connect(&m_desk, &desk::Desk::apiKeyChanged, this, &ApprovalsPage::updateButtons);

    updateButtons();
    showCurrentDetail();
}

void ApprovalsPage::buildLayout()
{
    auto* title = new QLabel(tr("Approvals"), this);
    title->setObjectName(QStringLiteral("approvalsTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    if (titleFont.pointSize() > 0) {
        titleFont.setPointSize(titleFont.pointSize() + 4);
    }
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Payouts wait here until someone other than their creator approves them. "
                                "Select one or more (Shift, Ctrl, Ctrl+A) and check below exactly what "
                                "will be sent."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("approvalQueueView"));
    m_view->setAccessibleName(tr("Payouts awaiting approval"));
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
                           mono.horizontalAdvance(tr("TXsmKpEuW7qWn…GP9eDLvWPR2")) + 16);
    // Both ends of an address are what people compare; the detail below shows it whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(text.height() + 10);

    m_detail->setObjectName(QStringLiteral("approvalDetail"));
    m_detail->setAccessibleName(tr("The request that will be sent"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* detailLabel = new QLabel(tr("Selected payout, &exactly as it will be sent:"), this);
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
    m_approveButton->setToolTip(tr("Approve the selected payouts created by others (%1). You see the total "
                                   "per currency before anything is recorded.")
                                    .arg(shortcutText(approve->shortcut())));
    m_rejectButton->setToolTip(tr("Reject the selected payouts, with a reason (%1). Rejection is final.")
                                   .arg(shortcutText(reject->shortcut())));
    m_cancelButton->setAutoDefault(true);
    m_cancelButton->setToolTip(tr("Cancel payouts you created yourself. Cancelling is final."));
    m_sendButton->setToolTip(tr("Send the selected approved payouts, or every approved payout when none "
                                "is selected (%1). You confirm the totals first.")
                                 .arg(shortcutText(send->shortcut())));

    m_statusLabel->setObjectName(QStringLiteral("approvalsStatusLabel"));
    m_statusLabel->setAccessibleName(tr("What happened"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_showOwnCheck->setObjectName(QStringLiteral("showOwnPayoutsCheck"));
    m_showOwnCheck->setToolTip(tr("The queue lists other people's payouts, the ones you can approve. "
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

// "payout #4" or "3 payouts (#4, #5, #9)": how a question names what it acts on.
QString ApprovalsPage::naming(const QList<payout::Payout>& payouts) const
{
    return payouts.size() == 1
        ? tr("payout #%1").arg(payouts.first().id)
        : tr("%n payout(s) (%1)", nullptr, int(payouts.size())).arg(DecisionText::idList(idsOf(payouts)));
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
                                   ? tr("No payouts are waiting for approval.")
                                   : tr("Select a payout (arrow keys or a click) to see exactly what "
                                        "will be sent."));
        return;
    }
    const ApprovalDetail detail
        = ApprovalDetailText::detailFor(m_desk, m_model->payoutAt(current.row()), m_model->approversAt(current.row()),
                                        current.data(ApprovalQueueModel::RequiredApprovalsRole).toInt());
    m_detail->setHtml(ApprovalDetailText::html(m_desk, detail));
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
        setStatus(leftOut.join(u' ') + tr(" Nothing was approved."), Tone::Error);
        return;
    }
    BatchConfirmation texts;
    texts.dialogName = QStringLiteral("approveConfirmDialog");
    texts.confirmName = QStringLiteral("confirmApproveButton");
    texts.title = tr("Approve payouts");
    texts.heading = tr("Approve %1? Your approval is recorded under your name (%2) for exactly these "
                       "values; once the policy's approvals are complete they can be sent.")
                        .arg(naming(approvable), m_desk.actor());
    texts.confirmText = tr("&Approve %n payout(s)", nullptr, int(approvable.size()));
    texts.notes = leftOut;
    auto* dialog = new BatchConfirmDialog(texts, approvable, this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { report(m_desk.decisions()->approve(dialog->payouts())); });
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
        setStatus(leftOut.join(u' ') + tr(" Nothing was rejected."), Tone::Error);
        return;
    }
    auto* dialog = new RejectDialog(naming(rejectable), this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, rejectable] { report(m_desk.decisions()->reject(rejectable, dialog->reason())); });
    openQuestion(dialog);
    if (!leftOut.isEmpty()) {
        setStatus(leftOut.join(u' '), Tone::Pending);
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
        setStatus(leftOut.join(u' ') + tr(" Nothing was cancelled."), Tone::Error);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cancel payouts"),
                                tr("Cancel %1? Cancelling is final: it will never be sent.").arg(naming(own)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelPayoutConfirmDialog"));
    QPushButton* confirm
        = box->addButton(tr("Cancel &%n payout(s)", nullptr, int(own.size())), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmCancelPayoutButton"));
    QPushButton* keep = box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepPayoutButton"));
    // Enter and Escape both keep the payout; cancelling it takes a deliberate choice.
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    // `confirm` is only compared, never dereferenced: the box and its buttons go together.
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, own](QAbstractButton* clicked) {
        if (clicked == confirm) {
            report(m_desk.decisions()->cancel(own));
        }
    });
    openQuestion(box);
    if (!leftOut.isEmpty()) {
        setStatus(leftOut.join(u' '), Tone::Pending);
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
        setStatus(tr("There are no approved payouts to send."), Tone::Neutral);
        return;
    }
    if (!m_desk.hasApiKey()) {
        setStatus(tr("No API key is loaded for this profile, so nothing can be sent. Set the key in "
                     "Settings; the approved payouts wait."),
                  Tone::Error);
        return;
    }
    BatchConfirmation texts;
    texts.dialogName = QStringLiteral("sendConfirmDialog");
    texts.confirmName = QStringLiteral("confirmSendButton");
    texts.title = tr("Send approved payouts");
    texts.heading = tr("Send %1 to Cregis now (%2)? Money leaves the wallet once Cregis processes them.")
                        .arg(naming(toSend), m_desk.profile().baseUrl);
    texts.confirmText = tr("&Send %n payout(s)", nullptr, int(toSend.size()));
    auto* dialog = new BatchConfirmDialog(texts, toSend, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QList<qint64> ids;
        QStringList changed;
        for (const payout::Payout& payout : dialog->payouts()) {
            if (const auto why = m_desk.decisions()->changedSinceReview(payout)) {
                changed << words::ErrorWords::store(*why);
            } else {
                ids << payout.id;
            }
        }
        if (ids.isEmpty() || !m_sender->start(ids)) {
            setStatus(tr("Nothing was sent. ") + changed.join(u' '), Tone::Error);
            return;
        }
        setStatus(tr("Sending %n payout(s) to Cregis…", nullptr, int(ids.size()))
                      + (changed.isEmpty() ? QString() : u' ' + changed.join(u' ')),
                  Tone::Neutral);
        updateButtons();
    });
    openQuestion(dialog);
}

void ApprovalsPage::report(const workflow::DecisionReport& decision)
{
    setStatus(DecisionText::text(decision), DecisionText::tone(decision));
}

void ApprovalsPage::handleSendFinished(const QString& summary, bool allSent)
{
    setStatus(summary, allSent ? Tone::Success : Tone::Pending);
    updateButtons();
    m_view->setFocus(Qt::OtherFocusReason);
}

void ApprovalsPage::setStatus(const QString& text, Tone tone)
{
    showTone(m_statusLabel, text, tone);
}

} // namespace paydesk::ui
