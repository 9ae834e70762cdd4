#include "ui/history/HistoryModel.h"

#include "TestStore.h"
#include "config/Clock.h"
#include "money/Amount.h"
#include "words/ErrorWords.h"
#include "words/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using paydesk::payout::PayoutFields;
using paydesk::payout::PayoutState;
using paydesk::store::PayoutStore;
using paydesk::ui::HistoryModel;

namespace {

const QString profileName = QStringLiteral("Main");
const QString actor = QStringLiteral("alice");

PayoutFields fieldsFor(int n, const QString& amount = QStringLiteral("1.5"))
{
    PayoutFields fields;
    fields.currency = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    fields.coinName = QStringLiteral("USDT-TRC20");
    fields.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    fields.amount = *paydesk::money::Amount::parse(amount, 6).amount;
    fields.remark = QStringLiteral("payout %1").arg(n);
    return fields;
}

QString cell(const HistoryModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pagesThroughTheStore();
    void newPayoutAppearsAtTheTop();
    void payoutAddedBeforeLaterPagesIsNotDuplicated();
    void changedPayoutUpdatesOnlyItsRow();
    void cidAbove2Pow53IsExact();
    void cregisStatusWords_data();
    void cregisStatusWords();
    void amountIsExactAndRightAligned();
    void showsOnlyItsProfile();
    void sortsEveryPageInTheStore_data();
    void sortsEveryPageInTheStore();
    void searchFindsRowsNeverLoaded();
    void newPayoutJoinsOnlyAMatchingList();
    void unsortableColumnKeepsTheOrder();

private:
    qint64 add(int n, const QString& profile = profileName, const QString& amount = QStringLiteral("1.5"));
    bool claim(qint64 id); // approved by bob, claimed by alice
    bool submit(qint64 id, qint64 cid);

    paydesk::config::SystemClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestStore m_store;
    TestStore m_otherStore; // another profile's view of the same file
};

void TestHistoryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As main() does: the English plural forms ("1 payout", "2 payouts").
    paydesk::words::installTranslations(*QCoreApplication::instance());
}

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("PAYDESK_DATA_DIR", m_dir->path().toLocal8Bit());
    const QString path = m_dir->filePath(QStringLiteral("payouts.sqlite"));
    m_store = TestStore::open(path, {profileName, 1, QStringLiteral("https://gw.example")}, m_clock);
    QVERIFY(m_store);
    m_otherStore = TestStore::open(path, {QStringLiteral("Other"), 1, QStringLiteral("https://gw.example")}, m_clock);
    QVERIFY(m_otherStore);
}

void TestHistoryModel::cleanup()
{
    m_otherStore = {};
    m_store = {};
    m_dir.reset();
}

qint64 TestHistoryModel::add(int n, const QString& profile, const QString& amount)
{
    PayoutStore& store = profile == profileName ? m_store.payouts() : m_otherStore.payouts();
    const std::optional<qint64> id = store.addPayout(fieldsFor(n, amount), actor);
    if (!id) {
        qFatal("addPayout failed: %s", qPrintable(paydesk::words::ErrorWords::store(store.lastError())));
    }
    return *id;
}

bool TestHistoryModel::claim(qint64 id)
{
    return m_store.approvals().approve(id, QStringLiteral("bob"), {})
        && m_store->claimForSubmission(id, {PayoutState::Approved}, {}, actor).claimed;
}

bool TestHistoryModel::submit(qint64 id, qint64 cid)
{
    return claim(id) && m_store->recordSubmitted(id, cid, actor);
}

void TestHistoryModel::pagesThroughTheStore()
{
    QList<qint64> ids;
    for (int i = 0; i < 450; ++i) {
        ids.append(add(i));
    }
    HistoryModel model(m_store.payouts());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore(QModelIndex()));

    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), HistoryModel::pageSize);
    // Newest first: the last payout added is the first row, and ids fall from there.
    QCOMPARE(model.index(0, HistoryModel::IdColumn).data(HistoryModel::PayoutIdRole).toLongLong(), ids.last());
    QCOMPARE(model.index(199, HistoryModel::IdColumn).data(HistoryModel::PayoutIdRole).toLongLong(), ids.at(250));
    QVERIFY(model.canFetchMore(QModelIndex()));

    // The tester checks every later change against the model's own answers.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.index(449, HistoryModel::IdColumn).data(HistoryModel::PayoutIdRole).toLongLong(), ids.first());
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(HistoryModel::PayoutIdRole).toLongLong()
                > model.index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong());
    }
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

void TestHistoryModel::newPayoutAppearsAtTheTop()
{
    for (int i = 0; i < 3; ++i) {
        add(i);
    }
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const qint64 id = add(99);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(HistoryModel::PayoutIdRole).toLongLong(), id);
    QCOMPARE(cell(model, 0, HistoryModel::RemarkColumn), QStringLiteral("payout 99"));
    QCOMPARE(cell(model, 0, HistoryModel::StateColumn), QStringLiteral("Pending approval"));
    QCOMPARE(cell(model, 0, HistoryModel::CreatedByColumn), actor);
}

void TestHistoryModel::payoutAddedBeforeLaterPagesIsNotDuplicated()
{
    for (int i = 0; i < 250; ++i) {
        add(i);
    }
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    const int firstPage = model.rowCount();
    QVERIFY(firstPage >= HistoryModel::pageSize);
    const qint64 id = add(1000);
    QCOMPARE(model.rowCount(), firstPage + 1);
    QCOMPARE(model.index(0, 0).data(HistoryModel::PayoutIdRole).toLongLong(), id);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    QCOMPARE(model.rowCount(), 251);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong());
    }
    QCOMPARE(seen.size(), 251);
}

void TestHistoryModel::changedPayoutUpdatesOnlyItsRow()
{
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        ids.append(add(i));
    }
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 5);

    // ids[1] is the fourth row: rows run newest first.
    const int row = 3;
    QCOMPARE(model.index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong(), ids.at(1));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(m_store.approvals().approve(ids.at(1), QStringLiteral("bob"), {}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, row, HistoryModel::StateColumn), QStringLiteral("Approved"));
    changed.clear();
    QVERIFY(m_store->claimForSubmission(ids.at(1), {PayoutState::Approved}, {}, actor).claimed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), row);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), HistoryModel::ColumnCount - 1);
    QCOMPARE(cell(model, row, HistoryModel::StateColumn), QStringLiteral("Submitting"));
    QCOMPARE(model.index(row, 0).data(HistoryModel::StateRole).toInt(), int(PayoutState::Submitting));

    QVERIFY(m_store->recordSubmitted(ids.at(1), 4242, actor));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), row);
    QCOMPARE(cell(model, row, HistoryModel::StateColumn), QStringLiteral("Submitted"));
    QCOMPARE(cell(model, row, HistoryModel::CidColumn), QStringLiteral("4242"));
    // The neighbours kept their state.
    QCOMPARE(cell(model, row - 1, HistoryModel::StateColumn), QStringLiteral("Pending approval"));
    QCOMPARE(cell(model, row + 1, HistoryModel::StateColumn), QStringLiteral("Pending approval"));
    QCOMPARE(model.rowCount(), 5);

    QVERIFY(claim(ids.at(4)));
    QVERIFY(m_store->recordUnknown(ids.at(4), QStringLiteral("timeout"), QStringLiteral("no answer"), actor));
    QCOMPARE(cell(model, 0, HistoryModel::StateColumn), QStringLiteral("No answer — will retry"));
    QCOMPARE(cell(model, 0, HistoryModel::StateColumn, HistoryModel::ErrorRole), QStringLiteral("timeout — no answer"));
}

void TestHistoryModel::cidAbove2Pow53IsExact()
{
    const qint64 id = add(1);
    // 2^53 + 1: a double would round it to ...992.
    const qint64 cid = 9007199254740993LL;
    QVERIFY(submit(id, cid));
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QCOMPARE(cell(model, 0, HistoryModel::CidColumn), QStringLiteral("9007199254740993"));
    QCOMPARE(model.index(0, HistoryModel::CidColumn).data(HistoryModel::CidRole).toLongLong(), cid);
    // Found by the store's search, as text: the digits are never a double on the way.
    paydesk::store::PayoutQuery search;
    search.text = QStringLiteral("9007199254740993");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 1);
    search.text = QStringLiteral("9007199254740992");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 0);
}

void TestHistoryModel::cregisStatusWords_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << 0 << QStringLiteral("Awaiting Cregis approval");
    QTest::newRow("5") << 5 << QStringLiteral("Awaiting signature");
    QTest::newRow("1") << 1 << QStringLiteral("Broadcasting");
    QTest::newRow("6") << 6 << QStringLiteral("Paid");
    QTest::newRow("7") << 7 << QStringLiteral("Transaction failed");
    QTest::newRow("2") << 2 << QStringLiteral("Signature rejected");
    QTest::newRow("3") << 3 << QStringLiteral("Approval cancelled");
    QTest::newRow("4") << 4 << QStringLiteral("Approval rejected");
    QTest::newRow("unknown 9") << 9 << QStringLiteral("Cregis status 9");
}

void TestHistoryModel::cregisStatusWords()
{
    QFETCH(int, status);
    QFETCH(QString, words);

    const qint64 id = add(1);
    QVERIFY(submit(id, 77));
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    // Submitted, but Cregis has said nothing yet: no words at all, certainly not "Paid".
    QCOMPARE(cell(model, 0, HistoryModel::CregisStatusColumn), QString());

    paydesk::store::CregisProgress progress;
    progress.status = status;
    QVERIFY(m_store->recordCregisProgress(id, progress, actor));
    const QString shown = cell(model, 0, HistoryModel::CregisStatusColumn);
    QCOMPARE(shown, words);
    QCOMPARE(shown.contains(QStringLiteral("Paid"), Qt::CaseInsensitive), status == 6);
    // The local state stays its own column.
    QCOMPARE(cell(model, 0, HistoryModel::StateColumn), QStringLiteral("Submitted"));
}

void TestHistoryModel::amountIsExactAndRightAligned()
{
    add(1, profileName, QStringLiteral("123456789012.123456"));
    add(2, profileName, QStringLiteral("2.50"));
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QCOMPARE(cell(model, 0, HistoryModel::AmountColumn), QStringLiteral("2.5"));
    QCOMPARE(cell(model, 1, HistoryModel::AmountColumn), QStringLiteral("123456789012.123456"));
    const auto alignment
        = model.index(0, HistoryModel::AmountColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment.testFlag(Qt::AlignRight));
    // Sorted by value in the store: the large amount first when descending.
    model.sort(HistoryModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(cell(model, 0, HistoryModel::AmountColumn), QStringLiteral("123456789012.123456"));
    model.sort(HistoryModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, HistoryModel::AmountColumn), QStringLiteral("2.5"));
    QCOMPARE(cell(model, 0, HistoryModel::CoinColumn), QStringLiteral("USDT-TRC20"));
    QCOMPARE(cell(model, 0, HistoryModel::ToAddressColumn), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"));
}

void TestHistoryModel::showsOnlyItsProfile()
{
    add(1, QStringLiteral("Other"));
    const qint64 mine = add(2);
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(HistoryModel::PayoutIdRole).toLongLong(), mine);
    add(3, QStringLiteral("Other"));
    QCOMPARE(model.rowCount(), 1);
}

void TestHistoryModel::sortsEveryPageInTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("amount, smallest first") << int(HistoryModel::AmountColumn) << Qt::AscendingOrder;
    QTest::newRow("amount, largest first") << int(HistoryModel::AmountColumn) << Qt::DescendingOrder;
    QTest::newRow("id, oldest first") << int(HistoryModel::IdColumn) << Qt::AscendingOrder;
    QTest::newRow("created, newest first") << int(HistoryModel::CreatedColumn) << Qt::DescendingOrder;
}

void TestHistoryModel::sortsEveryPageInTheStore()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    // More than two pages, amounts not in id order: 0.25, 10.25, 20.25, ... wrapping around.
    for (int i = 0; i < 450; ++i) {
        add(i, profileName, QStringLiteral("%1.25").arg((i * 37) % 450));
    }
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), HistoryModel::pageSize);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    QCOMPARE(model.rowCount(), 450);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong());
        if (row == 0) {
            continue;
        }
        const bool ascending = order == Qt::AscendingOrder;
        if (column == HistoryModel::AmountColumn) {
            const auto before = paydesk::money::Amount::parse(cell(model, row - 1, column), 6).amount;
            const auto here = paydesk::money::Amount::parse(cell(model, row, column), 6).amount;
            QVERIFY(before && here);
            const auto cmp = paydesk::money::Amount::compare(*before, *here);
            QVERIFY2(ascending ? cmp <= 0 : cmp >= 0, qPrintable(QStringLiteral("row %1").arg(row)));
        } else {
            const qint64 before = model.index(row - 1, 0).data(HistoryModel::PayoutIdRole).toLongLong();
            const qint64 here = model.index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong();
            QVERIFY(ascending ? before < here : before > here);
        }
    }
    QCOMPARE(seen.size(), 450); // every payout once: no page repeated or skipped a row
}

void TestHistoryModel::searchFindsRowsNeverLoaded()
{
    const qint64 oldest = add(1);
    for (int i = 2; i <= 450; ++i) {
        add(i);
    }
    HistoryModel model(m_store.payouts());
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), HistoryModel::pageSize); // the oldest is not loaded
    // (The tester loads pages of its own accord.)
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    paydesk::store::PayoutQuery search;
    search.text = QStringLiteral("PAYOUT 1"); // payout 1, 10..19, 100..199
    model.setFilter(search);
    QCOMPARE(model.matchingCount(), 111);
    while (model.canFetchMore(QModelIndex())) {
        model.fetchMore(QModelIndex());
    }
    QCOMPARE(model.rowCount(), 111);
    QCOMPARE(model.index(110, 0).data(HistoryModel::PayoutIdRole).toLongLong(), oldest);
    model.setFilter({});
    QCOMPARE(model.matchingCount(), 450);
}

void TestHistoryModel::newPayoutJoinsOnlyAMatchingList()
{
    add(1);
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    paydesk::store::PayoutQuery submitted;
    submitted.states = {PayoutState::Submitted};
    model.setFilter(submitted);
    QCOMPARE(model.rowCount(), 0);
    add(2); // pending approval: not what the list shows
    QCOMPARE(model.rowCount(), 0);
    paydesk::store::PayoutQuery search;
    search.text = QStringLiteral("payout 3");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 0);
    const qint64 third = add(3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(HistoryModel::PayoutIdRole).toLongLong(), third);
}

void TestHistoryModel::unsortableColumnKeepsTheOrder()
{
    add(1, profileName, QStringLiteral("3"));
    add(2, profileName, QStringLiteral("1"));
    HistoryModel model(m_store.payouts());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(HistoryModel::AmountColumn, Qt::AscendingOrder);
    QVERIFY(!HistoryModel::isSortable(HistoryModel::RemarkColumn));
    model.sort(HistoryModel::RemarkColumn, Qt::DescendingOrder);
    QCOMPARE(model.sortColumn(), int(HistoryModel::AmountColumn));
    QCOMPARE(cell(model, 0, HistoryModel::AmountColumn), QStringLiteral("1"));
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
