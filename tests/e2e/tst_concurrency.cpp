// Two desks sending the same queue at once while a third keeps listing it, against a slow
// gateway: every payout reaches Cregis exactly once and every row ends `submitted` with the cid
// Cregis holds for it. Separate paydesk-cli processes on one SQLite file, as on a shared desk.
#include "CliRunner.h"
#include "SentOnce.h"
#include "SimFixture.h"
#include "TestStore.h"
#include "config/Clock.h"
#include "payout/PayoutValidator.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoSendersAndAReaderSendEachOnce();

private:
    QProcess* start(const QString& dataDir, const QStringList& args, const QString& user);
};

QProcess* TestConcurrency::start(const QString& dataDir, const QStringList& args, const QString& user)
{
    auto* process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAYDESK_USER"), user);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(PAYDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process->waitForStarted();
    return process;
}

void TestConcurrency::twoSendersAndAReaderSendEachOnce()
{
    const QByteArray key = "concurrency-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    // Every answer comes 300 ms late, so the two senders' batches overlap throughout.
    SimFixture sim(
        key,
        {QStringLiteral("--fault"), QStringLiteral("delay:-1"), QStringLiteral("--delay-ms"), QStringLiteral("300")});
    QVERIFY(sim.isReady());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QCOMPARE(
        runCli(dir.path(),
               {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("team"), QStringLiteral("--base-url"),
                sim.baseUrl(), QStringLiteral("--pid"), QString::number(SimFixture::pid)})
            .exitCode,
        0);
    QCOMPARE(
        runCli(dir.path(), {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("team")}, key + '\n')
            .exitCode,
        0);

    constexpr int total = 100;
    const store::StoreScope scope{QStringLiteral("team"), SimFixture::pid, sim.baseUrl()};
    config::SystemClock clock;
    QSet<QString> thirdPartyIds;
    {
        const TestStore store = TestStore::open(dir.filePath(QStringLiteral("payouts.sqlite")), scope, clock);
        QVERIFY(store);
        const payout::PayoutValidator validator(money::AssetCatalogue::builtIn());
        for (int i = 0; i < total; ++i) {
            payout::PayoutDraft draft;
            draft.currency = QStringLiteral("USDT-TRC20");
            draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
            draft.amount = QStringLiteral("%1.25").arg(i + 1);
            const auto id = store->addPayout(*validator.validate(draft).fields, QStringLiteral("alice"));
            QVERIFY(id);
            QVERIFY(store.approvals().approve(*id, QStringLiteral("bob"), {}));
            thirdPartyIds.insert(store->payout(*id)->thirdPartyId);
        }
    }

    QProcess* first
        = start(dir.path(), {QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol"));
    QProcess* second
        = start(dir.path(), {QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("dave"));
    int lists = 0;
    const auto running = [](QProcess* process) {
        // The state only changes when the process's exit is read; this reads it without waiting.
        process->waitForFinished(0);
        return process->state() != QProcess::NotRunning;
    };
    while (running(first) || running(second)) {
        const CliRun list = runCli(dir.path(), {QStringLiteral("list")}, {}, QStringLiteral("erin"));
        QVERIFY2(list.exitCode == 0, list.err.constData());
        ++lists;
    }
    for (QProcess* sender : {first, second}) {
        QCOMPARE(sender->exitStatus(), QProcess::NormalExit);
        QVERIFY2(sender->exitCode() == 0, sender->readAllStandardError().constData());
    }
    QVERIFY(lists > 0);

    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), total);
    QHash<QString, QString> cidByThirdPartyId;
    const QString problem = checkEachSentOnce(*recorded, thirdPartyIds, &cidByThirdPartyId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const TestStore store = TestStore::open(dir.filePath(QStringLiteral("payouts.sqlite")), scope, clock);
    QVERIFY(store);
    QCOMPARE(submittedWithTheirCid(*store, cidByThirdPartyId), total);
    QVERIFY(store.audit().verify().intact);
    qInfo("two senders and %d concurrent lists: %d payouts, each recorded once with its cid", lists, total);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
