#include "money/AssetCatalogue.h"
#include "payout/PayoutValidator.h"
#include "store/Migrations.h"
#include "store/PayoutStore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

namespace {

class FixedClock final : public cregis::Clock
{
public:
    qint64 nowMs() const override { return 1700000000000; }
};

payout::PayoutFields fields(const QString& amount = QStringLiteral("12.5"))
{
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("USDT-TRC20");
    draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    draft.amount = amount;
    draft.walletId = QStringLiteral("11434198045401088");
    draft.remark = QStringLiteral("invoice 7");
    return *payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
}

} // namespace

class TestPayoutStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addAndReopen();
    void claimIsExclusive();
    void recordsOnlyFromSubmitting_data();
    void recordsOnlyFromSubmitting();
    void crashRecovery();
    void auditChain();
    void pragmas();
    void paging();

private:
    std::unique_ptr<store::PayoutStore> open();

    FixedClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPayoutStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<store::PayoutStore> TestPayoutStore::open()
{
    QString error;
    auto store = store::PayoutStore::openSqlite(m_dir->filePath(QStringLiteral("p.sqlite")), m_clock, &error);
    if (!store) {
        qWarning("%s", qPrintable(error));
    }
    return store;
}

void TestPayoutStore::addAndReopen()
{
    qint64 id = 0;
    QString thirdPartyId;
    {
        auto store = open();
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), store::Migrations::latestVersion());
        QSignalSpy added(store.get(), &store::PayoutStore::payoutAdded);
        const auto newId = store->addPayout(QStringLiteral("main"), fields(), QStringLiteral("alice"));
        QVERIFY2(newId, qPrintable(store->lastError()));
        id = *newId;
        QCOMPARE(added.count(), 1);
        const auto p = store->payout(id);
        QVERIFY(p);
        QCOMPARE(p->state, PayoutState::PendingApproval);
        QCOMPARE(p->thirdPartyId.size(), 32);
        thirdPartyId = p->thirdPartyId;
        QVERIFY(store->claimForSubmission(id, {PayoutState::PendingApproval}, QStringLiteral("alice")));
        QVERIFY(store->recordSubmitted(id, 9007199254740993, QStringLiteral("alice")));
    }
    auto reopened = open();
    QVERIFY(reopened);
    const auto p = reopened->payout(id);
    QVERIFY(p);
    QCOMPARE(p->state, PayoutState::Submitted);
    QCOMPARE(p->cid, std::optional<qint64>(9007199254740993));
    QCOMPARE(p->fields.walletId, std::optional<qint64>(11434198045401088));
    QCOMPARE(p->fields.amount.toCanonical(), QStringLiteral("12.5"));
    QCOMPARE(p->thirdPartyId, thirdPartyId);
    QCOMPARE(p->contentHash, p->fields.contentHash(thirdPartyId));
    QCOMPARE(p->createdBy, QStringLiteral("alice"));
    QCOMPARE(p->attempts, 1);
}

void TestPayoutStore::claimIsExclusive()
{
    auto first = open();
    auto second = open(); // another desktop on the same file
    const auto id = first->addPayout(QStringLiteral("main"), fields(), QStringLiteral("alice"));
    QVERIFY(first->claimForSubmission(*id, {PayoutState::PendingApproval}, QStringLiteral("alice")));
    QVERIFY(!second->claimForSubmission(*id, {PayoutState::PendingApproval}, QStringLiteral("bob")));
    QVERIFY(second->lastError().contains(QLatin1String("submitting")));
}

void TestPayoutStore::recordsOnlyFromSubmitting_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addColumn<int>("expectedState");
    QTest::newRow("submitted") << 0 << int(PayoutState::Submitted);
    QTest::newRow("refused") << 1 << int(PayoutState::Refused);
    QTest::newRow("unknown") << 2 << int(PayoutState::Unknown);
    QTest::newRow("needs reconciliation") << 3 << int(PayoutState::NeedsReconciliation);
}

void TestPayoutStore::recordsOnlyFromSubmitting()
{
    QFETCH(int, outcome);
    QFETCH(int, expectedState);
    auto store = open();
    const qint64 id = *store->addPayout(QStringLiteral("main"), fields(), QStringLiteral("alice"));
    const auto record = [&]() {
        switch (outcome) {
        case 0:
            return store->recordSubmitted(id, 42, QStringLiteral("alice"));
        case 1:
            return store->recordRefused(id, QStringLiteral("E0006"), QStringLiteral("amount"), QStringLiteral("alice"));
        case 2:
            return store->recordUnknown(id, QStringLiteral("timeout"), QStringLiteral("t"), QStringLiteral("alice"));
        default:
            return store->recordNeedsReconciliation(id, QStringLiteral("E0009"), QStringLiteral("used"),
                                                    QStringLiteral("alice"));
        }
    };
    QVERIFY(!record()); // not claimed yet
    QCOMPARE(store->payout(id)->state, PayoutState::PendingApproval);
    QVERIFY(store->claimForSubmission(id, {PayoutState::PendingApproval}, QStringLiteral("alice")));
    QVERIFY(record());
    QCOMPARE(int(store->payout(id)->state), expectedState);
    QVERIFY(!record()); // a second answer cannot overwrite the first
}

void TestPayoutStore::crashRecovery()
{
    qint64 id = 0;
    {
        auto store = open();
        id = *store->addPayout(QStringLiteral("main"), fields(), QStringLiteral("alice"));
        QVERIFY(store->claimForSubmission(id, {PayoutState::PendingApproval}, QStringLiteral("alice")));
        // ...and the process dies before the answer is recorded.
    }
    auto store = open();
    QCOMPARE(store->recoverInterruptedSubmissions(QStringLiteral("alice")), 1);
    const auto p = store->payout(id);
    QCOMPARE(p->state, PayoutState::Unknown);
    QCOMPARE(p->errorCode, QStringLiteral("interrupted"));
    // A retry goes out under the same third_party_id.
    QVERIFY(store->claimForSubmission(id, {PayoutState::Unknown}, QStringLiteral("alice")));
    QCOMPARE(store->payout(id)->thirdPartyId, p->thirdPartyId);
    QCOMPARE(store->payout(id)->attempts, 2);
}

void TestPayoutStore::auditChain()
{
    auto store = open();
    const qint64 id = *store->addPayout(QStringLiteral("main"), fields(), QStringLiteral("alice"));
    QVERIFY(store->claimForSubmission(id, {PayoutState::PendingApproval}, QStringLiteral("bob")));
    QVERIFY(store->recordSubmitted(id, 77, QStringLiteral("bob")));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-reader"));
    {
        db.setDatabaseName(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT event, actor, prev_hash, hash FROM audit_events ORDER BY id")));
        QStringList events;
        QString previous = QString(64, u'0');
        while (query.next()) {
            events << query.value(0).toString() + u'/' + query.value(1).toString();
            QCOMPARE(query.value(2).toString(), previous);
            previous = query.value(3).toString();
            QCOMPARE(previous.size(), 64);
        }
        QCOMPARE(events,
                 QStringList({QStringLiteral("created/alice"), QStringLiteral("claimed/bob"),
                              QStringLiteral("submitted/bob")}));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit-reader"));
}

void TestPayoutStore::pragmas()
{
    auto store = open();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragma-reader"));
    {
        db.setDatabaseName(m_dir->filePath(QStringLiteral("p.sqlite")));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("SELECT typeof(amount) FROM payouts")));
        db.close();
    }
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("pragma-reader"));
}

void TestPayoutStore::paging()
{
    auto store = open();
    for (int i = 1; i <= 25; ++i) {
        QVERIFY(store->addPayout(QStringLiteral("main"), fields(QString::number(i)), QStringLiteral("alice")));
    }
    store::PayoutQuery query;
    query.limit = 10;
    const auto first = store->payouts(query);
    QCOMPARE(first.size(), 10);
    QCOMPARE(first.first().fields.amount.toCanonical(), QStringLiteral("25"));
    query.beforeId = first.last().id;
    const auto second = store->payouts(query);
    QCOMPARE(second.first().fields.amount.toCanonical(), QStringLiteral("15"));
    QCOMPARE(store->countPayouts({}), 25);
    QCOMPARE(store->countPayouts({{PayoutState::Submitted}, {}, {}, 0}), 0);
}

QTEST_GUILESS_MAIN(TestPayoutStore)
#include "tst_payoutstore.moc"
