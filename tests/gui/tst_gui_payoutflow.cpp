// Acceptance test of the payout form: the real MainWindow, driven by object name with simulated
// keys and clicks, against a real cregis-sim process on loopback. A confirmed payout is only
// queued for approval: these tests also check that nothing reaches the simulator.
// Approving and sending are in tst_gui_approvals.

#include "GuiDesk.h"
#include "SimControl.h"

#include "ui/MainWindow.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/newpayout/ConfirmPayoutDialog.h"
#include "ui/newpayout/NewPayoutPage.h"

#include "config/AppPaths.h"
#include "config/ProfileRepository.h"
#include "demo/SimulatorProcess.h"
#include "desk/Desk.h"
#include "store/StoreError.h"
#include "words/ErrorWords.h"
#include "words/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace paydesk;

namespace {

const QByteArray apiKey = "gui-test-key-not-secret";
const QString actor = QStringLiteral("gui-tester");
const QString usdtTrc20 = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString trx = QStringLiteral("195@195");
const QString xrp = QStringLiteral("144@144");
const QString tronAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
// The USDT contract: the simulator is told it is one of the project's own addresses.
const QString ownAddress = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
constexpr int confirmationDelayMs = 200;

// The confirmation dialog while it is on screen, wherever Qt placed it.
ui::ConfirmPayoutDialog* visibleConfirmation()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String("confirmPayoutDialog") && widget->isVisible()) {
            return qobject_cast<ui::ConfirmPayoutDialog*>(widget);
        }
    }
    return nullptr;
}

} // namespace

class TestGuiPayoutFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void badInput_data();
    void badInput();
    void validPayoutIsQueuedNotSent();
    void closingTheConfirmationSendsNothing_data();
    void closingTheConfirmationSendsNothing();
    void keyboardOnly_data();
    void keyboardOnly();
    void inlineCheckOnLeavingAField();
    void withoutKeyThePayoutIsQueued();
    void historySearchFiltersAfterAPause();
    void localeAmountIsQueuedCanonical_data();
    void localeAmountIsQueuedCanonical();
    void lookAlikeRecipientIsWarnedInConfirmation();
    void repeatedPaymentIsWarnedInConfirmation();
    void onlineCheck_data();
    void onlineCheck();
    void demoProfileShowsBanner();
    void settingsSavesProfileAndTestsConnection();
    void settingsRefusesWhatTheCliRefuses_data();
    void settingsRefusesWhatTheCliRefuses();

private:
    // A desk over `profile` and its window; with a key the window's currency list is loaded
    // from the simulator first, unless the gateway is expected to refuse (`coinsExpected`).
    void openWindow(const config::Profile& profile, bool withKey, bool coinsExpected);
    void confirmAndQueue();
    std::optional<payout::Payout> onlyStoredPayout() const;
    // Queues an earlier ETH payout straight through the store; its id.
    std::optional<qint64> queueEarlierEth(const QString& toAddress, const QString& amount);
    // Types an ETH payout into the form and opens its confirmation: the warnings it shows, or a
    // null string when no confirmation opened or it showed none. The dialog is cancelled.
    QString confirmationWarnings(const QString& toAddress, const QString& amount);
    template <typename T> T* widget(const char* objectName) const;
    void chooseCurrency(const QString& currency);
    void type(const char* objectName, const QString& text);
    void fillValidForm(const QString& remark);
    int storedPayouts() const;
    QString profileName() const { return QStringLiteral("GUI test"); }

    std::unique_ptr<GuiDesk> m_gui;
    config::Profile m_profile;
};

void TestGuiPayoutFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As main() does: the English plural forms ("1 payout", "2 payouts").
    paydesk::words::installTranslations(*QCoreApplication::instance());
}

void TestGuiPayoutFlow::init()
{
    m_gui = std::make_unique<GuiDesk>(apiKey, QStringList{QStringLiteral("--inner-address"), ownAddress});
    QVERIFY(m_gui->isReady());
    m_profile = m_gui->profile(profileName());
    openWindow(m_profile, true, true);
}

void TestGuiPayoutFlow::openWindow(const config::Profile& profile, bool withKey, bool coinsExpected)
{
    // The page asks the gateway for its currencies as it starts; wait for them so every test
    // begins from the same list.
    QVERIFY(m_gui->openWindow(actor, profile, withKey));
    m_gui->window().newPayoutPage()->setConfirmationDelayMs(confirmationDelayMs);
    if (withKey && coinsExpected) {
        QSignalSpy catalogue(&m_gui->desk(), &desk::Desk::catalogueChanged);
        QVERIFY(m_gui->desk().catalogue().find(QStringLiteral("607@607")) || catalogue.wait(10000));
    }
}

void TestGuiPayoutFlow::cleanup()
{
    m_gui.reset();
}

template <typename T> T* TestGuiPayoutFlow::widget(const char* objectName) const
{
    return m_gui->widget<T>(objectName);
}

void TestGuiPayoutFlow::chooseCurrency(const QString& currency)
{
    auto* combo = widget<QComboBox>("currencyCombo");
    QVERIFY(combo);
    const int index = combo->findData(currency);
    QVERIFY2(index >= 0, qPrintable(currency));
    combo->setCurrentIndex(index);
}

void TestGuiPayoutFlow::type(const char* objectName, const QString& text)
{
    auto* edit = widget<QLineEdit>(objectName);
    QVERIFY(edit);
    QVERIFY2(edit->isEnabled(), objectName);
    edit->clear();
    for (const QChar character : text) {
        if (character.unicode() < 0x80) {
            QTest::keyClick(edit, character.toLatin1());
        } else {
            // keyClick() only knows Latin-1; a look-alike arrives the way a paste delivers it.
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(character), Qt::NoModifier);
        }
    }
    QCOMPARE(edit->text(), text);
}

void TestGuiPayoutFlow::fillValidForm(const QString& remark)
{
    chooseCurrency(usdtTrc20);
    type("toAddressEdit", tronAddress);
    type("amountEdit", QStringLiteral("1.5"));
    type("remarkEdit", remark);
}

int TestGuiPayoutFlow::storedPayouts() const
{
    return m_gui->desk().store()->countPayouts(store::PayoutQuery{});
}

void TestGuiPayoutFlow::badInput_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("memo");
    QTest::addColumn<QString>("remark");
    QTest::addColumn<QString>("errorLabel");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty to-address") << usdtTrc20 << QString() << QStringLiteral("1.5") << QString() << QString()
                                      << QStringLiteral("toAddressError")
                                      << QStringLiteral("Recipient address: required");
    QTest::newRow("amount abc") << usdtTrc20 << tronAddress << QStringLiteral("abc") << QString() << QString()
                                << QStringLiteral("amountError") << QStringLiteral("Amount: use digits");
    QTest::newRow("too many decimals") << usdtTrc20 << tronAddress << QStringLiteral("1.1234567") << QString()
                                       << QString() << QStringLiteral("amountError")
                                       << QStringLiteral("Amount: USDT-TRC20 has 6 decimal places");
    QTest::newRow("look-alike letter") << usdtTrc20
                                       << QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F") + QChar(0x0430)
                                       << QStringLiteral("1.5") << QString() << QString()
                                       << QStringLiteral("toAddressError")
                                       << QStringLiteral("Recipient address: contains U+0430 CYRILLIC SMALL LETTER A");
    QTest::newRow("memo on TRX") << trx << tronAddress << QStringLiteral("1.5") << QStringLiteral("12345") << QString()
                                 << QStringLiteral("memoError") << QStringLiteral("Memo: TRX payouts carry no memo");
    QTest::newRow("address checksum") << usdtTrc20 << QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT")
                                      << QStringLiteral("1.5") << QString() << QString()
                                      << QStringLiteral("toAddressError")
                                      << QStringLiteral("Recipient address: the checksum does not match");
    QTest::newRow("EVM address on TRON") << usdtTrc20 << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")
                                         << QStringLiteral("1.5") << QString() << QString()
                                         << QStringLiteral("toAddressError")
                                         << QStringLiteral("Recipient address: this is an address for another network");
    QTest::newRow("amount 1e5") << usdtTrc20 << tronAddress << QStringLiteral("1e5") << QString() << QString()
                                << QStringLiteral("amountError") << QStringLiteral("Amount: use digits");
    // The field has no length limit of its own: the validator reports the overlong remark.
    QTest::newRow("remark too long") << usdtTrc20 << tronAddress << QStringLiteral("1.5") << QString()
                                     << QString(257, u'x') << QStringLiteral("remarkError")
                                     << QStringLiteral("Remark: at most 256 characters");
}

void TestGuiPayoutFlow::badInput()
{
    QFETCH(QString, currency);
    QFETCH(QString, toAddress);
    QFETCH(QString, amount);
    QFETCH(QString, memo);
    QFETCH(QString, remark);
    QFETCH(QString, errorLabel);
    QFETCH(QString, expected);

    if (!memo.isEmpty()) {
        // The memo field opens for a chain that carries one; what was typed stays when the
        // currency changes, and the validator (not the widget) has to refuse it.
        chooseCurrency(xrp);
        type("memoEdit", memo);
    }
    chooseCurrency(currency);
    if (!toAddress.isEmpty()) {
        type("toAddressEdit", toAddress);
    }
    type("amountEdit", amount);
    if (!remark.isEmpty()) {
        type("remarkEdit", remark);
    }

    auto* label = widget<QLabel>(qPrintable(errorLabel));
    QVERIFY(label);
    QVERIFY(!label->isVisible());
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);

    QVERIFY2(label->isVisible(), qPrintable(errorLabel));
    QVERIFY2(label->text().startsWith(expected), qPrintable(label->text()));
    // Only the bad field complains.
    const QStringList labels{QStringLiteral("walletIdError"),    QStringLiteral("currencyError"),
                             QStringLiteral("fromAddressError"), QStringLiteral("toAddressError"),
                             QStringLiteral("amountError"),      QStringLiteral("memoError"),
                             QStringLiteral("remarkError")};
    for (const QString& other : labels) {
        if (other != errorLabel) {
            QVERIFY2(!widget<QLabel>(qPrintable(other))->isVisible(), qPrintable(other));
        }
    }
    QVERIFY(!visibleConfirmation());
    QVERIFY(!m_gui->window().findChild<QDialog*>(QStringLiteral("confirmPayoutDialog")));
    QCOMPARE(storedPayouts(), 0);
    const std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    QVERIFY2(recorded, "the simulator's control endpoint did not answer");
    QCOMPARE(recorded->size(), 0);
}

void TestGuiPayoutFlow::validPayoutIsQueuedNotSent()
{
    const QString remark = QStringLiteral("GUI acceptance payout");
    fillValidForm(remark);
    QCOMPARE(widget<QLabel>("amountPreview")->text(), QStringLiteral("Sends exactly 1.5 USDT-TRC20"));
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);

    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmAmountLabel"))->text(), QStringLiteral("1.5"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmCoinLabel"))->text(), QStringLiteral("USDT-TRC20"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmToAddressLabel"))->text(), tronAddress);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmRemarkLabel"))->text(), remark);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmWalletLabel"))->text(),
             QStringLiteral("project default"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("confirmCurrencyLabel"))->text().contains(usdtTrc20));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("confirmProfileLabel"))->text().contains(profileName()));

    auto* queue = dialog->findChild<QPushButton*>(QStringLiteral("queueButton"));
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    QVERIFY(queue && cancel);
    QVERIFY(cancel->isDefault());
    QVERIFY(!queue->isEnabled());
    QVERIFY2(queue->text().startsWith(QStringLiteral("Queue payout (")), qPrintable(queue->text()));
    QTRY_VERIFY_WITH_TIMEOUT(queue->isEnabled(), 5000);
    QCOMPARE(queue->text(), QStringLiteral("Queue payout"));
    QTest::mouseClick(queue, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    // Stored as confirmed, waiting for a second person.
    const std::optional<payout::Payout> stored = onlyStoredPayout();
    QVERIFY(stored);
    QCOMPARE(stored->state, payout::PayoutState::PendingApproval);
    QCOMPARE(stored->fields.amount.toCanonical(), QStringLiteral("1.5"));
    QCOMPARE(stored->fields.toAddress, tronAddress);
    QCOMPARE(stored->fields.remark, remark);
    QCOMPARE(stored->createdBy, actor);
    QVERIFY(!stored->cid);
    QVERIFY(!stored->thirdPartyId.isEmpty());

    auto* status = widget<QLabel>("submitStatusLabel");
    QCOMPARE(status->text(),
             QStringLiteral("Payout #%1 is queued for approval; someone other than you must approve it "
                            "before it is sent.")
                 .arg(stored->id));
    // Queued: the form is ready for the next payout.
    QCOMPARE(widget<QLineEdit>("toAddressEdit")->text(), QString());
    QCOMPARE(widget<QLineEdit>("amountEdit")->text(), QString());
    QCOMPARE(widget<QLineEdit>("remarkEdit")->text(), QString());
    QVERIFY(widget<QPushButton>("reviewButton")->isEnabled());

    // Nothing reached the simulator, even given time to arrive.
    QTest::qWait(500);
    const std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    QVERIFY2(recorded, "the simulator's control endpoint did not answer");
    QCOMPARE(recorded->size(), 0);

    // History shows it as pending, with no cid and no Cregis status.
    auto* pages = widget<QListWidget>("pageList");
    auto* stack = widget<QStackedWidget>("pageStack");
    QListWidgetItem* historyItem = pages->findItems(QStringLiteral("History"), Qt::MatchExactly).value(0);
    QVERIFY(historyItem);
    QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(historyItem).center());
    QCOMPARE(stack->currentWidget(), m_gui->window().historyPage());
    auto* view = widget<QAbstractItemView>("historyView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ui::HistoryModel::StateColumn).data().toString(),
             QStringLiteral("Pending approval"));
    QCOMPARE(view->model()->index(0, ui::HistoryModel::CidColumn).data().toString(), QString());
    QCOMPARE(view->model()->index(0, ui::HistoryModel::CregisStatusColumn).data().toString(), QString());

    // Everything above was committed: a new desk over the same data directory finds it.
    const QString thirdPartyId = stored->thirdPartyId;
    m_gui->closeWindow();
    desk::Desk reopened(config::AppPaths::resolve(), m_profile, actor);
    store::StoreError error;
    QVERIFY2(reopened.openStore(&error), qPrintable(words::ErrorWords::store(error)));
    const QList<payout::Payout> kept = reopened.store()->payouts(store::PayoutQuery{});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().state, payout::PayoutState::PendingApproval);
    QCOMPARE(kept.first().thirdPartyId, thirdPartyId);
    QCOMPARE(kept.first().fields.amount.toCanonical(), QStringLiteral("1.5"));
}

void TestGuiPayoutFlow::closingTheConfirmationSendsNothing_data()
{
    QTest::addColumn<bool>("byKeyboard");
    QTest::newRow("Cancel clicked") << false;
    // Enter straight after the dialog opens must not queue: Cancel is the default button.
    QTest::newRow("Enter pressed") << true;
}

void TestGuiPayoutFlow::closingTheConfirmationSendsNothing()
{
    QFETCH(bool, byKeyboard);
    fillValidForm(QStringLiteral("not to be sent"));
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);
    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    QVERIFY(dialog);
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    if (byKeyboard) {
        // Wait until Send would be enabled, so Enter really chooses between the two.
        QTRY_VERIFY(dialog->findChild<QPushButton*>(QStringLiteral("queueButton"))->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
    } else {
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Give a (wrongly) sent request time to arrive before looking.
    QTest::qWait(500);
    QCOMPARE(storedPayouts(), 0);
    const std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 0);
    // Nothing typed was lost.
    QCOMPARE(widget<QLineEdit>("toAddressEdit")->text(), tronAddress);
    QCOMPARE(widget<QLineEdit>("amountEdit")->text(), QStringLiteral("1.5"));
    QVERIFY(widget<QLabel>("submitStatusLabel")->text().contains(QStringLiteral("nothing was queued or sent")));
}

void TestGuiPayoutFlow::keyboardOnly_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("order");

    const QStringList withoutMemo{QStringLiteral("currencyCombo"), QStringLiteral("fromAddressEdit"),
                                  QStringLiteral("toAddressEdit"), QStringLiteral("amountEdit"),
                                  QStringLiteral("remarkEdit"),    QStringLiteral("reviewButton")};
    QStringList withMemo = withoutMemo;
    withMemo.insert(withMemo.indexOf(QStringLiteral("remarkEdit")), QStringLiteral("memoEdit"));
    QTest::newRow("USDT-TRC20, no memo") << usdtTrc20 << tronAddress << withoutMemo;
    QTest::newRow("XRP, destination tag") << xrp << QStringLiteral("rPT1Sjq2YGrBMTttX4GZHjKu9dyfzbpAYe") << withMemo;
}

void TestGuiPayoutFlow::keyboardOnly()
{
    QFETCH(QString, currency);
    QFETCH(QString, address);
    QFETCH(QStringList, order);

    chooseCurrency(currency);
    m_gui->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_gui->window()));
    auto* walletId = widget<QLineEdit>("walletIdEdit");
    walletId->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), walletId);

    const QHash<QString, QString> typed{{QStringLiteral("toAddressEdit"), address},
                                        {QStringLiteral("amountEdit"), QStringLiteral("2.25")},
                                        {QStringLiteral("memoEdit"), QStringLiteral("4242")},
                                        {QStringLiteral("remarkEdit"), QStringLiteral("keyboard only")}};
    for (const QString& expected : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget());
        QCOMPARE(QApplication::focusWidget()->objectName(), expected);
        if (typed.contains(expected)) {
            QTest::keyClicks(QApplication::focusWidget(), typed.value(expected));
        }
    }
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmAmountLabel"))->text(), QStringLiteral("2.25"));
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmToAddressLabel"))->text(), address);
    if (order.contains(QStringLiteral("memoEdit"))) {
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmMemoLabel"))->text(), QStringLiteral("4242"));
    }
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(storedPayouts(), 0);
}

void TestGuiPayoutFlow::confirmAndQueue()
{
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);
    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    QVERIFY(dialog);
    auto* queue = dialog->findChild<QPushButton*>(QStringLiteral("queueButton"));
    QTRY_VERIFY_WITH_TIMEOUT(queue->isEnabled(), 5000);
    QTest::mouseClick(queue, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

std::optional<payout::Payout> TestGuiPayoutFlow::onlyStoredPayout() const
{
    const QList<payout::Payout> stored = m_gui->desk().store()->payouts(store::PayoutQuery{});
    return stored.size() == 1 ? std::optional<payout::Payout>(stored.first()) : std::nullopt;
}

std::optional<qint64> TestGuiPayoutFlow::queueEarlierEth(const QString& toAddress, const QString& amount)
{
    payout::PayoutDraft earlier;
    earlier.currency = QStringLiteral("60@60");
    earlier.toAddress = toAddress;
    earlier.amount = amount;
    const payout::ValidationResult checked = m_gui->desk().validator().validate(earlier);
    return checked.fields ? m_gui->desk().store()->addPayout(*checked.fields, actor) : std::nullopt;
}

QString TestGuiPayoutFlow::confirmationWarnings(const QString& toAddress, const QString& amount)
{
    chooseCurrency(QStringLiteral("60@60"));
    type("toAddressEdit", toAddress);
    type("amountEdit", amount);
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);
    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    if (!dialog) {
        return {};
    }
    auto* warnings = dialog->findChild<QLabel*>(QStringLiteral("confirmWarningsLabel"));
    const QString shown = warnings->isVisible() ? warnings->text() : QString();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("cancelButton")), Qt::LeftButton);
    return shown;
}

void TestGuiPayoutFlow::inlineCheckOnLeavingAField()
{
    m_gui->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_gui->window()));
    auto* amount = widget<QLineEdit>("amountEdit");
    auto* amountError = widget<QLabel>("amountError");
    amount->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), amount);
    QTest::keyClicks(amount, QStringLiteral("1,5"));
    QVERIFY(!amountError->isVisible());
    QTest::keyClick(amount, Qt::Key_Tab);
    QTRY_VERIFY(amountError->isVisible());
    QVERIFY2(amountError->text().startsWith(QStringLiteral("Amount: use digits")), qPrintable(amountError->text()));
    // Only the field that was left is judged; the untouched recipient field stays quiet.
    QVERIFY(!widget<QLabel>("toAddressError")->isVisible());

    amount->setFocus(Qt::OtherFocusReason);
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("1.5"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QTRY_VERIFY(!amountError->isVisible());
}

void TestGuiPayoutFlow::withoutKeyThePayoutIsQueued()
{
    // Queueing needs no key: only sending does, later, on the Approvals page.
    openWindow(m_profile, false, false);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(!m_gui->desk().hasApiKey());
    fillValidForm(QStringLiteral("queued without a key"));
    confirmAndQueue();

    auto* status = widget<QLabel>("submitStatusLabel");
    QVERIFY2(status->text().contains(QStringLiteral("is queued for approval")), qPrintable(status->text()));
    const std::optional<payout::Payout> stored = onlyStoredPayout();
    QVERIFY(stored);
    QCOMPARE(stored->state, payout::PayoutState::PendingApproval);
    QCOMPARE(stored->fields.amount.toCanonical(), QStringLiteral("1.5"));
    QCOMPARE(widget<QLineEdit>("toAddressEdit")->text(), QString());
    const std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 0);
}

void TestGuiPayoutFlow::localeAmountIsQueuedCanonical_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("German grouping and comma") << "de_DE" << QString::fromUtf8("1.234,5") << "1234.5";
    QTest::newRow("German plain decimal") << "de_DE"
                                          << "0,25"
                                          << "0.25";
    QTest::newRow("English grouping") << "en_US"
                                      << "1,234.5"
                                      << "1234.5";
    QTest::newRow("pasted spaces") << "en_US"
                                   << "  12.5 "
                                   << "12.5";
}

void TestGuiPayoutFlow::localeAmountIsQueuedCanonical()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    widget<QLineEdit>("amountEdit")->setLocale(QLocale(locale));
    chooseCurrency(usdtTrc20);
    type("toAddressEdit", tronAddress);
    type("amountEdit", typed);
    QTRY_VERIFY(widget<QLabel>("amountPreview")->text().contains(canonical));
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);
    QPointer<ui::ConfirmPayoutDialog> dialog = visibleConfirmation();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("confirmAmountLabel"))->text(), canonical);
    auto* queue = dialog->findChild<QPushButton*>(QStringLiteral("queueButton"));
    QTRY_VERIFY_WITH_TIMEOUT(queue->isEnabled(), 5000);
    QTest::mouseClick(queue, Qt::LeftButton);
    // What is stored (and later signed and sent) is the canonical text.
    const std::optional<payout::Payout> stored = onlyStoredPayout();
    QVERIFY(stored);
    QCOMPARE(stored->fields.amount.toCanonical(), canonical);
    QCOMPARE(stored->state, payout::PayoutState::PendingApproval);
    QCOMPARE(m_gui->sim().payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
}

void TestGuiPayoutFlow::lookAlikeRecipientIsWarnedInConfirmation()
{
    QVERIFY(queueEarlierEth(QStringLiteral("0xab00000000000000000000000000000000001234"), QStringLiteral("0.1")));
    const QString warnings
        = confirmationWarnings(QStringLiteral("0xab99999999999999999999999999999999991234"), QStringLiteral("0.1"));
    QVERIFY(widget<QLabel>("toAddressError")->text().contains(QStringLiteral("looks like another address")));
    QVERIFY2(warnings.contains(QStringLiteral("looks like another address")), qPrintable(warnings));
}

void TestGuiPayoutFlow::repeatedPaymentIsWarnedInConfirmation()
{
    // Defect: the same recipient, currency and amount as a live payout was queued without a word.
    const QString recipient = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const std::optional<qint64> id = queueEarlierEth(recipient, QStringLiteral("0.25"));
    QVERIFY(id);

    // The same account, typed in lower case.
    const QString warnings = confirmationWarnings(recipient.toLower(), QStringLiteral("0.25"));
    const QString named = QStringLiteral("#%1").arg(*id);
    QVERIFY2(widget<QLabel>("toAddressError")->text().contains(named),
             qPrintable(widget<QLabel>("toAddressError")->text()));
    QVERIFY2(warnings.contains(named), qPrintable(warnings));
    QVERIFY2(!warnings.contains(QStringLiteral("looks like another address")), qPrintable(warnings));
}

void TestGuiPayoutFlow::onlineCheck_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("fieldMessage"); // empty: the field shows nothing
    QTest::newRow("valid and not own") << usdtTrc20 << tronAddress << "Cregis confirms"
                                       << "";
    QTest::newRow("project's own address") << usdtTrc20 << ownAddress << "Cregis has concerns"
                                           << "one of the project's own addresses";
    QTest::newRow("local error first") << usdtTrc20 << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT"
                                       << "Cregis was not asked"
                                       << "checksum does not match";
}

void TestGuiPayoutFlow::onlineCheck()
{
    QFETCH(QString, currency);
    QFETCH(QString, address);
    QFETCH(QString, status);
    QFETCH(QString, fieldMessage);
    chooseCurrency(currency);
    type("toAddressEdit", address);
    QTest::mouseClick(widget<QPushButton>("checkOnlineButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("submitStatusLabel")->text().contains(status), 10000);
    auto* error = widget<QLabel>("toAddressError");
    if (fieldMessage.isEmpty()) {
        QVERIFY2(error->text().isEmpty(), qPrintable(error->text()));
    } else {
        QVERIFY2(error->text().contains(fieldMessage), qPrintable(error->text()));
    }
    QCOMPARE(storedPayouts(), 0); // a check never queues anything
}

void TestGuiPayoutFlow::historySearchFiltersAfterAPause()
{
    for (const QString& remark : {QStringLiteral("alpha rent"), QStringLiteral("beta salary")}) {
        payout::PayoutDraft draft;
        draft.currency = usdtTrc20;
        draft.toAddress = tronAddress;
        draft.amount = QStringLiteral("3");
        draft.remark = remark;
        const payout::ValidationResult checked = m_gui->desk().validator().validate(draft);
        QVERIFY(checked.fields);
        QVERIFY(m_gui->desk().store()->addPayout(*checked.fields, actor));
    }
    auto* pages = widget<QListWidget>("pageList");
    QListWidgetItem* historyItem = pages->findItems(QStringLiteral("History"), Qt::MatchExactly).value(0);
    QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(historyItem).center());
    auto* view = widget<QAbstractItemView>("historyView");
    QCOMPARE(view->model()->rowCount(), 2);

    QTest::keyClicks(widget<QLineEdit>("historySearchEdit"), QStringLiteral("BETA"));
    // Debounced: nothing is filtered while the person is still typing.
    QCOMPARE(view->model()->rowCount(), 2);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ui::HistoryModel::RemarkColumn).data().toString(), QStringLiteral("beta salary"));

    const QModelIndex first = view->model()->index(0, ui::HistoryModel::IdColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    const QString thirdPartyId = first.data(ui::HistoryModel::ThirdPartyIdRole).toString();
    QVERIFY(!thirdPartyId.isEmpty());
    QCOMPARE(widget<QLineEdit>("detailThirdPartyId")->text(), thirdPartyId);
    QCOMPARE(widget<QLabel>("detailRemark")->text(), QStringLiteral("beta salary"));

    widget<QLineEdit>("historySearchEdit")->clear();
    QTRY_COMPARE(view->model()->rowCount(), 2);
}

void TestGuiPayoutFlow::demoProfileShowsBanner()
{
    QCOMPARE(m_gui->window().findChild<QLabel*>(QStringLiteral("demoBanner")), nullptr);
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("PayDesk — GUI test"));
    QVERIFY(widget<QLabel>("gatewayStatusLabel")->text().contains(m_profile.baseUrl));
    QVERIFY(widget<QLabel>("actorStatusLabel")->text().contains(actor));

    config::Profile demo = m_profile;
    demo.name = QStringLiteral("Demo");
    demo.demo = true;
    desk::Desk demoDesk(config::AppPaths::resolve(), demo, actor);
    store::StoreError error;
    QVERIFY2(demoDesk.openStore(&error), qPrintable(words::ErrorWords::store(error)));
    ui::MainWindow demoWindow(demoDesk, m_gui->profiles(), m_gui->secrets());
    demoWindow.show();
    QVERIFY(QTest::qWaitForWindowExposed(&demoWindow));
    auto* banner = demoWindow.findChild<QLabel*>(QStringLiteral("demoBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(QStringLiteral("DEMO — payouts go to a local simulator")));
    QCOMPARE(demoWindow.windowTitle(), QStringLiteral("PayDesk — Demo"));
}

void TestGuiPayoutFlow::settingsRefusesWhatTheCliRefuses_data()
{
    // One rule set (config::ProfileValidator) for the dialog and `profile set`: the dialog used to
    // save project id 0, which no Cregis project has.
    QTest::addColumn<QString>("pid");
    QTest::addColumn<QString>("walletId");
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<QString>("teamDatabase");
    QTest::addColumn<QString>("apiKey");
    QTest::addColumn<QString>("said");
    const QString pid = QStringLiteral("1382528827416576");
    QTest::newRow("project id 0") << QStringLiteral("0") << QString() << QString() << QString() << QString()
                                  << QStringLiteral("Project ID (pid): digits only and above zero");
    QTest::newRow("project id beyond 64 bits")
        << QStringLiteral("99999999999999999999") << QString() << QString() << QString() << QString()
        << QStringLiteral("Project ID (pid): digits only and above zero");
    QTest::newRow("wallet id 0") << pid << QStringLiteral("0") << QString() << QString() << QString()
                                 << QStringLiteral("Default wallet ID: digits only, above zero");
    QTest::newRow("callback over http") << pid << QString() << QStringLiteral("http://pay.example.com/cb") << QString()
                                        << QString() << QStringLiteral("Callback URL: use a full https:// address");
    QTest::newRow("callback with a password")
        << pid << QString() << QStringLiteral("https://u:p@pay.example.com/cb") << QString() << QString()
        << QStringLiteral("Callback URL: use a full https:// address");
    QTest::newRow("team database with a password")
        << pid << QString() << QString() << QStringLiteral("postgresql://carol:pw@db.example.com/paydesk") << QString()
        << QStringLiteral("Team database: remove the password from the URL");
    QTest::newRow("team database in clear text")
        << pid << QString() << QString() << QStringLiteral("postgresql://carol@db.example.com/paydesk?sslmode=disable")
        << QString() << QStringLiteral("Team database: a server on another computer is reached over verified TLS");
    // The key is refused whole, as `credentials set` refuses it, and nothing is saved.
    QTest::newRow("a key with a space") << pid << QString() << QString() << QString()
                                        << QStringLiteral("f502a9ac 9ca54327")
                                        << QStringLiteral("The API key holds a space");
    QTest::newRow("a key that is not ASCII")
        << pid << QString() << QString() << QString() << QString::fromUtf8("f502a9ac\u00e99ca5")
        << QStringLiteral("The API key holds a character that is not plain ASCII");
}

void TestGuiPayoutFlow::settingsRefusesWhatTheCliRefuses()
{
    QFETCH(QString, pid);
    QFETCH(QString, walletId);
    QFETCH(QString, callbackUrl);
    QFETCH(QString, teamDatabase);
    QFETCH(QString, apiKey);
    QFETCH(QString, said);
    m_gui->window().findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    QDialog* dialog = m_gui->window().findChild<QDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto type = [dialog](const char* name, const QString& text) {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    type("profileNameEdit", QStringLiteral("Checked"));
    type("baseUrlEdit", m_gui->simUrl().toString());
    type("pidEdit", pid);
    type("defaultWalletEdit", walletId);
    type("callbackUrlEdit", callbackUrl);
    type("teamDatabaseEdit", teamDatabase);
    // A key is pasted, as people enter one.
    auto* keyEdit = dialog->findChild<QLineEdit*>(QStringLiteral("apiKeyEdit"));
    QVERIFY(keyEdit);
    keyEdit->clear();
    keyEdit->insert(apiKey);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton")), Qt::LeftButton);
    const QString status = dialog->findChild<QLabel*>(QStringLiteral("saveStatusLabel"))->text();
    QVERIFY2(status.startsWith(said), qPrintable(status));
    QVERIFY(!m_gui->profiles().find(QStringLiteral("Checked")));
    dialog->reject();
}

void TestGuiPayoutFlow::settingsSavesProfileAndTestsConnection()
{
    auto* action = m_gui->window().findChild<QAction*>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->trigger();
    QDialog* dialog = m_gui->window().findChild<QDialog*>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const auto field = [dialog](const char* name) {
        return dialog->findChild<QLineEdit*>(QLatin1String(name));
    };
    QCOMPARE(field("apiKeyEdit")->echoMode(), QLineEdit::Password);

    QTest::keyClicks(field("profileNameEdit"), QStringLiteral("Live"));
    QTest::keyClicks(field("baseUrlEdit"), QStringLiteral("http://gateway.example.com"));
    QTest::keyClicks(field("pidEdit"), QStringLiteral("1382528827416576"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* saveStatus = dialog->findChild<QLabel*>(QStringLiteral("saveStatusLabel"));
    QVERIFY2(saveStatus->text().startsWith(QStringLiteral("Gateway URL:")), qPrintable(saveStatus->text()));
    QVERIFY(!m_gui->profiles().find(QStringLiteral("Live")));

    field("baseUrlEdit")->clear();
    QTest::keyClicks(field("baseUrlEdit"), m_gui->simUrl().toString());
    QTest::keyClicks(field("apiKeyEdit"), QString::fromLatin1(apiKey));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    auto* connection = dialog->findChild<QLabel*>(QStringLiteral("connectionStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Connected: ")), 10000);
    QVERIFY2(connection->text().endsWith(QStringLiteral("payout currencies")), qPrintable(connection->text()));

    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(m_gui->profiles().find(QStringLiteral("Live")));
    const std::optional<config::Profile> saved = m_gui->profiles().find(QStringLiteral("Live"));
    QVERIFY(saved);
    // Stored under an entry bound to the profile's gateway, pid and data folder.
    QTRY_VERIFY(m_gui->secrets().contains(config::keychainAccount(*saved, m_gui->desk().paths())));
    QCOMPARE(saved->pid, 1382528827416576);
    QCOMPARE(saved->baseUrl, m_gui->simUrl().toString());
    // The key went to the keychain only, and the field does not show it again.
    QCOMPARE(field("apiKeyEdit")->text(), QString());
    QTRY_COMPARE(field("apiKeyEdit")->placeholderText(), QStringLiteral("stored in the system keychain"));
    QVERIFY(!m_gui->settings().allKeys().join(u' ').contains(QString::fromLatin1(apiKey)));

    // A wrong key is refused by the gateway, in words.
    QTest::keyClicks(field("apiKeyEdit"), QStringLiteral("wrong-key"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("Cregis refused")), 10000);
    dialog->reject();
}

QTEST_MAIN(TestGuiPayoutFlow)
#include "tst_gui_payoutflow.moc"
