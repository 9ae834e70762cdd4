#include "FakeClock.h"
#include "HistoryGenerator.h"
#include "TestEngine.h"
#include "TestPayout.h"
#include "TestStore.h"

#include "store/PayoutQuerySql.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace paydesk;
using payout::Payout;
using payout::PayoutState;
using store::PayoutQuery;
using store::PayoutSort;

namespace {

constexpr qint64 day = 24 * 3600 * 1000;
constexpr qint64 start = 1700000000000;

const QString ethAddress = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
const QString usdtErc20 = QStringLiteral("60@0xdac17f958d2ee523a2206206994597c13d831ec7");

// What the history of one profile holds for these tests: a few payouts of two creators over a
// few days, in different states, currencies and amounts.
struct Fixture
{
    QTemporaryDir dir;
    FakeClock clock{start};
    TestStore store;
    QList<qint64> ids;
};

std::unique_ptr<Fixture> makeFixture()
{
    auto f = std::make_unique<Fixture>();
    f->store
        = TestStore::open(f->dir.filePath(QStringLiteral("payouts.sqlite")),
                          {QStringLiteral("main"), 1382528827416576, QStringLiteral("https://t.cregis.dev")}, f->clock);
    struct Row
    {
        QString creator;
        QString currency;
        QString address;
        QString amount;
        QString remark;
    };
    const QList<Row> rows{
        {QStringLiteral("alice"), TestPayout::usdtTrc20, TestPayout::tronAddress, QStringLiteral("9"),
         QStringLiteral("Invoice 1001")},
        {QStringLiteral("bob"), TestPayout::usdtTrc20, TestPayout::tronAddress, QStringLiteral("10"),
         QStringLiteral("payroll \"March\"")},
        {QStringLiteral("alice"), usdtErc20, ethAddress, QStringLiteral("0.5"), QStringLiteral("100% bonus")},
        {QStringLiteral("carol"), TestPayout::usdtTrc20, TestPayout::tronAddress, QStringLiteral("123456789012.123456"),
         QStringLiteral("Überweisung")},
        {QStringLiteral("bob"), usdtErc20, ethAddress, QStringLiteral("10"), QStringLiteral("invoice 1002")},
        {QStringLiteral("alice"), TestPayout::usdtTrc20, TestPayout::tronAddress, QStringLiteral("0.000001"),
         QStringLiteral("a_b")},
    };
    for (const Row& row : rows) {
        const payout::PayoutFields fields
            = TestPayout().currency(row.currency).to(row.address).amount(row.amount).remark(row.remark).fields();
        const std::optional<qint64> id = f->store->addPayout(fields, row.creator);
        if (!id) {
            qFatal("fixture: %s", qPrintable(f->store->lastError().detail));
        }
        // A team database stamps its own time: the fixture's days are written in by its owner.
        if (TestEngine::isPostgres()
            && !TestEngine::tamper(f->dir.filePath(QStringLiteral("payouts.sqlite")),
                                   QStringLiteral("UPDATE payouts SET created_at = %1, updated_at = %1 WHERE id = %2")
                                       .arg(f->clock.nowMs())
                                       .arg(*id))) {
            qFatal("fixture: cannot date payout %lld", *id);
        }
        f->ids << *id;
        f->clock.advance(day);
    }
    return f;
}

// Sends payout `id` and records Cregis's answer `cid`, as the submitter would.
bool submit(const Fixture& f, qint64 id, qint64 cid)
{
    if (!f.store.approvals().approve(id, QStringLiteral("dave"), {})) {
        return false;
    }
    const store::ClaimResult claim
        = f.store->claimForSubmission(id, {PayoutState::Approved}, {}, QStringLiteral("dave"));
    return claim.claimed && f.store->recordSubmitted(id, cid, QStringLiteral("dave"));
}

QList<qint64> idsOf(const QList<Payout>& payouts)
{
    QList<qint64> ids;
    for (const Payout& p : payouts) {
        ids << p.id;
    }
    return ids;
}

// Reads every page of `query` of `pageSize` rows, the way the History model scrolls.
QList<qint64> pagedIds(store::PayoutStore& store, PayoutQuery query, int pageSize)
{
    QList<qint64> ids;
    query.limit = pageSize;
    for (;;) {
        const QList<Payout> page = store.payouts(query);
        ids << idsOf(page);
        if (page.size() < pageSize) {
            return ids;
        }
        query.after = store::PayoutQuerySql::cursorAfter(page.constLast(), query.sort);
    }
}

} // namespace

Q_DECLARE_METATYPE(PayoutQuery)
Q_DECLARE_METATYPE(PayoutSort)

class TestPayoutQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data();
    void filters();
    void textSearch_data();
    void textSearch();
    void searchFollowsEveryChange();
    void everySortPagesExactly_data();
    void everySortPagesExactly();
    void amountsSortByValue();
    void amountSortKey_data();
    void amountSortKey();
    void commonSearchInAnotherOrder_data();
    void commonSearchInAnotherOrder();

private:
    QTemporaryDir m_bigHistory; // filled by the first row of commonSearchInAnotherOrder
};

void TestPayoutQuery::filters_data()
{
    QTest::addColumn<PayoutQuery>("query");
    QTest::addColumn<QList<int>>("rows"); // indexes into the fixture, newest first

    PayoutQuery all;
    QTest::newRow("nothing") << all << QList<int>{5, 4, 3, 2, 1, 0};
    PayoutQuery submitted;
    submitted.states = {PayoutState::Submitted};
    QTest::newRow("state") << submitted << QList<int>{3, 1};
    PayoutQuery pendingOrSubmitted;
    pendingOrSubmitted.states = {PayoutState::Submitted, PayoutState::PendingApproval};
    QTest::newRow("two states") << pendingOrSubmitted << QList<int>{5, 4, 3, 2, 1, 0};
    PayoutQuery cregis;
    cregis.cregisStatuses = {1};
    QTest::newRow("cregis status") << cregis << QList<int>{3};
    PayoutQuery noStatus;
    noStatus.cregisStatuses = {-1};
    QTest::newRow("no cregis status yet") << noStatus << QList<int>{5, 4, 2, 1, 0};
    PayoutQuery erc20;
    erc20.currency = usdtErc20;
    QTest::newRow("currency") << erc20 << QList<int>{4, 2};
    PayoutQuery range;
    range.createdFromMs = start + day;
    range.createdUntilMs = start + 3 * day;
    QTest::newRow("date range, end excluded") << range << QList<int>{2, 1};
    PayoutQuery since;
    since.createdFromMs = start + 4 * day;
    QTest::newRow("since") << since << QList<int>{5, 4};
    PayoutQuery bob;
    bob.createdBy = QStringLiteral("bob");
    QTest::newRow("creator") << bob << QList<int>{4, 1};
    PayoutQuery combined;
    combined.createdBy = QStringLiteral("alice");
    combined.currency = TestPayout::usdtTrc20;
    combined.text = QStringLiteral("invoice");
    QTest::newRow("creator, currency and text") << combined << QList<int>{0};
}

void TestPayoutQuery::filters()
{
    QFETCH(PayoutQuery, query);
    QFETCH(QList<int>, rows);
    auto f = makeFixture();
    QVERIFY(submit(*f, f->ids.at(1), 1001));
    QVERIFY(submit(*f, f->ids.at(3), 1003));
    QVERIFY(f->store->recordCregisProgress(f->ids.at(3), {1, QStringLiteral("0xabc"), QStringLiteral("1"), start},
                                           QStringLiteral("poller")));
    QList<qint64> expected;
    for (int row : rows) {
        expected << f->ids.at(row);
    }
    QCOMPARE(idsOf(f->store->payouts(query)), expected);
    QCOMPARE(f->store->countPayouts(query), expected.size());
}

void TestPayoutQuery::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("remark, other case") << QStringLiteral("INVOICE") << QList<int>{4, 0};
    QTest::newRow("remark with a quote") << QStringLiteral("\"March\"") << QList<int>{1};
    QTest::newRow("percent is literal") << QStringLiteral("100%") << QList<int>{2};
    QTest::newRow("underscore is literal, short") << QStringLiteral("_") << QList<int>{5};
    QTest::newRow("non-ASCII") << QStringLiteral("überweisung") << QList<int>{3};
    QTest::newRow("address middle") << TestPayout::tronAddress.mid(10, 12) << QList<int>{5, 3, 1, 0};
    QTest::newRow("address, other case") << ethAddress.toLower() << QList<int>{4, 2};
    QTest::newRow("cid digits") << QStringLiteral("4242424242") << QList<int>{3};
    QTest::newRow("cid whole, above 2^53") << QStringLiteral("9007199254740993") << QList<int>{1};
    QTest::newRow("two characters") << QStringLiteral("Üb") << QList<int>{3};
    QTest::newRow("surrounding spaces") << QStringLiteral("  payroll ") << QList<int>{1};
    QTest::newRow("nothing matches") << QStringLiteral("no such text") << QList<int>{};
}

void TestPayoutQuery::textSearch()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, rows);
    auto f = makeFixture();
    QVERIFY(submit(*f, f->ids.at(1), 9007199254740993));
    QVERIFY(submit(*f, f->ids.at(3), 7742424242424));
    PayoutQuery query;
    query.text = text;
    QList<qint64> expected;
    for (int row : rows) {
        expected << f->ids.at(row);
    }
    QCOMPARE(idsOf(f->store->payouts(query)), expected);
}

void TestPayoutQuery::searchFollowsEveryChange()
{
    auto f = makeFixture();
    const qint64 id = f->ids.at(0);
    const auto found = [&](const QString& text) {
        PayoutQuery query;
        query.text = text;
        return idsOf(f->store->payouts(query)).contains(id);
    };
    // An edit replaces the indexed remark; the old words no longer find it.
    QVERIFY(f->store->editPayout(id, TestPayout().amount(QStringLiteral("9")).remark(QStringLiteral("rent")).fields(),
                                 QStringLiteral("alice")));
    QVERIFY(!found(QStringLiteral("Invoice 1001")));
    QVERIFY(found(QStringLiteral("rent")));
    // The third_party_id, the cid from Cregis and a txid from a later status are indexed as they arrive.
    const std::optional<Payout> before = f->store->payout(id);
    QVERIFY(found(before->thirdPartyId.mid(4, 20)));
    QVERIFY(submit(*f, id, 55501234));
    QVERIFY(found(QStringLiteral("55501234")));
    QVERIFY(f->store->recordCregisProgress(id, {1, QStringLiteral("0xfeedbeefcafe"), QStringLiteral("12"), start},
                                           QStringLiteral("poller")));
    QVERIFY(found(QStringLiteral("FEEDBEEF")));
}

void TestPayoutQuery::everySortPagesExactly_data()
{
    QTest::addColumn<PayoutSort>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("text");
    const QList<std::pair<const char*, PayoutSort>> sorts{{"id", PayoutSort::Id},
                                                          {"created", PayoutSort::Created},
                                                          {"creator", PayoutSort::CreatedBy},
                                                          {"state", PayoutSort::State},
                                                          {"cregis status", PayoutSort::CregisStatus},
                                                          {"cid", PayoutSort::Cid},
                                                          {"coin", PayoutSort::Coin},
                                                          {"amount", PayoutSort::Amount}};
    for (const auto& [name, sort] : sorts) {
        QTest::addRow("%s descending", name) << sort << true << QString();
        QTest::addRow("%s ascending", name) << sort << false << QString();
        // A search reads the index in id order for the id sort, and filters the others.
        QTest::addRow("%s descending, searched", name) << sort << true << TestPayout::tronAddress.left(6);
        QTest::addRow("%s ascending, searched", name) << sort << false << TestPayout::tronAddress.left(6);
    }
}

void TestPayoutQuery::everySortPagesExactly()
{
    QFETCH(PayoutSort, sort);
    QFETCH(bool, descending);
    QFETCH(QString, text);
    auto f = makeFixture();
    // Payouts equal in every sort key, so ties are broken by id.
    for (int i = 0; i < 4; ++i) {
        f->ids << *f->store->addPayout(TestPayout().amount(QStringLiteral("10")).fields(), QStringLiteral("bob"));
    }
    QVERIFY(submit(*f, f->ids.at(1), 300));
    QVERIFY(submit(*f, f->ids.at(7), 200));
    PayoutQuery query;
    query.sort = sort;
    query.descending = descending;
    query.text = text;
    query.limit = 0;
    const QList<qint64> whole = idsOf(f->store->payouts(query));
    // The four TRON rows of the fixture and the four added here, or all ten.
    QCOMPARE(whole.size(), text.isEmpty() ? f->ids.size() : 8);
    // Page sizes that end pages inside groups of equal keys, and one that ends exactly.
    for (int pageSize : {1, 2, 3, 5}) {
        QCOMPARE(pagedIds(*f->store, query, pageSize), whole);
    }
    // And the whole order is the sort's, ties by id in the same direction.
    QList<qint64> reversed = whole;
    std::reverse(reversed.begin(), reversed.end());
    query.descending = !descending;
    QCOMPARE(idsOf(f->store->payouts(query)), reversed);
}

void TestPayoutQuery::amountsSortByValue()
{
    auto f = makeFixture();
    PayoutQuery query;
    query.sort = PayoutSort::Amount;
    query.descending = false;
    QStringList amounts;
    for (const Payout& p : f->store->payouts(query)) {
        amounts << p.fields.amount.toCanonical();
    }
    QCOMPARE(amounts,
             (QStringList{QStringLiteral("0.000001"), QStringLiteral("0.5"), QStringLiteral("9"), QStringLiteral("10"),
                          QStringLiteral("10"), QStringLiteral("123456789012.123456")}));
}

void TestPayoutQuery::amountSortKey_data()
{
    QTest::addColumn<QString>("smaller");
    QTest::addColumn<int>("smallerDecimals");
    QTest::addColumn<QString>("larger");
    QTest::addColumn<int>("largerDecimals");
    QTest::newRow("whole digits") << "9" << 0 << "10" << 0;
    QTest::newRow("fraction against whole") << "0.999999999999999999" << 18 << "1" << 6;
    QTest::newRow("last of 18 decimals") << "1.000000000000000001" << 18 << "1.000000000000000002" << 18;
    QTest::newRow("precision does not matter") << "2.5" << 1 << "2.500001" << 6;
    QTest::newRow("36 digits") << "99999999999999999999999999999999999" << 0 << "100000000000000000000000000000000000"
                               << 0;
}

void TestPayoutQuery::amountSortKey()
{
    QFETCH(QString, smaller);
    QFETCH(int, smallerDecimals);
    QFETCH(QString, larger);
    QFETCH(int, largerDecimals);
    const auto a = money::Amount::parse(smaller, smallerDecimals).amount;
    const auto b = money::Amount::parse(larger, largerDecimals).amount;
    QVERIFY(a && b);
    const QString keyA = store::PayoutQuerySql::amountSortKey(*a);
    const QString keyB = store::PayoutQuerySql::amountSortKey(*b);
    QCOMPARE(keyA.size(), keyB.size());
    QVERIFY2(keyA < keyB, qPrintable(keyA + QStringLiteral(" >= ") + keyB));
    // Equal values at different precisions have one key.
    const std::optional<money::Amount> finer = a->rescaled(std::min(money::Amount::maxDecimals, smallerDecimals + 1));
    QVERIFY(finer);
    QCOMPARE(store::PayoutQuerySql::amountSortKey(*finer), keyA);
}

void TestPayoutQuery::commonSearchInAnotherOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayoutSort>("sort");
    // Thousands of matches: the first page walks the sort's index and asks the search index of
    // each row; every page must equal the same rows collected whole and sorted.
    QTest::newRow("long common text by amount") << QStringLiteral("90071992547") << PayoutSort::Amount;
    QTest::newRow("short common text by creator") << QStringLiteral("007") << PayoutSort::CreatedBy;
    QTest::newRow("long common text by cid, ascending") << QStringLiteral("9007199254") << PayoutSort::Cid;
    QTest::newRow("word by amount") << QStringLiteral("payroll") << PayoutSort::Amount;
    QTest::newRow("rare text by amount") << QString::number(HistoryGenerator::cidOf(77)) << PayoutSort::Amount;
}

void TestPayoutQuery::commonSearchInAnotherOrder()
{
    QFETCH(QString, text);
    QFETCH(PayoutSort, sort);
    // One history for every row: 20,000 payouts, 18,000 of them with a cid.
    const store::StoreScope scope{QStringLiteral("big"), 1, QStringLiteral("https://t.cregis.dev")};
    const QString path = m_bigHistory.filePath(QStringLiteral("big.sqlite"));
    if (!QFile::exists(path)) {
        HistoryGenerator::Options options;
        options.count = 20000;
        QString error;
        QVERIFY2(HistoryGenerator::generate(path, scope, options, &error), qPrintable(error));
    }
    FakeClock clock;
    TestStore store = TestStore::open(path, scope, clock);
    QVERIFY(store);
    PayoutQuery query;
    query.text = text;
    query.sort = sort;
    query.descending = !QByteArray(QTest::currentDataTag()).contains("ascending");
    query.limit = 0; // collected whole
    const QList<qint64> whole = idsOf(store->payouts(query));
    QVERIFY(!whole.isEmpty());
    QCOMPARE(pagedIds(*store, query, 200), whole);
}

QTEST_GUILESS_MAIN(TestPayoutQuery)
#include "tst_payoutquery.moc"
