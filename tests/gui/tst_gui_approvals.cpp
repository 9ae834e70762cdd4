// Acceptance test of four eyes in the window: payouts queued by one person are approved by
// another on the Approvals page, sent from there and followed in History, all against a real
// cregis-sim process on loopback. Windows are driven by object name, mostly by keyboard.

#include "GuiDesk.h"
#include "SimControl.h"

#include "ui/MainWindow.h"
#include "ui/approvals/ApprovalQueueModel.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"
#include "ui/history/StatusRefresher.h"
#include "ui/newpayout/ConfirmPayoutDialog.h"
#include "ui/newpayout/NewPayoutPage.h"

#include "config/AppPaths.h"
#include "config/ProfileRepository.h"
#include "demo/SimulatorProcess.h"
#include "desk/Desk.h"
#include "words/ErrorWords.h"
#include "words/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace paydesk;
using payout::PayoutState;

namespace {

const QByteArray apiKey = "gui-approvals-key-not-secret";
constexpr qint64 simPid = 1382528827416576;
const QString alice = QStringLiteral("alice");
const QString bob = QStringLiteral("bob");
const QString carol = QStringLiteral("carol");
const QString usdtTrc20 = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString tronAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
constexpr int confirmationDelayMs = 200;
// How long the simulator holds an answer when its `delay` fault is armed.
constexpr int simDelayMs = 1500;

// A dialog of this name while it is on screen, wherever Qt placed it.
template <typename T = QDialog> T* visibleDialog(const QString& objectName)
{
    return GuiDesk::visibleDialog<T>(objectName);
}

// The row of `model` whose cid is `cid`, or -1.
int rowWithCid(const QAbstractItemModel* model, qint64 cid)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariant value = model->index(row, ui::HistoryModel::CidColumn).data(ui::HistoryModel::CidRole);
        if (value.isValid() && value.toLongLong() == cid) {
            return row;
        }
    }
    return -1;
}

// A key as a person presses it: delivered to whatever has the keyboard focus.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "no widget has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

} // namespace

class TestGuiApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void approveAndSendByKeyboard();
    void creatorCannotApprove();
    void rejectNeedsReasonAndIsFinal();
    void cancelByCreatorIsFinal();
    void thresholdNeedsTwoApprovers();
    void windowTitleCountsWaitingPayouts();
    void lookAlikeWarningShownBeforeApproval();
    void refusalIsSummarised();
    void noAnswerIsSummarised();
    void cancellingTheSendStopsBetweenPayouts();
    void reconcileFindsOrAsks();
    void demoNewcomerPlaysEveryPart();
    void realProfileCannotSwitchPerson();

private:
    // A desk acting as `actor` over the test's data directory, and its window.
    void openWindowAs(const QString& actor, const config::Profile& profile);
    void openWindowAs(const QString& actor) { openWindowAs(actor, m_profile); }
    // Queued through the real form of the open window (as its actor).
    qint64 queueThroughForm(const QString& amount, const QString& remark);
    // Queued straight into the store, as `creator`.
    qint64 queueAs(const QString& creator, const QString& amount, const QString& remark,
                   const QString& toAddress = tronAddress, const QString& currency = usdtTrc20);
    void showApprovalsPage();
    void selectRows(const QList<int>& rows);
    void approveSelectedAndConfirm();
    void sendAllAndConfirm();
    std::optional<payout::Payout> stored(qint64 id) const { return m_gui->desk().store()->payout(id); }
    template <typename T> T* widget(const char* objectName) const;
    ui::ApprovalQueueModel* queue() const { return m_gui->window().approvalsPage()->model(); }
    QString statusText() const { return widget<QLabel>("approvalsStatusLabel")->text(); }
    int simRecorded();
    QString profileName() const { return QStringLiteral("GUI test"); }

    std::unique_ptr<GuiDesk> m_gui;
    config::Profile m_profile;
};

void TestGuiApprovals::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As main() does: the English plural forms ("1 payout", "2 payouts").
    paydesk::words::installTranslations(*QCoreApplication::instance());
}

void TestGuiApprovals::init()
{
    m_gui = std::make_unique<GuiDesk>(apiKey, QStringList{QStringLiteral("--delay-ms"), QString::number(simDelayMs)});
    QVERIFY(m_gui->isReady());
    m_profile = m_gui->profile(profileName());
}

void TestGuiApprovals::cleanup()
{
    m_gui.reset();
}

void TestGuiApprovals::openWindowAs(const QString& actor, const config::Profile& profile)
{
    QVERIFY(m_gui->openWindow(actor, profile));
    m_gui->window().newPayoutPage()->setConfirmationDelayMs(confirmationDelayMs);
    // The tests refresh statuses themselves and count the simulator's steps; a timed poll in
    // between would take one of them.
    m_gui->window().historyPage()->statusRefresher()->setIntervalMs(60 * 60 * 1000);
    m_gui->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_gui->window()));
}

template <typename T> T* TestGuiApprovals::widget(const char* objectName) const
{
    return m_gui->widget<T>(objectName);
}

int TestGuiApprovals::simRecorded()
{
    const std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    // A failed read must not pass for "nothing sent".
    return recorded ? static_cast<int>(recorded->size()) : -1;
}

qint64 TestGuiApprovals::queueThroughForm(const QString& amount, const QString& remark)
{
    auto* combo = widget<QComboBox>("currencyCombo");
    combo->setCurrentIndex(combo->findData(usdtTrc20));
    widget<QLineEdit>("toAddressEdit")->setText(tronAddress);
    widget<QLineEdit>("amountEdit")->setText(amount);
    widget<QLineEdit>("remarkEdit")->setText(remark);
    QTest::mouseClick(widget<QPushButton>("reviewButton"), Qt::LeftButton);
    QPointer<ui::ConfirmPayoutDialog> dialog
        = visibleDialog<ui::ConfirmPayoutDialog>(QStringLiteral("confirmPayoutDialog"));
    if (!dialog) {
        qWarning("no confirmation: %s", qPrintable(widget<QLabel>("submitStatusLabel")->text()));
        return -1;
    }
    auto* queueButton = dialog->findChild<QPushButton*>(QStringLiteral("queueButton"));
    if (!QTest::qWaitFor([queueButton] { return queueButton->isEnabled(); }, 5000)) {
        return -1;
    }
    QTest::mouseClick(queueButton, Qt::LeftButton);
    const QString status = widget<QLabel>("submitStatusLabel")->text();
    const qsizetype hash = status.indexOf(u'#');
    return hash < 0 ? -1 : status.mid(hash + 1).section(u' ', 0, 0).toLongLong();
}

qint64 TestGuiApprovals::queueAs(const QString& creator, const QString& amount, const QString& remark,
                                 const QString& toAddress, const QString& currency)
{
    payout::PayoutDraft draft;
    draft.currency = currency;
    draft.toAddress = toAddress;
    draft.amount = amount;
    draft.remark = remark;
    const payout::ValidationResult checked = m_gui->desk().validator().validate(draft);
    if (!checked.fields) {
        qWarning("draft for %s did not validate", qPrintable(remark));
        return -1;
    }
    return m_gui->desk().store()->addPayout(*checked.fields, creator).value_or(-1);
}

void TestGuiApprovals::showApprovalsPage()
{
    auto* pages = widget<QListWidget>("pageList");
    pages->setCurrentRow(pages->row(pages->findItems(QStringLiteral("Approvals"), Qt::MatchExactly).value(0)));
    QCOMPARE(widget<QStackedWidget>("pageStack")->currentWidget(), m_gui->window().approvalsPage());
}

void TestGuiApprovals::selectRows(const QList<int>& rows)
{
    auto* view = widget<QAbstractItemView>("approvalQueueView");
    view->clearSelection();
    for (const int row : rows) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (!rows.isEmpty()) {
        view->selectionModel()->setCurrentIndex(view->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    }
    view->setFocus(Qt::OtherFocusReason);
}

void TestGuiApprovals::approveSelectedAndConfirm()
{
    QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
    QDialog* dialog = visibleDialog(QStringLiteral("approveConfirmDialog"));
    QVERIFY2(dialog, qPrintable(statusText()));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmApproveButton")), Qt::LeftButton);
    QTRY_VERIFY(!visibleDialog(QStringLiteral("approveConfirmDialog")));
}

void TestGuiApprovals::sendAllAndConfirm()
{
    widget<QAbstractItemView>("approvalQueueView")->clearSelection();
    QTest::mouseClick(widget<QPushButton>("sendApprovedButton"), Qt::LeftButton);
    QDialog* dialog = visibleDialog(QStringLiteral("sendConfirmDialog"));
    QVERIFY2(dialog, qPrintable(statusText()));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmSendButton")), Qt::LeftButton);
}

void TestGuiApprovals::approveAndSendByKeyboard()
{
    // Alice queues two payouts through the form.
    openWindowAs(alice);
    const qint64 first = queueThroughForm(QStringLiteral("1.5"), QStringLiteral("rent"));
    const qint64 second = queueThroughForm(QStringLiteral("2.25"), QStringLiteral("salary"));
    QVERIFY(first > 0 && second > 0);
    QCOMPARE(stored(first)->state, PayoutState::PendingApproval);
    QCOMPARE(simRecorded(), 0);

    // Bob opens PayDesk on the same data and finds them waiting for him.
    openWindowAs(bob);
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("PayDesk — GUI test (2 waiting for your approval)"));

    // Keyboard only from here: the task list, the queue, the shortcut, the confirmation.
    auto* pages = widget<QListWidget>("pageList");
    QTRY_COMPARE(QApplication::focusWidget(), pages);
    press(Qt::Key_Down);
    QCOMPARE(widget<QStackedWidget>("pageStack")->currentWidget(), m_gui->window().approvalsPage());
    press(Qt::Key_Tab);
    auto* view = widget<QAbstractItemView>("approvalQueueView");
    QCOMPARE(QApplication::focusWidget(), view);
    press(Qt::Key_Home);
    press(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
    // The detail shows the current row exactly as it will be sent.
    const QString detail = widget<QTextEdit>("approvalDetail")->toPlainText();
    QVERIFY2(detail.contains(tronAddress), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("2.25 USDT-TRC20")), qPrintable(detail));
    QVERIFY2(detail.contains(stored(second)->thirdPartyId), qPrintable(detail));

    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<QDialog> approveDialog = visibleDialog(QStringLiteral("approveConfirmDialog"));
    QVERIFY2(approveDialog, qPrintable(statusText()));
    QCOMPARE(approveDialog->findChild<QLabel*>(QStringLiteral("batchTotalsLabel"))->text(),
             QStringLiteral("3.75 USDT-TRC20 (2 payouts)"));
    QCOMPARE(approveDialog->findChild<QLabel*>(QStringLiteral("batchCountLabel"))->text(),
             QStringLiteral("2 payouts, in total:"));
    auto* cancel = approveDialog->findChild<QPushButton*>(QStringLiteral("batchCancelButton"));
    QVERIFY(cancel->isDefault());
    QTRY_COMPARE(QApplication::focusWidget(), cancel);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("confirmApproveButton"));
    press(Qt::Key_Space);
    QTRY_VERIFY(!approveDialog || !approveDialog->isVisible());

    QCOMPARE(stored(first)->state, PayoutState::Approved);
    QCOMPARE(stored(second)->state, PayoutState::Approved);
    QCOMPARE(stored(first)->approvedBy, bob);
    QVERIFY2(statusText().startsWith(QStringLiteral("Approved #%1, #%2").arg(first).arg(second)),
             qPrintable(statusText()));
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("PayDesk — GUI test"));
    QCOMPARE(simRecorded(), 0); // approving sends nothing

    // Send them, still by keyboard. The offscreen platform has no window manager to give the
    // window back its activation when a dialog closes; a desktop does that itself.
    m_gui->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_gui->window()));
    QTRY_COMPARE(QApplication::focusWidget(), view);
    press(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<QDialog> sendDialog = visibleDialog(QStringLiteral("sendConfirmDialog"));
    QVERIFY2(sendDialog, qPrintable(statusText()));
    QCOMPARE(sendDialog->findChild<QLabel*>(QStringLiteral("batchTotalsLabel"))->text(),
             QStringLiteral("3.75 USDT-TRC20 (2 payouts)"));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("batchCancelButton"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("confirmSendButton"));
    press(Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Sent 2 payouts to Cregis")), 15000);
    QVERIFY(!visibleDialog<QProgressDialog>(QStringLiteral("sendProgressDialog")));
    m_gui->window().activateWindow(); // as a window manager would once the progress dialog is gone
    QVERIFY(QTest::qWaitForWindowActive(&m_gui->window()));

    // The simulator recorded both, and History shows them by cid as Submitted.
    std::optional<QJsonArray> recorded = m_gui->sim().payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 2);
    QList<qint64> cids;
    for (const QJsonValue& entry : std::as_const(*recorded)) {
        bool ok = false;
        cids << entry.toObject().value(QStringLiteral("cid")).toString().toLongLong(&ok);
        QVERIFY(ok);
    }
    QCOMPARE(stored(first)->cid, std::optional<qint64>(cids.at(0)));
    QCOMPARE(stored(second)->cid, std::optional<qint64>(cids.at(1)));
    QCOMPARE(queue()->rowCount(), 0); // sent payouts leave the queue

    pages->setFocus(Qt::OtherFocusReason);
    press(Qt::Key_Down);
    QCOMPARE(widget<QStackedWidget>("pageStack")->currentWidget(), m_gui->window().historyPage());
    auto* history = widget<QAbstractItemView>("historyView");
    for (const qint64 cid : std::as_const(cids)) {
        const int row = rowWithCid(history->model(), cid);
        QVERIFY(row >= 0);
        QCOMPARE(history->model()->index(row, ui::HistoryModel::StateColumn).data().toString(),
                 QStringLiteral("Submitted"));
        QCOMPARE(history->model()->index(row, ui::HistoryModel::CregisStatusColumn).data().toString(), QString());
    }

    // Each refresh asks Cregis once per payout; the simulator moves one step per question.
    auto* refresh = widget<QPushButton>("refreshStatusesButton");
    QVERIFY(refresh->isEnabled());
    QSignalSpy refreshed(m_gui->window().historyPage()->statusRefresher(), &ui::StatusRefresher::refreshFinished);
    const QStringList expected{QStringLiteral("Awaiting signature"), QStringLiteral("Broadcasting"),
                               QStringLiteral("Paid")};
    for (const QString& status : expected) {
        const qsizetype before = refreshed.size();
        if (status == expected.first()) {
            press(Qt::Key_F5); // the page's shortcut, from wherever the focus is
        } else {
            refresh->setFocus(Qt::OtherFocusReason);
            press(Qt::Key_Space);
        }
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before, 10000);
        for (const qint64 cid : std::as_const(cids)) {
            const int row = rowWithCid(history->model(), cid);
            QCOMPARE(history->model()->index(row, ui::HistoryModel::CregisStatusColumn).data().toString(), status);
            // PayDesk's own state stays apart from Cregis's status.
            QCOMPARE(history->model()->index(row, ui::HistoryModel::StateColumn).data().toString(),
                     QStringLiteral("Submitted"));
        }
    }
    QCOMPARE(stored(first)->cregisStatus, std::optional<int>(6));
    QVERIFY2(widget<QLabel>("refreshStatusLabel")->text().contains(QStringLiteral("2 payouts changed")),
             qPrintable(widget<QLabel>("refreshStatusLabel")->text()));
    QCOMPARE(simRecorded(), 2); // followed, never sent again
}

void TestGuiApprovals::creatorCannotApprove()
{
    openWindowAs(alice);
    const qint64 first = queueAs(alice, QStringLiteral("1.5"), QStringLiteral("own one"));
    const qint64 second = queueAs(alice, QStringLiteral("2"), QStringLiteral("own two"));
    QVERIFY(first > 0 && second > 0);
    showApprovalsPage();
    // Her queue is other people's payouts: her own are not in it.
    QCOMPARE(queue()->rowCount(), 0);
    // Listed on request (to cancel them), and still not hers to approve.
    QTest::mouseClick(widget<QCheckBox>("showOwnPayoutsCheck"), Qt::LeftButton);
    QCOMPARE(queue()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(queue()->index(row, ui::ApprovalQueueModel::CreatedByColumn).data().toString(),
                 QStringLiteral("alice (yours)"));
        QVERIFY(queue()->index(row, 0).data(ui::ApprovalQueueModel::IsOwnRole).toBool());
    }
    // Her own payouts are nothing she can approve.
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("PayDesk — GUI test"));

    selectRows({0, 1});
    press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!visibleDialog(QStringLiteral("approveConfirmDialog")));
    QVERIFY2(statusText().contains(QStringLiteral("#%1 is yours: someone other than you must approve it").arg(first)),
             qPrintable(statusText()));
    QVERIFY2(statusText().endsWith(QStringLiteral("Nothing was approved.")), qPrintable(statusText()));
    for (const qint64 id : {first, second}) {
        QCOMPARE(stored(id)->state, PayoutState::PendingApproval);
        QCOMPARE(m_gui->desk().approvalStore()->validApprovalCount(id, store::ApprovalRequirement{}), 0);
    }
    QCOMPARE(queue()->index(0, ui::ApprovalQueueModel::ApprovalsColumn).data().toString(), QStringLiteral("0 of 1"));

    // Past the window, the store refuses it too, in words the page would show.
    QVERIFY(!m_gui->desk().approvals()->approve(first, alice));
    const workflow::DecisionError& refusal = m_gui->desk().approvals()->lastError();
    QCOMPARE(refusal.kind, workflow::DecisionError::Kind::Store);
    QCOMPARE(refusal.store.problem, store::StoreProblem::CreatorCannotApprove);
    QVERIFY2(words::ErrorWords::decision(refusal).contains(QStringLiteral("cannot also approve")),
             qPrintable(words::ErrorWords::decision(refusal)));
    QCOMPARE(stored(first)->state, PayoutState::PendingApproval);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::rejectNeedsReasonAndIsFinal()
{
    openWindowAs(bob);
    const qint64 id = queueAs(alice, QStringLiteral("7"), QStringLiteral("to be rejected"));
    QVERIFY(id > 0);
    showApprovalsPage();
    QCOMPARE(queue()->rowCount(), 1);
    selectRows({0});
    QTest::mouseClick(widget<QPushButton>("rejectButton"), Qt::LeftButton);
    QPointer<QDialog> dialog = visibleDialog(QStringLiteral("rejectDialog"));
    QVERIFY(dialog);
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("rejectReasonEdit"));
    auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmRejectButton"));
    QVERIFY(reason && ok);
    QTRY_COMPARE(QApplication::focusWidget(), reason);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(reason, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    press(Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(stored(id)->state, PayoutState::PendingApproval);

    QTest::keyClicks(reason, QStringLiteral("wrong recipient"));
    QVERIFY(ok->isEnabled());
    press(Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(stored(id)->state, PayoutState::Rejected);
    QVERIFY2(statusText().startsWith(QStringLiteral("Rejected #%1 (“wrong recipient”)").arg(id)),
             qPrintable(statusText()));
    QCOMPARE(queue()->rowCount(), 0);

    // Final: nobody can approve it afterwards, and there is nothing to send.
    QVERIFY(!m_gui->desk().approvals()->approve(id, carol));
    QCOMPARE(stored(id)->state, PayoutState::Rejected);
    QTest::mouseClick(widget<QPushButton>("sendApprovedButton"), Qt::LeftButton);
    QVERIFY(!visibleDialog(QStringLiteral("sendConfirmDialog")));
    QCOMPARE(statusText(), QStringLiteral("There are no approved payouts to send."));
    QTest::qWait(200);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::cancelByCreatorIsFinal()
{
    openWindowAs(alice);
    const qint64 own = queueAs(alice, QStringLiteral("3"), QStringLiteral("mine"));
    const qint64 others = queueAs(bob, QStringLiteral("4"), QStringLiteral("bob's"));
    QVERIFY(own > 0 && others > 0);
    showApprovalsPage();
    QTest::mouseClick(widget<QCheckBox>("showOwnPayoutsCheck"), Qt::LeftButton);

    // Someone else's payout is not hers to cancel.
    selectRows({queue()->rowOf(others)});
    QTest::mouseClick(widget<QPushButton>("cancelPayoutButton"), Qt::LeftButton);
    QVERIFY(!visibleDialog(QStringLiteral("cancelPayoutConfirmDialog")));
    QVERIFY2(statusText().contains(QStringLiteral("only its creator can cancel it")), qPrintable(statusText()));
    QCOMPARE(stored(others)->state, PayoutState::PendingApproval);

    // Enter keeps the payout: Keep is the default.
    selectRows({queue()->rowOf(own)});
    QTest::mouseClick(widget<QPushButton>("cancelPayoutButton"), Qt::LeftButton);
    QPointer<QMessageBox> box = visibleDialog<QMessageBox>(QStringLiteral("cancelPayoutConfirmDialog"));
    QVERIFY(box);
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("keepPayoutButton"));
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(stored(own)->state, PayoutState::PendingApproval);

    selectRows({queue()->rowOf(own)});
    QTest::mouseClick(widget<QPushButton>("cancelPayoutButton"), Qt::LeftButton);
    box = visibleDialog<QMessageBox>(QStringLiteral("cancelPayoutConfirmDialog"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmCancelPayoutButton")), Qt::LeftButton);
    QTRY_VERIFY(!box || !box->isVisible());
    QCOMPARE(stored(own)->state, PayoutState::Cancelled);
    QVERIFY2(statusText().startsWith(QStringLiteral("Cancelled #%1").arg(own)), qPrintable(statusText()));
    QCOMPARE(queue()->rowOf(own), -1);

    // Final: a second person cannot bring it back by approving it.
    QVERIFY(!m_gui->desk().approvals()->approve(own, bob));
    QCOMPARE(stored(own)->state, PayoutState::Cancelled);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::thresholdNeedsTwoApprovers()
{
    openWindowAs(alice);
    workflow::ApprovalPolicy policy;
    policy.approvalsRequired = 1;
    policy.thresholds = {{usdtTrc20, *money::Amount::parse(QStringLiteral("1000"), 6).amount, 2}};
    m_gui->desk().setPolicy(policy);
    const qint64 large = queueThroughForm(QStringLiteral("1500"), QStringLiteral("large"));
    const qint64 small = queueThroughForm(QStringLiteral("10"), QStringLiteral("small"));
    QVERIFY(large > 0 && small > 0);

    // Bob's desk reads the same policy from the profile's settings.
    openWindowAs(bob);
    showApprovalsPage();
    QCOMPARE(queue()->index(queue()->rowOf(large), ui::ApprovalQueueModel::ApprovalsColumn).data().toString(),
             QStringLiteral("0 of 2"));
    QCOMPARE(queue()->index(queue()->rowOf(small), ui::ApprovalQueueModel::ApprovalsColumn).data().toString(),
             QStringLiteral("0 of 1"));
    selectRows({queue()->rowOf(large)});
    approveSelectedAndConfirm();
    QCOMPARE(stored(large)->state, PayoutState::PendingApproval);
    QCOMPARE(queue()->index(queue()->rowOf(large), ui::ApprovalQueueModel::ApprovalsColumn).data().toString(),
             QStringLiteral("1 of 2"));
    QVERIFY2(statusText().contains(QStringLiteral("needs another approver")), qPrintable(statusText()));
    QVERIFY2(widget<QTextEdit>("approvalDetail")->toPlainText().contains(QStringLiteral("1 of 2")),
             qPrintable(widget<QTextEdit>("approvalDetail")->toPlainText()));
    QVERIFY2(widget<QTextEdit>("approvalDetail")->toPlainText().contains(QStringLiteral("by bob")),
             qPrintable(widget<QTextEdit>("approvalDetail")->toPlainText()));
    // Bob has done his part on the large payout: only the small one still waits for him.
    QVERIFY2(m_gui->window().windowTitle().endsWith(QStringLiteral("(1 waiting for your approval)")),
             qPrintable(m_gui->window().windowTitle()));

    // A second approval by the same person does not count twice.
    selectRows({queue()->rowOf(large)});
    approveSelectedAndConfirm();
    QVERIFY2(statusText().contains(QStringLiteral("already approved")), qPrintable(statusText()));
    QCOMPARE(stored(large)->state, PayoutState::PendingApproval);

    openWindowAs(carol);
    showApprovalsPage();
    selectRows({queue()->rowOf(large)});
    approveSelectedAndConfirm();
    QCOMPARE(stored(large)->state, PayoutState::Approved);
    QCOMPARE(queue()->index(queue()->rowOf(large), ui::ApprovalQueueModel::ApprovalsColumn).data().toString(),
             QStringLiteral("2 of 2"));
    QVERIFY2(statusText().startsWith(QStringLiteral("Approved #%1").arg(large)), qPrintable(statusText()));
    QCOMPARE(stored(small)->state, PayoutState::PendingApproval);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::windowTitleCountsWaitingPayouts()
{
    openWindowAs(bob);
    const QString plain = QStringLiteral("PayDesk — GUI test");
    QCOMPARE(m_gui->window().windowTitle(), plain);
    const qint64 first = queueAs(alice, QStringLiteral("1"), QStringLiteral("one"));
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("%1 (1 waiting for your approval)").arg(plain));
    const qint64 second = queueAs(carol, QStringLiteral("2"), QStringLiteral("two"));
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("%1 (2 waiting for your approval)").arg(plain));
    // His own payout waits for someone else, not for him.
    QVERIFY(queueAs(bob, QStringLiteral("3"), QStringLiteral("his")) > 0);
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("%1 (2 waiting for your approval)").arg(plain));

    showApprovalsPage();
    selectRows({queue()->rowOf(first)});
    approveSelectedAndConfirm();
    QCOMPARE(m_gui->window().windowTitle(), QStringLiteral("%1 (1 waiting for your approval)").arg(plain));
    QVERIFY(m_gui->desk().approvals()->cancel(second, carol));
    QCOMPARE(m_gui->window().windowTitle(), plain);
}

void TestGuiApprovals::lookAlikeWarningShownBeforeApproval()
{
    openWindowAs(bob);
    const QString eth = QStringLiteral("60@60");
    QVERIFY(queueAs(alice, QStringLiteral("0.1"), QStringLiteral("earlier"),
                    QStringLiteral("0xab00000000000000000000000000000000001234"), eth)
            > 0);
    const qint64 suspicious = queueAs(alice, QStringLiteral("0.1"), QStringLiteral("suspicious"),
                                      QStringLiteral("0xab99999999999999999999999999999999991234"), eth);
    QVERIFY(suspicious > 0);
    showApprovalsPage();
    selectRows({queue()->rowOf(suspicious)});
    const QString detail = widget<QTextEdit>("approvalDetail")->toPlainText();
    QVERIFY2(detail.contains(QStringLiteral("looks like another address")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("0xab99999999999999999999999999999999991234")), qPrintable(detail));
    QCOMPARE(stored(suspicious)->state, PayoutState::PendingApproval); // looking approves nothing
}

void TestGuiApprovals::refusalIsSummarised()
{
    // The simulator knows only its own project id: Cregis refuses with E0003.
    config::Profile otherProject = m_profile;
    otherProject.pid = 42;
    openWindowAs(bob, otherProject);
    const qint64 id = queueAs(alice, QStringLiteral("1.5"), QStringLiteral("refused"));
    QVERIFY(id > 0);
    showApprovalsPage();
    selectRows({0});
    approveSelectedAndConfirm();
    QCOMPARE(stored(id)->state, PayoutState::Approved);
    sendAllAndConfirm();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("refused by Cregis")), 15000);
    QVERIFY2(statusText().contains(QStringLiteral("E0003")), qPrintable(statusText()));
    QVERIFY2(statusText().contains(QStringLiteral("Nothing was paid")), qPrintable(statusText()));
    QCOMPARE(stored(id)->state, PayoutState::Refused);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::noAnswerIsSummarised()
{
    openWindowAs(bob);
    const qint64 id = queueAs(alice, QStringLiteral("1.5"), QStringLiteral("no answer"));
    QVERIFY(id > 0);
    showApprovalsPage();
    selectRows({0});
    approveSelectedAndConfirm();
    // Every attempt of the batch (the first and its retries under the same id) gets a 503.
    QVERIFY(m_gui->sim().armFault(QStringLiteral("http-503"), 10));
    sendAllAndConfirm();
    QTRY_VERIFY_WITH_TIMEOUT(statusText().contains(QStringLiteral("no answer from Cregis")), 20000);
    QVERIFY2(statusText().contains(QStringLiteral("same id")), qPrintable(statusText()));
    QVERIFY2(statusText().contains(QStringLiteral("Do not enter it again")), qPrintable(statusText()));
    QCOMPARE(stored(id)->state, PayoutState::Unknown);
    QVERIFY(!stored(id)->cid);
    QCOMPARE(simRecorded(), 0);
}

void TestGuiApprovals::reconcileFindsOrAsks()
{
    openWindowAs(bob);
    const qint64 recorded = queueAs(alice, QStringLiteral("7.25"), QStringLiteral("lost answer"));
    const qint64 missing = queueAs(alice, QStringLiteral("8.5"), QStringLiteral("never arrived"));
    for (const qint64 id : {recorded, missing}) {
        QVERIFY(m_gui->desk().approvals()->approve(id, bob));
    }
    const auto sendOnce = [this](qint64 id) {
        bool done = false;
        m_gui->desk().submitter()->submit(id, this, [&done](const workflow::SubmitOutcome&) { done = true; });
        return QTest::qWaitFor([&done] { return done; }, 15000);
    };
    // Recorded by Cregis, but the connection drops before the answer (twice: Qt re-sends once).
    QVERIFY(m_gui->sim().armFault(QStringLiteral("drop-after-record"), 2));
    QVERIFY(sendOnce(recorded));
    QCOMPARE(stored(recorded)->state, PayoutState::Unknown);
    // Never recorded: the gateway is down.
    QVERIFY(m_gui->sim().armFault(QStringLiteral("http-503"), 1));
    QVERIFY(sendOnce(missing));
    QCOMPARE(stored(missing)->state, PayoutState::Unknown);
    QVERIFY(m_gui->sim().armFault(QStringLiteral("none"), 1));

    auto* pages = widget<QListWidget>("pageList");
    pages->setCurrentItem(pages->findItems(QStringLiteral("History"), Qt::MatchExactly).value(0));
    auto* view = widget<QAbstractItemView>("historyView");
    auto* reconcile = widget<QPushButton>("reconcileButton");
    const auto selectPayout = [view](qint64 id) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 0);
            if (index.data(ui::HistoryModel::PayoutIdRole).toLongLong() == id) {
                view->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    };

    // Found in the trade history and verified by its third_party_id.
    QVERIFY(selectPayout(recorded));
    QTRY_VERIFY(reconcile->isEnabled());
    QTest::mouseClick(reconcile, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stored(recorded)->state == PayoutState::Submitted, 10000);
    const auto simPayouts = m_gui->sim().payouts();
    QVERIFY(simPayouts);
    QCOMPARE(simPayouts->size(), 1);
    QCOMPARE(QString::number(*stored(recorded)->cid),
             simPayouts->first().toObject().value(QLatin1String("cid")).toString());

    // Not in the history: the person is asked, and a cid that is another payout's is refused.
    QVERIFY(selectPayout(missing));
    QTRY_VERIFY(reconcile->isEnabled());
    QTest::mouseClick(reconcile, Qt::LeftButton);
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = m_gui->window().findChild<QInputDialog*>(QStringLiteral("reconcileCidDialog"))),
                             10000);
    dialog->setTextValue(QString::number(*stored(recorded)->cid));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("refreshStatusLabel")->text().contains(QStringLiteral("is not payout")),
                             10000);
    QCOMPARE(stored(missing)->state, PayoutState::Unknown);
    QVERIFY(!stored(missing)->cid);
}

void TestGuiApprovals::demoNewcomerPlaysEveryPart()
{
    // One person alone with the demo: queues a payout, becomes somebody else, approves and sends
    // it, and finds its cid in History, without restarting under another PAYDESK_USER.
    openWindowAs(alice, m_gui->demoProfile());
    QVERIFY(m_gui->window().findChild<QLabel*>(QStringLiteral("demoBanner")));
    const qint64 id = queueThroughForm(QStringLiteral("2.5"), QStringLiteral("demo payout"));
    QVERIFY(id > 0);
    QCOMPARE(stored(id)->createdBy, alice);

    // Her own payout is nothing she can approve.
    showApprovalsPage();
    m_gui->window().approvalsPage()->findChild<QCheckBox*>(QStringLiteral("showOwnPayoutsCheck"))->setChecked(true);
    QTRY_COMPARE(queue()->rowCount(), 1);
    selectRows({0});
    QTest::mouseClick(widget<QPushButton>("approveButton"), Qt::LeftButton);
    QVERIFY(!visibleDialog(QStringLiteral("approveConfirmDialog")));
    QCOMPARE(stored(id)->state, PayoutState::PendingApproval);

    // Demo > Switch person…, by keyboard: the menu is there, labelled as a demo convenience.
    auto* demoMenu = m_gui->window().findChild<QMenu*>(QStringLiteral("demoMenu"));
    QVERIFY(demoMenu);
    auto* switchAction = m_gui->window().findChild<QAction*>(QStringLiteral("switchPersonAction"));
    QVERIFY(switchAction);
    QVERIFY(switchAction->text().contains(QLatin1String("demo only")));
    switchAction->trigger();
    auto* dialog = visibleDialog<QInputDialog>(QStringLiteral("switchPersonDialog"));
    QVERIFY(dialog);
    auto* nameEdit = dialog->findChild<QLineEdit*>();
    QVERIFY(nameEdit);
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, bob);
    QTest::keyClick(nameEdit, Qt::Key_Return);
    QTRY_VERIFY(!visibleDialog(QStringLiteral("switchPersonDialog")));
    QCOMPARE(m_gui->desk().actor(), bob);
    QVERIFY2(widget<QLabel>("actorStatusLabel")->text().contains(bob),
             qPrintable(widget<QLabel>("actorStatusLabel")->text()));

    // Now bob: alice's payout waits for him, and he approves and sends it.
    QTRY_COMPARE(queue()->rowCount(), 1);
    QVERIFY(!queue()->index(0, 0).data(ui::ApprovalQueueModel::IsOwnRole).toBool());
    selectRows({0});
    approveSelectedAndConfirm();
    QTRY_COMPARE(stored(id)->state, PayoutState::Approved);
    sendAllAndConfirm();
    QTRY_VERIFY_WITH_TIMEOUT(stored(id)->state == PayoutState::Submitted, 15000);
    const std::optional<qint64> cid = stored(id)->cid;
    QVERIFY(cid);
    QCOMPARE(simRecorded(), 1);

    auto* pages = widget<QListWidget>("pageList");
    pages->setCurrentRow(pages->row(pages->findItems(QStringLiteral("History"), Qt::MatchExactly).value(0)));
    auto* history = widget<QAbstractItemView>("historyView");
    QTRY_VERIFY(rowWithCid(history->model(), *cid) >= 0);
    const int row = rowWithCid(history->model(), *cid);
    QCOMPARE(history->model()->index(row, ui::HistoryModel::CidColumn).data().toString(), QString::number(*cid));

    // The audit trail names each person for what they did.
    const QList<store::AuditEvent> trail = m_gui->desk().audit()->trail(id);
    QStringList who;
    for (const store::AuditEvent& event : trail) {
        who << event.event + u':' + event.actor;
    }
    QVERIFY2(who.contains(QStringLiteral("created:alice")), qPrintable(who.join(u' ')));
    QVERIFY2(who.contains(QStringLiteral("approved:bob")), qPrintable(who.join(u' ')));
}

void TestGuiApprovals::realProfileCannotSwitchPerson()
{
    openWindowAs(alice);
    QVERIFY(!m_gui->window().findChild<QAction*>(QStringLiteral("switchPersonAction")));
    QVERIFY(!m_gui->window().findChild<QMenu*>(QStringLiteral("demoMenu")));
    for (QAction* action : m_gui->window().findChildren<QAction*>()) {
        QVERIFY2(!action->text().contains(QLatin1String("Switch person")), qPrintable(action->text()));
    }
    // Nor below the window: the desk refuses it on a real profile.
    QVERIFY(!m_gui->desk().switchPerson(bob));
    QCOMPARE(m_gui->desk().actor(), alice);
}

void TestGuiApprovals::cancellingTheSendStopsBetweenPayouts()
{
    openWindowAs(bob);
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i) {
        ids << queueAs(alice, QStringLiteral("1"), QStringLiteral("batch %1").arg(i));
    }
    showApprovalsPage();
    widget<QAbstractItemView>("approvalQueueView")->selectAll();
    approveSelectedAndConfirm();
    for (const qint64 id : std::as_const(ids)) {
        QCOMPARE(stored(id)->state, PayoutState::Approved);
    }
    // The first answers are held back, so Cancel comes while those requests are out.
    QVERIFY(m_gui->sim().armFault(QStringLiteral("delay"), 6));
    sendAllAndConfirm();
    QPointer<QProgressDialog> progress;
    QTRY_VERIFY((progress = visibleDialog<QProgressDialog>(QStringLiteral("sendProgressDialog"))));
    QTest::keyClick(progress, Qt::Key_Escape);
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().contains(QStringLiteral("not started and stay approved")),
                              qPrintable(statusText()), 15000);

    // What was on its way finished and was recorded; the rest was never started.
    int submitted = 0;
    int approved = 0;
    for (const qint64 id : std::as_const(ids)) {
        const PayoutState state = stored(id)->state;
        QVERIFY2(state == PayoutState::Submitted || state == PayoutState::Approved, qPrintable(toStorageName(state)));
        submitted += state == PayoutState::Submitted ? 1 : 0;
        approved += state == PayoutState::Approved ? 1 : 0;
    }
    QVERIFY2(submitted > 0 && approved > 0, qPrintable(statusText()));
    QCOMPARE(simRecorded(), submitted);
    QVERIFY2(statusText().contains(QStringLiteral("Cancelled: %1 approved payout").arg(approved)),
             qPrintable(statusText()));
    QCOMPARE(queue()->rowCount(), approved);
}

QTEST_MAIN(TestGuiApprovals)
#include "tst_gui_approvals.moc"
