#include "CurrencyDecimalsDialog.h"

#include "money/Amount.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace paydesk::ui {

CurrencyDecimalsDialog::CurrencyDecimalsDialog(desk::Desk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_currencyCombo(new QComboBox(this))
    , m_decimalsSpin(new QSpinBox(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("currencyDecimalsDialog"));
    setWindowTitle(tr("Currency decimals — %1").arg(m_desk.profile().name));

    auto* intro = new QLabel(tr("Neither PayDesk nor the gateway knows how many decimal places these "
                                "currencies have, so no amount in them can be checked or paid. Take the "
                                "number from the token's contract or the chain's documentation."),
                             this);
    intro->setWordWrap(true);

    m_currencyCombo->setObjectName(QStringLiteral("decimalsCurrencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency"));
    m_decimalsSpin->setObjectName(QStringLiteral("decimalsSpin"));
    m_decimalsSpin->setAccessibleName(tr("Decimal places"));
    m_decimalsSpin->setRange(0, money::Amount::maxDecimals);
    m_saveButton->setObjectName(QStringLiteral("saveDecimalsButton"));
    m_statusLabel->setObjectName(QStringLiteral("decimalsStatusLabel"));
    m_statusLabel->setWordWrap(true);

    auto* form = new QFormLayout;
    auto* currencyLabel = new QLabel(tr("&Currency:"), this);
    currencyLabel->setBuddy(m_currencyCombo);
    auto* decimalsLabel = new QLabel(tr("&Decimal places:"), this);
    decimalsLabel->setBuddy(m_decimalsSpin);
    form->addRow(currencyLabel, m_currencyCombo);
    form->addRow(decimalsLabel, m_decimalsSpin);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &CurrencyDecimalsDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    populate();
}

void CurrencyDecimalsDialog::populate()
{
    m_currencyCombo->clear();
    for (const money::Asset& asset : m_desk.catalogue().assets()) {
        if (!asset.decimals) {
            m_currencyCombo->addItem(QStringLiteral("%1 (%2)").arg(asset.coinName, asset.currency), asset.currency);
        }
    }
    const bool any = m_currencyCombo->count() > 0;
    m_currencyCombo->setEnabled(any);
    m_decimalsSpin->setEnabled(any);
    m_saveButton->setEnabled(any);
    if (!any) {
        m_statusLabel->setText(tr("Every currency of this profile has known decimals."));
    }
}

void CurrencyDecimalsDialog::save()
{
    const QString currency = m_currencyCombo->currentData().toString();
    const QString name = m_currencyCombo->currentText();
    m_desk.setManualDecimals(currency, m_decimalsSpin->value());
    populate();
    m_statusLabel->setText(tr("%1 now has %2 decimal places.").arg(name).arg(m_decimalsSpin->value()));
}

} // namespace paydesk::ui
