#include "PayoutDetailPane.h"

#include "ui/widgets/PayoutCells.h"

#include "desk/Desk.h"
#include "words/StatusWords.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace paydesk::ui {

PayoutDetailPane::PayoutDetailPane(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_placeholder(new QLabel(tr("Select a payout to see all it holds and what happened to it."), this))
    , m_fields(new QWidget(this))
    , m_trail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("payoutDetailPane"));
    m_placeholder->setObjectName(QStringLiteral("historyDetailPlaceholder"));

    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    for (QFormLayout* form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignRight);
    }
    addField(left, Field::Payout, tr("Payout"), QStringLiteral("detailPayout"));
    addField(left, Field::State, tr("State"), QStringLiteral("detailState"));
    addField(left, Field::CregisStatus, tr("Cregis status"), QStringLiteral("detailCregisStatus"));
    addField(left, Field::Error, tr("Last error"), QStringLiteral("detailError"));
    addField(left, Field::Unanswered, tr("No answer"), QStringLiteral("detailUnanswered"));
    addField(left, Field::Amount, tr("Amount"), QStringLiteral("detailAmount"));
    addField(left, Field::Currency, tr("Currency"), QStringLiteral("detailCurrency"));
    addField(left, Field::WalletId, tr("Wallet id"), QStringLiteral("detailWalletId"));
    addField(left, Field::Created, tr("Created"), QStringLiteral("detailCreated"));
    addField(left, Field::Approvers, tr("Approved by"), QStringLiteral("detailApprovers"));
    addField(left, Field::Submitted, tr("Submitted"), QStringLiteral("detailSubmitted"));
    addField(right, Field::Cid, tr("cid"), QStringLiteral("detailCid"));
    addField(right, Field::Txid, tr("txid"), QStringLiteral("detailTxid"));
    addField(right, Field::Block, tr("Block"), QStringLiteral("detailBlock"));
    addField(right, Field::ThirdPartyId, tr("Third-party id"), QStringLiteral("detailThirdPartyId"));
    addField(right, Field::ToAddress, tr("To address"), QStringLiteral("detailToAddress"));
    addField(right, Field::FromAddress, tr("From address"), QStringLiteral("detailFromAddress"));
    addField(right, Field::Memo, tr("Memo"), QStringLiteral("detailMemo"));
    addField(right, Field::Remark, tr("Remark"), QStringLiteral("detailRemark"));
    addCopyButton(Field::Cid, QStringLiteral("copyCidButton"), tr("cid"));
    addCopyButton(Field::Txid, QStringLiteral("copyTxidButton"), tr("txid"));
    addCopyButton(Field::ThirdPartyId, QStringLiteral("copyThirdPartyIdButton"), tr("third-party id"));
    addCopyButton(Field::ToAddress, QStringLiteral("copyToAddressButton"), tr("recipient address"));

    m_trail->setObjectName(QStringLiteral("detailAuditTrail"));
    m_trail->setAccessibleName(tr("Audit trail of the selected payout"));
    m_trail->setReadOnly(true);
    m_trail->setTabChangesFocus(true);
    m_trail->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* trailLabel = new QLabel(tr("&Audit trail"), this);
    trailLabel->setBuddy(m_trail);
    auto* trailColumn = new QVBoxLayout;
    trailColumn->addWidget(trailLabel);
    trailColumn->addWidget(m_trail, 1);

    auto* columns = new QHBoxLayout(m_fields);
    columns->setContentsMargins(0, 4, 0, 0);
    columns->addLayout(left, 3);
    columns->addLayout(right, 4);
    columns->addLayout(trailColumn, 3);
    // Short of room, the fields scroll; they never widen the window or get cut off.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fields);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(scroll, 1);
    m_scroll = scroll;
    m_scroll->hide();
}

void PayoutDetailPane::addField(QFormLayout* form, Field field, const QString& label, const QString& name)
{
    QWidget* value = nullptr;
    if (field == Field::Cid || field == Field::Txid || field == Field::ThirdPartyId || field == Field::ToAddress
        || field == Field::FromAddress) {
        auto* line = new QLineEdit(this);
        line->setReadOnly(true);
        line->setFrame(false);
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        value = line;
    } else {
        auto* text = new QLabel(this);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        // Only free text wraps; short values stay on their line.
        text->setWordWrap(field == Field::Error || field == Field::Unanswered || field == Field::Memo
                          || field == Field::Remark);
        value = text;
    }
    value->setObjectName(name);
    value->setAccessibleName(label);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(value);
    auto* row = new QHBoxLayout;
    row->addWidget(value, 1);
    form->addRow(caption, row);
    m_values.insert(field, value);
    m_rows.insert(field, row);
}

void PayoutDetailPane::addCopyButton(Field field, const QString& name, const QString& what)
{
    auto* value = qobject_cast<QLineEdit*>(m_values.value(field));
    auto* button = new QPushButton(tr("Copy"), this);
    button->setObjectName(name);
    button->setAccessibleName(tr("Copy the %1").arg(what));
    button->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
    m_rows.value(field)->addWidget(button);
    m_copyButtons.insert(field, button);
    connect(button, &QPushButton::clicked, this, [value] { QApplication::clipboard()->setText(value->text()); });
}

void PayoutDetailPane::setField(Field field, const QString& text)
{
    QWidget* value = m_values.value(field);
    if (auto* line = qobject_cast<QLineEdit*>(value)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else {
        static_cast<QLabel*>(value)->setText(text);
    }
    if (QPushButton* button = m_copyButtons.value(field)) {
        button->setEnabled(!text.isEmpty());
    }
}

void PayoutDetailPane::showPayout(qint64 id)
{
    const std::optional<payout::Payout> found = id > 0 && m_desk.store() ? m_desk.store()->payout(id) : std::nullopt;
    m_id = found ? id : 0;
    m_placeholder->setVisible(!found);
    m_scroll->setVisible(found.has_value());
    if (!found) {
        return;
    }
    const payout::Payout& p = *found;
    const payout::PayoutFields& f = p.fields;
    setField(Field::Payout, QStringLiteral("#%1").arg(p.id));
    setField(Field::State, words::StatusWords::payoutState(p.state));
    setField(Field::CregisStatus,
             p.cregisStatus
                 ? QStringLiteral("%1 (%2)").arg(words::StatusWords::cregisStatus(p.cregisStatus)).arg(*p.cregisStatus)
                 : tr("none yet"));
    setField(Field::Error, PayoutCells::errorText(p));
    const bool unanswered
        = p.state == payout::PayoutState::Unknown || p.state == payout::PayoutState::NeedsReconciliation;
    const std::optional<qint64> since = p.unansweredSinceMs();
    setField(Field::Unanswered,
             unanswered && since
                 ? tr("for %1; it is resent only under the same third-party id, and once older than the resend "
                      "limit only after Reconcile")
                       .arg(words::StatusWords::duration(m_desk.clock().nowMs() - *since))
                 : QString());
    setField(Field::Amount, f.amount.toCanonical());
    setField(Field::Currency, QStringLiteral("%1 (%2)").arg(f.coinName, f.currency));
    setField(Field::WalletId, f.walletId ? QString::number(*f.walletId) : QString());
    setField(Field::Created, tr("%1 by %2").arg(PayoutCells::localTime(p.createdAtMs), p.createdBy));
    QStringList approvers;
    if (m_desk.approvalStore() && m_desk.approvals()) {
        approvers = m_desk.approvalStore()->approvers(p.id, m_desk.approvals()->requirementFor(f));
    }
    setField(Field::Approvers, approvers.isEmpty() ? p.approvedBy : approvers.join(QStringLiteral(", ")));
    setField(Field::Submitted, p.submittedAtMs ? PayoutCells::localTime(*p.submittedAtMs) : QString());
    setField(Field::Cid, p.cid ? QString::number(*p.cid) : QString());
    setField(Field::Txid, p.txid);
    setField(Field::Block,
             p.blockHeight.isEmpty() ? QString()
                 : p.blockTimeMs     ? tr("%1 at %2").arg(p.blockHeight, PayoutCells::localTime(*p.blockTimeMs))
                                     : p.blockHeight);
    setField(Field::ThirdPartyId, p.thirdPartyId);
    setField(Field::ToAddress, f.toAddress);
    setField(Field::FromAddress, f.fromAddress);
    setField(Field::Memo, f.memo);
    setField(Field::Remark, f.remark);
    QStringList lines;
    if (m_desk.audit()) {
        for (const store::AuditEvent& event : m_desk.audit()->trail(p.id)) {
            lines << QStringLiteral("%1  %2  %3  %4")
                         .arg(PayoutCells::localTime(event.atMs), event.actor, event.event, event.detail);
        }
    }
    m_trail->setPlainText(lines.join(u'\n'));
}

} // namespace paydesk::ui
