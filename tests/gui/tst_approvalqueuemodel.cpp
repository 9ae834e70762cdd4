// The approval queue's model over a real store, checked by QAbstractItemModelTester while
// payouts are queued, approved, rejected, cancelled and sent.

#include "ui/approvals/ApprovalQueueModel.h"

#include "TestStore.h"
#include "config/AppPaths.h"
#include "desk/Desk.h"
#include "store/StoreError.h"
#include "words/ErrorWords.h"
#include "words/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace paydesk;
using payout::PayoutState;
using ui::ApprovalQueueModel;

namespace {

const QString profileName = QStringLiteral("Main");
const QString usdt = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString tronAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");

config::Profile profile(const QString& name)
{
    config::Profile p;
    p.name = name;
    p.baseUrl = QStringLiteral("https://gateway.invalid");
    p.pid = 1;
    return p;
}

} // namespace

class TestApprovalQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsQueuedPayoutsOldestFirst();
    void ownPayoutsAreMarked();
    void followsApprovalRejectionAndCancellation();
    void sentPayoutLeavesTheQueue();
    void otherProfilesAreLeftOut();
    void amountIsExact();
    void policyReloadUpdatesRequiredApprovals();
    void waitingCountIsAnnounced();

private:
    qint64 add(const QString& creator, const QString& amount = QStringLiteral("1.5"),
               const QString& profileOverride = QString());
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role).toString();
    }
    store::PayoutStore* store() const { return m_desk->store(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<desk::Desk> m_desk;
    std::unique_ptr<ApprovalQueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestApprovalQueueModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As main() does: the English plural forms ("1 payout", "2 payouts").
    paydesk::words::installTranslations(*QCoreApplication::instance());
}

void TestApprovalQueueModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("PAYDESK_DATA_DIR", m_dir->path().toLocal8Bit());
    m_desk = std::make_unique<desk::Desk>(config::AppPaths::resolve(), profile(profileName), QStringLiteral("bob"));
    store::StoreError error;
    QVERIFY2(m_desk->openStore(&error), qPrintable(words::ErrorWords::store(error)));
    m_model = std::make_unique<ApprovalQueueModel>(*m_desk);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestApprovalQueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_desk.reset();
    m_dir.reset();
}

qint64 TestApprovalQueueModel::add(const QString& creator, const QString& amount, const QString& profileOverride)
{
    payout::PayoutDraft draft;
    draft.currency = usdt;
    draft.toAddress = tronAddress;
    draft.amount = amount;
    draft.remark = QStringLiteral("by %1").arg(creator);
    const payout::ValidationResult checked = m_desk->validator().validate(draft);
    if (!checked.fields) {
        qWarning("test draft did not validate");
        return -1;
    }
    if (profileOverride.isEmpty()) {
        return store()->addPayout(*checked.fields, creator).value_or(-1);
    }
    // Another profile's store over the same file.
    const TestStore other
        = TestStore::open(m_desk->paths().databaseFile(m_desk->profile()),
                          {profileOverride, m_desk->profile().pid, m_desk->profile().baseUrl}, m_desk->clock());
    return other ? other->addPayout(*checked.fields, creator).value_or(-1) : -1;
}

void TestApprovalQueueModel::showsQueuedPayoutsOldestFirst()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ApprovalQueueModel::ColumnCount));
    const qint64 first = add(QStringLiteral("alice"));
    const qint64 second = add(QStringLiteral("carol"), QStringLiteral("2.25"));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(0, ApprovalQueueModel::IdColumn), QString::number(first));
    QCOMPARE(cell(1, ApprovalQueueModel::IdColumn), QString::number(second));
    QCOMPARE(m_model->index(1, 0).data(ApprovalQueueModel::PayoutIdRole).toLongLong(), second);
    QCOMPARE(cell(1, ApprovalQueueModel::CreatedByColumn), QStringLiteral("carol"));
    QCOMPARE(cell(1, ApprovalQueueModel::StateColumn), QStringLiteral("Pending approval"));
    QCOMPARE(cell(1, ApprovalQueueModel::ApprovalsColumn), QStringLiteral("0 of 1"));
    QCOMPARE(cell(1, ApprovalQueueModel::CoinColumn), QStringLiteral("USDT-TRC20"));
    QCOMPARE(cell(1, ApprovalQueueModel::AmountColumn), QStringLiteral("2.25"));
    QCOMPARE(cell(1, ApprovalQueueModel::ToAddressColumn), tronAddress);
    QCOMPARE(cell(1, ApprovalQueueModel::RemarkColumn), QStringLiteral("by carol"));
    QCOMPARE(m_model->headerData(ApprovalQueueModel::ApprovalsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Approvals"));
    QCOMPARE(m_model->payoutAt(0).id, first);
    QCOMPARE(m_model->rowOf(second), 1);
    QCOMPARE(m_model->rowOf(9999), -1);

    // A fresh model over the same store reads the same queue.
    ApprovalQueueModel reread(*m_desk);
    QAbstractItemModelTester tester(&reread, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reread.rowCount(), 2);
    QCOMPARE(reread.payoutAt(1).id, second);
}

void TestApprovalQueueModel::ownPayoutsAreMarked()
{
    add(QStringLiteral("alice"));
    add(QStringLiteral("bob"));
    // The queue is other people's payouts; one's own appear only on request.
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->waitingForActor(), 1);
    m_model->setShowOwn(true);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, 0).data(ApprovalQueueModel::IsOwnRole).toBool(), false);
    QCOMPARE(m_model->index(1, 0).data(ApprovalQueueModel::IsOwnRole).toBool(), true);
    QCOMPARE(cell(1, ApprovalQueueModel::CreatedByColumn), QStringLiteral("bob (yours)"));
    QVERIFY(cell(1, ApprovalQueueModel::IdColumn, Qt::ToolTipRole).contains(QStringLiteral("someone other than you")));
    QCOMPARE(m_model->waitingForActor(), 1);
}

void TestApprovalQueueModel::followsApprovalRejectionAndCancellation()
{
    const qint64 toApprove = add(QStringLiteral("alice"));
    const qint64 toReject = add(QStringLiteral("alice"));
    const qint64 toCancel = add(QStringLiteral("bob"));
    m_model->setShowOwn(true); // bob's own payout is listed so he can cancel it
    QCOMPARE(m_model->rowCount(), 3);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_desk->approvals()->approve(toApprove, QStringLiteral("bob")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(toApprove));
    QCOMPARE(cell(m_model->rowOf(toApprove), ApprovalQueueModel::StateColumn), QStringLiteral("Approved"));
    QCOMPARE(cell(m_model->rowOf(toApprove), ApprovalQueueModel::ApprovalsColumn), QStringLiteral("1 of 1"));
    QCOMPARE(m_model->index(m_model->rowOf(toApprove), 0).data(ApprovalQueueModel::StateRole).toInt(),
             int(PayoutState::Approved));

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_desk->approvals()->reject(toReject, QStringLiteral("bob"), QStringLiteral("not agreed")));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(toReject), -1);
    QVERIFY(m_desk->approvals()->cancel(toCancel, QStringLiteral("bob")));
    QCOMPARE(removed.size(), 2);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->payoutAt(0).id, toApprove);

    // A refused change leaves the row as it was.
    QVERIFY(!m_desk->approvals()->cancel(toApprove, QStringLiteral("bob")));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestApprovalQueueModel::sentPayoutLeavesTheQueue()
{
    const qint64 id = add(QStringLiteral("alice"));
    QVERIFY(m_desk->approvals()->approve(id, QStringLiteral("bob")));
    QVERIFY(store()->claimForSubmission(id, {PayoutState::Approved}, {}, QStringLiteral("bob")).claimed);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(store()->recordSubmitted(id, 4242, QStringLiteral("bob")));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestApprovalQueueModel::otherProfilesAreLeftOut()
{
    QVERIFY(add(QStringLiteral("alice"), QStringLiteral("1"), QStringLiteral("Other")) > 0);
    QCOMPARE(m_model->rowCount(), 0);
    add(QStringLiteral("alice"));
    QCOMPARE(m_model->rowCount(), 1);
    m_model->reload();
    QCOMPARE(m_model->rowCount(), 1);
}

void TestApprovalQueueModel::amountIsExact()
{
    // More digits than a double holds: shown exactly as stored, right-aligned like numbers.
    add(QStringLiteral("alice"), QStringLiteral("123456789012.123456"));
    QCOMPARE(cell(0, ApprovalQueueModel::AmountColumn), QStringLiteral("123456789012.123456"));
    QCOMPARE(m_model->index(0, ApprovalQueueModel::AmountColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestApprovalQueueModel::policyReloadUpdatesRequiredApprovals()
{
    const qint64 large = add(QStringLiteral("alice"), QStringLiteral("1500"));
    const qint64 small = add(QStringLiteral("alice"), QStringLiteral("10"));
    workflow::ApprovalPolicy policy;
    policy.thresholds = {{usdt, *money::Amount::parse(QStringLiteral("1000"), 6).amount, 2}};
    m_desk->setPolicy(policy);
    m_model->reload();
    QCOMPARE(cell(m_model->rowOf(large), ApprovalQueueModel::ApprovalsColumn), QStringLiteral("0 of 2"));
    QCOMPARE(cell(m_model->rowOf(small), ApprovalQueueModel::ApprovalsColumn), QStringLiteral("0 of 1"));
    QVERIFY(m_desk->approvals()->approve(large, QStringLiteral("bob")));
    QCOMPARE(cell(m_model->rowOf(large), ApprovalQueueModel::ApprovalsColumn), QStringLiteral("1 of 2"));
    QCOMPARE(m_model->index(m_model->rowOf(large), 0).data(ApprovalQueueModel::ValidApprovalsRole).toInt(), 1);
    QCOMPARE(m_model->index(m_model->rowOf(large), 0).data(ApprovalQueueModel::RequiredApprovalsRole).toInt(), 2);
    QCOMPARE(cell(m_model->rowOf(large), ApprovalQueueModel::StateColumn), QStringLiteral("Pending approval"));
}

void TestApprovalQueueModel::waitingCountIsAnnounced()
{
    QSignalSpy waiting(m_model.get(), &ApprovalQueueModel::waitingForActorChanged);
    const qint64 first = add(QStringLiteral("alice"));
    add(QStringLiteral("bob")); // his own: not waiting for him
    const qint64 third = add(QStringLiteral("carol"));
    QCOMPARE(waiting.size(), 2);
    QCOMPARE(waiting.last().at(0).toInt(), 2);
    QVERIFY(m_desk->approvals()->approve(first, QStringLiteral("bob")));
    QCOMPARE(waiting.last().at(0).toInt(), 1);
    QVERIFY(m_desk->approvals()->cancel(third, QStringLiteral("carol")));
    QCOMPARE(waiting.last().at(0).toInt(), 0);
    QCOMPARE(m_model->waitingForActor(), 0);
}

QTEST_MAIN(TestApprovalQueueModel)
#include "tst_approvalqueuemodel.moc"
