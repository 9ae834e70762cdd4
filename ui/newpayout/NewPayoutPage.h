#pragma once

#include "desk/Desk.h"
#include "money/Asset.h"
#include "payout/PayoutDraft.h"
#include "payout/PayoutValidator.h"
#include "ui/widgets/Tone.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace paydesk::ui {

class ConfirmPayoutDialog;
class IssueLabel;

// The "New payout" task: a form that only edits a PayoutDraft, shows what PayoutValidator says
// about it, and hands a checked payout to the confirmation dialog and then to the approval
// queue. Nothing is sent from here: someone else approves it on the Approvals page first.
class NewPayoutPage : public QWidget
{
    Q_OBJECT

public:
    explicit NewPayoutPage(desk::Desk& desk, QWidget* parent = nullptr);

    // How long "Queue payout" stays locked in the confirmation; tests use a short one.
    void setConfirmationDelayMs(int delayMs) { m_confirmationDelayMs = delayMs; }

    // Merges the gateway's currencies into the list; run at start and whenever a key is loaded.
    void refreshCoins();

    payout::PayoutDraft draft() const;

Q_SIGNALS:
    // A message for the window's status bar.
    void statusMessage(const QString& text);

private:
    struct FieldRow
    {
        payout::PayoutField field = payout::PayoutField::WalletId;
        QWidget* input = nullptr;
        IssueLabel* issues = nullptr;
    };

    void buildForm();
    void populateCurrencies();
    std::optional<money::Asset> selectedAsset() const;
    void handleCurrencyChanged();
    void updateMemoField();
    void updateAmountPreview();
    QString enteredAmountText() const;
    void checkField(payout::PayoutField field);
    void showIssues(const payout::ValidationResult& result);
    void review();
    void checkOnline();
    void queue(const payout::PayoutFields& fields);
    void setStatus(const QString& text, Tone tone);
    void clearForm();

    desk::Desk& m_desk;
    QWidget* m_form;
    QLineEdit* m_walletIdEdit;
    QComboBox* m_currencyCombo;
    QLineEdit* m_fromAddressEdit;
    QLineEdit* m_toAddressEdit;
    QLineEdit* m_amountEdit;
    QLabel* m_amountPreview;
    QPushButton* m_checkOnlineButton;
    QLabel* m_memoLabel;
    QLineEdit* m_memoEdit;
    QLineEdit* m_remarkEdit;
    QPushButton* m_reviewButton;
    QLabel* m_submitStatusLabel;
    std::array<FieldRow, 7> m_rows;
    // Fields whose messages are on screen: they are refreshed on every later check, so a fixed
    // value clears its message and a currency change updates the amount's.
    QSet<payout::PayoutField> m_shownFields;
    QPointer<ConfirmPayoutDialog> m_confirmDialog;
    int m_confirmationDelayMs;
};

} // namespace paydesk::ui
