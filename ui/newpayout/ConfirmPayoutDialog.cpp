#include "ConfirmPayoutDialog.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

QString orDefault(const QString& value, const QString& fallback)
{
    return value.isEmpty() ? fallback : value;
}

} // namespace

ConfirmPayoutDialog::ConfirmPayoutDialog(const config::Profile& profile, const payout::PayoutFields& fields,
                                         int delayMs, QWidget* parent)
    : QDialog(parent)
    , m_fields(fields)
    , m_form(new QFormLayout)
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_queueButton(new QPushButton(this))
    , m_warningsLabel(new QLabel(this))
    , m_countdown(new QTimer(this))
    , m_remainingMs(qMax(0, delayMs))
{
    setObjectName(QStringLiteral("confirmPayoutDialog"));
    setWindowTitle(tr("Confirm payout"));
    setModal(true);

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Check every value. This is exactly what will be sent to Cregis once "
                                  "someone other than you has approved it."),
                               this);
    heading->setObjectName(QStringLiteral("confirmHeadingLabel"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout->addLayout(m_form);

    addValue(tr("Profile"), QStringLiteral("%1 (%2)").arg(profile.name, profile.baseUrl),
             QStringLiteral("confirmProfileLabel"));
    addValue(tr("Wallet ID"), fields.walletId ? QString::number(*fields.walletId) : tr("project default"),
             QStringLiteral("confirmWalletLabel"));
    addValue(tr("Currency"), QStringLiteral("%1 (%2)").arg(fields.coinName, fields.currency),
             QStringLiteral("confirmCurrencyLabel"));
    addValue(tr("From address"), orDefault(fields.fromAddress, tr("wallet default")),
             QStringLiteral("confirmFromAddressLabel"));
    QLabel* to = addValue(tr("Recipient address"), fields.toAddress, QStringLiteral("confirmToAddressLabel"));
    // Addresses are compared character by character; a fixed-width font keeps look-alikes apart.
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    to->setFont(mono);

    auto* amountRow = new QHBoxLayout;
    auto* amount = new QLabel(fields.amount.toCanonical(), this);
    amount->setObjectName(QStringLiteral("confirmAmountLabel"));
    amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = amount->font();
    big.setBold(true);
    if (big.pointSize() > 0) {
        big.setPointSize(big.pointSize() + 4);
    }
    amount->setFont(big);
    auto* coin = new QLabel(fields.coinName, this);
    coin->setObjectName(QStringLiteral("confirmCoinLabel"));
    coin->setFont(big);
    amountRow->addWidget(amount);
    amountRow->addWidget(coin);
    amountRow->addStretch();
    m_form->addRow(tr("Amount:"), amountRow);

    addValue(tr("Memo"), orDefault(fields.memo, QStringLiteral("none")), QStringLiteral("confirmMemoLabel"));
    addValue(tr("Remark"), orDefault(fields.remark, QStringLiteral("none")), QStringLiteral("confirmRemarkLabel"));
    addValue(tr("Callback URL"), orDefault(fields.callbackUrl, QStringLiteral("none")),
             QStringLiteral("confirmCallbackLabel"));

    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_queueButton->setObjectName(QStringLiteral("queueButton"));
    // Enter must never queue: Cancel is the default, and the queue button never becomes one.
    m_cancelButton->setDefault(true);
    m_cancelButton->setAutoDefault(true);
    m_queueButton->setAutoDefault(false);
    m_warningsLabel->setObjectName(QStringLiteral("confirmWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
    m_warningsLabel->hide();
    layout->addWidget(m_warningsLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_queueButton);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_queueButton, &QPushButton::clicked, this, &QDialog::accept);
    m_countdown->setSingleShot(true);
    connect(m_countdown, &QTimer::timeout, this, &ConfirmPayoutDialog::tick);

    updateQueueButton();
    m_cancelButton->setFocus();
    setMinimumWidth(560);
}

QLabel* ConfirmPayoutDialog::addValue(const QString& label, const QString& value, const QString& objectName)
{
    auto* valueLabel = new QLabel(value, this);
    valueLabel->setObjectName(objectName);
    // Plain text: a remark such as "<b>" must show as typed, not as markup.
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setWordWrap(true);
    m_form->addRow(label + u':', valueLabel);
    return valueLabel;
}

void ConfirmPayoutDialog::setWarnings(const QStringList& warnings)
{
    m_warningsLabel->setText(warnings.join(u'\n'));
    m_warningsLabel->setAccessibleName(tr("Warnings"));
    m_warningsLabel->setVisible(!warnings.isEmpty());
}

void ConfirmPayoutDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // The delay counts from when the person can see the values, not from construction.
    if (m_remainingMs > 0 && !m_countdown->isActive()) {
        m_countdown->start(qMin(m_remainingMs, 1000));
    }
    m_cancelButton->setFocus();
}

void ConfirmPayoutDialog::tick()
{
    m_remainingMs = qMax(0, m_remainingMs - m_countdown->interval());
    updateQueueButton();
    if (m_remainingMs > 0) {
        m_countdown->start(qMin(m_remainingMs, 1000));
    }
}

void ConfirmPayoutDialog::updateQueueButton()
{
    if (m_remainingMs > 0) {
        const int seconds = (m_remainingMs + 999) / 1000;
        m_queueButton->setText(tr("Queue payout (%1)").arg(seconds));
        m_queueButton->setEnabled(false);
        return;
    }
    m_queueButton->setText(tr("Queue payout"));
    m_queueButton->setEnabled(true);
}

} // namespace paydesk::ui
