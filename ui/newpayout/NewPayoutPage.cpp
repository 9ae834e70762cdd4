#include "NewPayoutPage.h"

#include "workflow/OnlineAddressCheck.h"

#include "AddressInputValidator.h"
#include "ConfirmPayoutDialog.h"
#include "IssueLabel.h"
#include "ui/widgets/Tone.h"
#include "words/ErrorWords.h"
#include "words/IssueText.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace paydesk::ui {

using payout::PayoutField;

namespace {

// "USDT-TRC20 (195@TR7…)": enough of the currency to tell tokens apart at a glance; the tool
// tip and the confirmation show it in full.
QString currencyItemText(const money::Asset& asset)
{
    const QString token = asset.tokenId.size() > 6 ? asset.tokenId.left(3) + QStringLiteral("…") : asset.tokenId;
    return QStringLiteral("%1 (%2@%3)").arg(asset.coinName, asset.chainId, token); // no words to translate
}

QWidget* fieldColumn(QWidget* parent, QLayout* inputRow, IssueLabel* issues)
{
    auto* column = new QWidget(parent);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(inputRow);
    layout->addWidget(issues);
    return column;
}

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

NewPayoutPage::NewPayoutPage(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_form(new QWidget(this))
    , m_walletIdEdit(lineEdit(m_form, QStringLiteral("walletIdEdit"), tr("Wallet ID")))
    , m_currencyCombo(new QComboBox(m_form))
    , m_fromAddressEdit(lineEdit(m_form, QStringLiteral("fromAddressEdit"), tr("From address")))
    , m_toAddressEdit(lineEdit(m_form, QStringLiteral("toAddressEdit"), tr("Recipient address")))
    , m_amountEdit(lineEdit(m_form, QStringLiteral("amountEdit"), tr("Amount")))
    , m_amountPreview(new QLabel(m_form))
    , m_checkOnlineButton(new QPushButton(tr("Chec&k with Cregis"), m_form))
    , m_memoLabel(new QLabel(m_form))
    , m_memoEdit(lineEdit(m_form, QStringLiteral("memoEdit"), tr("Memo")))
    , m_remarkEdit(lineEdit(m_form, QStringLiteral("remarkEdit"), tr("Remark")))
    , m_reviewButton(new QPushButton(tr("&Review payout…"), this))
    , m_submitStatusLabel(new QLabel(this))
    , m_confirmationDelayMs(ConfirmPayoutDialog::defaultDelayMs)
{
    setObjectName(QStringLiteral("newPayoutPage"));
    buildForm();
    populateCurrencies();

    connect(&m_desk, &desk::Desk::catalogueChanged, this, &NewPayoutPage::populateCurrencies);
    connect(m_currencyCombo, &QComboBox::currentIndexChanged, this, &NewPayoutPage::handleCurrencyChanged);
    connect(m_amountEdit, &QLineEdit::textChanged, this, &NewPayoutPage::updateAmountPreview);
    for (const FieldRow& row : m_rows) {
        auto* edit = qobject_cast<QLineEdit*>(row.input);
        if (!edit) {
            continue;
        }
        const PayoutField field = row.field;
        connect(edit, &QLineEdit::editingFinished, this, [this, field] { checkField(field); });
        // Outside a dialog no button is pressed by Enter, so each field forwards it.
        connect(edit, &QLineEdit::returnPressed, this, &NewPayoutPage::review);
    }
    connect(m_reviewButton, &QPushButton::clicked, this, &NewPayoutPage::review);

    refreshCoins();
}

void NewPayoutPage::buildForm()
{
    auto* title = new QLabel(tr("New payout"), this);
    title->setObjectName(QStringLiteral("newPayoutTitle"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    if (titleFont.pointSize() > 0) {
        titleFont.setPointSize(titleFont.pointSize() + 4);
    }
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Fill in the payout and review it. Once you confirm the exact values it "
                                "waits on the Approvals page: nothing is sent until someone other than "
                                "you approves it."),
                             this);
    intro->setWordWrap(true);

    const config::Profile& profile = m_desk.profile();
    m_walletIdEdit->setPlaceholderText(profile.defaultWalletId
                                           ? tr("Project default (%1)").arg(*profile.defaultWalletId)
                                           : tr("Project default wallet"));
    m_currencyCombo->setObjectName(QStringLiteral("currencyCombo"));
    m_currencyCombo->setAccessibleName(tr("Currency"));
    m_currencyCombo->setPlaceholderText(tr("Choose a currency"));
    m_currencyCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromAddressEdit->setPlaceholderText(tr("Wallet default"));
    m_toAddressEdit->setPlaceholderText(tr("The address you are paying to"));
    m_amountEdit->setPlaceholderText(tr("For example 12.5"));
    m_remarkEdit->setPlaceholderText(tr("Optional note for your records"));
    // Addresses are compared character by character: a fixed-width font keeps look-alikes apart.
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QLineEdit* address : {m_fromAddressEdit, m_toAddressEdit}) {
        address->setFont(mono);
        address->setValidator(new AddressInputValidator(address));
    }
    m_amountPreview->setObjectName(QStringLiteral("amountPreview"));
    m_amountPreview->setTextFormat(Qt::PlainText);
    m_amountPreview->setMinimumWidth(220);
    m_memoLabel->setObjectName(QStringLiteral("memoLabel"));

    const auto issueLabel = [this](const char* objectName, const QString& accessibleName) {
        auto* label = new IssueLabel(m_form);
        label->setObjectName(QLatin1String(objectName));
        label->setAccessibleName(accessibleName);
        return label;
    };
    m_rows = {{
        {PayoutField::WalletId, m_walletIdEdit, issueLabel("walletIdError", tr("Wallet ID problem"))},
        {PayoutField::Currency, m_currencyCombo, issueLabel("currencyError", tr("Currency problem"))},
        {PayoutField::FromAddress, m_fromAddressEdit, issueLabel("fromAddressError", tr("From address problem"))},
        {PayoutField::ToAddress, m_toAddressEdit, issueLabel("toAddressError", tr("Recipient address problem"))},
        {PayoutField::Amount, m_amountEdit, issueLabel("amountError", tr("Amount problem"))},
        {PayoutField::Memo, m_memoEdit, issueLabel("memoError", tr("Memo problem"))},
        {PayoutField::Remark, m_remarkEdit, issueLabel("remarkError", tr("Remark problem"))},
    }};

    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    // The labels use the field names of the validator's messages, so an error names what is on screen.
    const QList<QString> labels{tr("&Wallet ID:"), tr("&Currency:"), tr("&From address:"), tr("Reci&pient address:"),
                                tr("&Amount:"),    QString(),        tr("Re&mark:")};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const FieldRow& row = m_rows.at(i);
        QLabel* label
            = row.field == PayoutField::Memo ? m_memoLabel : new QLabel(labels.at(static_cast<qsizetype>(i)), m_form);
        label->setBuddy(row.input);
        auto* inputRow = new QHBoxLayout;
        inputRow->setSpacing(12);
        inputRow->addWidget(row.input, 1);
        if (row.field == PayoutField::Amount) {
            inputRow->addWidget(m_amountPreview);
        }
        if (row.field == PayoutField::ToAddress) {
            inputRow->addWidget(m_checkOnlineButton);
        }
        form->addRow(label, fieldColumn(m_form, inputRow, row.issues));
    }
    m_form->setMaximumWidth(820);

    m_checkOnlineButton->setObjectName(QStringLiteral("checkOnlineButton"));
    m_checkOnlineButton->setToolTip(tr("Ask Cregis whether this is a valid address for the chosen currency "
                                       "and whether it is one of the project's own addresses."));
    m_checkOnlineButton->setAutoDefault(false);
    connect(m_checkOnlineButton, &QPushButton::clicked, this, &NewPayoutPage::checkOnline);

    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    // Outside a dialog a button only answers Enter when it has focus and is auto-default.
    m_reviewButton->setDefault(true);
    m_reviewButton->setAutoDefault(true);
    m_submitStatusLabel->setObjectName(QStringLiteral("submitStatusLabel"));
    m_submitStatusLabel->setWordWrap(true);
    m_submitStatusLabel->setTextFormat(Qt::PlainText);
    m_submitStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reviewButton);
    buttons->addWidget(m_submitStatusLabel, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(12);
    layout->addWidget(m_form);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch();

    QWidget::setTabOrder(m_walletIdEdit, m_currencyCombo);
    QWidget::setTabOrder(m_currencyCombo, m_fromAddressEdit);
    QWidget::setTabOrder(m_fromAddressEdit, m_toAddressEdit);
    QWidget::setTabOrder(m_toAddressEdit, m_amountEdit);
    QWidget::setTabOrder(m_amountEdit, m_memoEdit);
    QWidget::setTabOrder(m_memoEdit, m_remarkEdit);
    QWidget::setTabOrder(m_remarkEdit, m_reviewButton);
}

void NewPayoutPage::refreshCoins()
{
    if (!m_desk.hasApiKey()) {
        return;
    }
    m_desk.refreshCoins(this, [this](const cregis::CregisError& error) {
        if (error.kind != cregis::CregisError::Kind::None) {
            Q_EMIT statusMessage(tr("Could not load the gateway's currencies (%1); the built-in list is used.")
                                     .arg(words::ErrorWords::cregis(error)));
        }
    });
}

void NewPayoutPage::populateCurrencies()
{
    // Rebuilding the list must not change what the person chose.
    const QString current = m_currencyCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_currencyCombo);
        m_currencyCombo->clear();
        for (const money::Asset& asset : m_desk.catalogue().assets()) {
            m_currencyCombo->addItem(currencyItemText(asset), asset.currency);
            m_currencyCombo->setItemData(m_currencyCombo->count() - 1, asset.currency, Qt::ToolTipRole);
        }
        m_currencyCombo->setCurrentIndex(current.isEmpty() ? -1 : m_currencyCombo->findData(current));
    }
    handleCurrencyChanged();
}

std::optional<money::Asset> NewPayoutPage::selectedAsset() const
{
    return m_desk.catalogue().find(m_currencyCombo->currentData().toString());
}

payout::PayoutDraft NewPayoutPage::draft() const
{
    payout::PayoutDraft draft;
    draft.walletId = m_walletIdEdit->text();
    draft.currency = m_currencyCombo->currentData().toString();
    draft.fromAddress = m_fromAddressEdit->text();
    draft.toAddress = m_toAddressEdit->text();
    draft.amount = enteredAmountText();
    // Even a disabled memo is part of the draft: the validator, not the widget, says it is wrong.
    draft.memo = m_memoEdit->text();
    draft.remark = m_remarkEdit->text();
    return draft;
}

QString NewPayoutPage::enteredAmountText() const
{
    // The person types in their locale; the draft carries the canonical text when it reads
    // unambiguously, else what was typed, so the validator reports it in its own terms.
    const std::optional<money::Asset> asset = selectedAsset();
    const QString typed = m_amountEdit->text();
    if (!asset || !asset->decimals) {
        return typed;
    }
    const money::Amount::ParseResult parsed
        = money::Amount::parseEntered(typed, *asset->decimals, m_amountEdit->locale());
    return parsed.amount ? parsed.amount->toCanonical() : typed;
}

void NewPayoutPage::handleCurrencyChanged()
{
    updateMemoField();
    updateAmountPreview();
    if (m_currencyCombo->currentIndex() >= 0) {
        checkField(PayoutField::Currency);
    }
}

void NewPayoutPage::updateMemoField()
{
    const std::optional<money::Asset> asset = selectedAsset();
    const money::MemoKind kind = asset ? asset->memoKind() : money::MemoKind::None;
    switch (kind) {
    case money::MemoKind::DestinationTag:
        m_memoLabel->setText(tr("Destination ta&g:"));
        m_memoEdit->setPlaceholderText(tr("The number the recipient's exchange gave you"));
        break;
    case money::MemoKind::Comment:
        m_memoLabel->setText(tr("Comm&ent:"));
        m_memoEdit->setPlaceholderText(tr("The comment the recipient's exchange asked for"));
        break;
    case money::MemoKind::None:
        m_memoLabel->setText(tr("M&emo:"));
        m_memoEdit->setPlaceholderText(tr("Not used by this currency"));
        break;
    }
    m_memoEdit->setAccessibleName(words::IssueText::fieldName(PayoutField::Memo, asset));
    // A memo typed for another currency stays editable so the person can clear it when the
    // validator reports it.
    m_memoEdit->setEnabled(kind != money::MemoKind::None || !m_memoEdit->text().isEmpty());
}

void NewPayoutPage::updateAmountPreview()
{
    const std::optional<money::Asset> asset = selectedAsset();
    const QString text = m_amountEdit->text().trimmed();
    if (!asset || !asset->decimals || text.isEmpty()) {
        m_amountPreview->clear();
        return;
    }
    // The same reading draft() hands the validator; this only shows the canonical text.
    const money::Amount::ParseResult parsed
        = money::Amount::parseEntered(text, *asset->decimals, m_amountEdit->locale());
    if (!parsed.amount || parsed.amount->isZero()) {
        m_amountPreview->clear();
        return;
    }
    m_amountPreview->setText(tr("Sends exactly %1 %2").arg(parsed.amount->toCanonical(), asset->coinName));
}

void NewPayoutPage::checkField(PayoutField field)
{
    m_shownFields.insert(field);
    showIssues(m_desk.validator().validate(draft()));
}

void NewPayoutPage::showIssues(const payout::ValidationResult& result)
{
    const std::optional<money::Asset> asset = selectedAsset();
    for (const FieldRow& row : m_rows) {
        if (!m_shownFields.contains(row.field)) {
            continue;
        }
        const payout::ValidationIssues issues = result.issuesFor(row.field);
        row.issues->showIssues(issues, asset);
        row.input->setAccessibleDescription(row.issues->text());
    }
}

void NewPayoutPage::checkOnline()
{
    const std::optional<money::Asset> asset = selectedAsset();
    if (!asset) {
        checkField(PayoutField::Currency);
        setStatus(tr("Choose a currency first: the online check is per chain."), Tone::Error);
        return;
    }
    if (!m_desk.hasApiKey()) {
        setStatus(tr("No API key is loaded for this profile, so Cregis cannot be asked."), Tone::Error);
        return;
    }
    const payout::PayoutValidator validator = m_desk.validator();
    const payout::ValidationIssues local
        = validator.checkAddress(PayoutField::ToAddress, m_toAddressEdit->text(), true, asset);
    FieldRow& row = m_rows.at(static_cast<std::size_t>(PayoutField::ToAddress));
    m_shownFields.insert(PayoutField::ToAddress);
    const bool localError
        = std::any_of(local.begin(), local.end(), [](const payout::ValidationIssue& issue) { return issue.isError(); });
    if (localError) {
        row.issues->showIssues(local, asset);
        setStatus(tr("Correct the recipient address first; Cregis was not asked."), Tone::Error);
        return;
    }
    m_checkOnlineButton->setEnabled(false);
    setStatus(tr("Asking Cregis about the address…"), Tone::Neutral);
    workflow::OnlineAddressCheck::run(
        m_desk.client(), *asset, payout::PayoutValidator::normalizeAddress(m_toAddressEdit->text()),
        PayoutField::ToAddress, this,
        [this, asset, local](const payout::ValidationIssues& online, const cregis::CregisError& failure) {
            m_checkOnlineButton->setEnabled(true);
            FieldRow& toRow = m_rows.at(static_cast<std::size_t>(PayoutField::ToAddress));
            toRow.issues->showIssues(local + online, asset);
            if (failure.kind != cregis::CregisError::Kind::None) {
                setStatus(tr("The online check could not be done: %1").arg(words::ErrorWords::cregis(failure)),
                          Tone::Error);
            } else if (online.isEmpty()) {
                setStatus(tr("Cregis confirms this is a valid %1 address and not one of the project's own.")
                              .arg(asset->coinName),
                          Tone::Success);
            } else {
                setStatus(tr("Cregis has concerns about this address; see the recipient field."), Tone::Error);
            }
        });
}

void NewPayoutPage::review()
{
    // A dialog that was answered lingers until it is deleted; only one on screen blocks a review.
    if (m_confirmDialog && m_confirmDialog->isVisible()) {
        return;
    }
    const payout::ValidationResult result = m_desk.intake()->review(draft());
    for (const FieldRow& row : m_rows) {
        m_shownFields.insert(row.field);
    }
    showIssues(result);
    if (result.hasErrors() || !result.fields) {
        for (const FieldRow& row : m_rows) {
            if (row.issues->hasError()) {
                row.input->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        setStatus(tr("Correct the marked fields; nothing was queued."), Tone::Error);
        return;
    }

    m_confirmDialog = new ConfirmPayoutDialog(m_desk.profile(), *result.fields, m_confirmationDelayMs, this);
    m_confirmDialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList warnings;
    for (const payout::ValidationIssue& issue : std::as_const(result.issues)) {
        warnings << words::IssueText::text(issue, selectedAsset());
    }
    m_confirmDialog->setWarnings(warnings);
    const QPointer<ConfirmPayoutDialog> dialog = m_confirmDialog;
    connect(m_confirmDialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog) {
            queue(dialog->fields());
        }
    });
    connect(m_confirmDialog, &QDialog::rejected, this, [this] {
        setStatus(tr("Cancelled; nothing was queued or sent."), Tone::Neutral);
        m_toAddressEdit->setFocus(Qt::OtherFocusReason);
    });
    setStatus(QString(), Tone::Neutral);
    m_confirmDialog->open();
}

void NewPayoutPage::queue(const payout::PayoutFields& fields)
{
    const workflow::PayoutIntake::Queued queued = m_desk.intake()->queue(fields, m_desk.actor());
    if (!queued.id) {
        // What was typed stays in the form, so it can be queued again once the store is fixed.
        setStatus(tr("The payout could not be queued, so it will not be sent: %1")
                      .arg(words::ErrorWords::store(queued.error)),
                  Tone::Error);
        return;
    }
    // Queued under its own id: the form is cleared so a second review cannot queue it twice.
    clearForm();
    m_toAddressEdit->setFocus(Qt::OtherFocusReason);
    const QString text = tr("Payout #%1 is queued for approval; someone other than you must approve it "
                            "before it is sent.")
                             .arg(*queued.id);
    setStatus(text, Tone::Pending);
    Q_EMIT statusMessage(text);
}

void NewPayoutPage::setStatus(const QString& text, Tone tone)
{
    showTone(m_submitStatusLabel, text, tone);
}

void NewPayoutPage::clearForm()
{
    for (QLineEdit* edit :
         {m_walletIdEdit, m_fromAddressEdit, m_toAddressEdit, m_amountEdit, m_memoEdit, m_remarkEdit}) {
        edit->clear();
    }
    m_shownFields.clear();
    for (const FieldRow& row : m_rows) {
        row.issues->clearIssues();
        row.input->setAccessibleDescription(QString());
    }
    updateMemoField();
}

} // namespace paydesk::ui
