#include "RejectDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// The store keeps the reason in the audit log; a page of prose belongs elsewhere.
constexpr int maxReasonLength = 500;

} // namespace

RejectDialog::RejectDialog(const QString& what, QWidget* parent)
    : QDialog(parent)
    , m_reasonEdit(new QLineEdit(this))
    , m_okButton(nullptr)
{
    setObjectName(QStringLiteral("rejectDialog"));
    setWindowTitle(tr("Reject payouts"));
    setModal(true);

    auto* heading = new QLabel(
        tr("Reject %1? Rejection is final: it will never be sent, and its creator sees your reason.").arg(what), this);
    heading->setObjectName(QStringLiteral("rejectHeadingLabel"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    m_reasonEdit->setObjectName(QStringLiteral("rejectReasonEdit"));
    m_reasonEdit->setAccessibleName(tr("Reason for rejecting"));
    m_reasonEdit->setPlaceholderText(tr("For example: wrong recipient, amount not agreed"));
    m_reasonEdit->setMaxLength(maxReasonLength);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reasonEdit);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(reasonLabel, m_reasonEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("confirmRejectButton"));
    m_okButton->setText(tr("Re&ject"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("rejectCancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &RejectDialog::updateOkButton);
    updateOkButton();
    m_reasonEdit->setFocus();
    setMinimumWidth(480);
}

QString RejectDialog::reason() const
{
    return m_reasonEdit->text().trimmed();
}

void RejectDialog::updateOkButton()
{
    // Blanks are no reason: the store would refuse them too, but here the person sees why at once.
    m_okButton->setEnabled(!reason().isEmpty());
}

} // namespace paydesk::ui
