// Three desks sending one team queue at once: separate paydesk-cli processes, each logged in to
// the same PostgreSQL database as its own person, against the simulator. Every payout reaches
// Cregis exactly once, every row ends `submitted` with the cid Cregis holds for it, and the
// database's audit chain holds.
#include "CliDesk.h"
#include "SentOnce.h"
#include "TestEngine.h"
#include "TestPayout.h"
#include "config/Clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace paydesk;

class TestTeamConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeDesksSendEachOnce();
};

void TestTeamConcurrency::threeDesksSendEachOnce()
{
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    const QByteArray key = "team-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    SimFixture sim(key);
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("team"), sim));

    QString error;
    const auto team = TestEngine::teamDatabaseFor(desk.path() + QStringLiteral("/team"), &error);
    QVERIFY2(team, qPrintable(error));
    constexpr int total = 500;
    const store::StoreScope scope{QStringLiteral("team"), SimFixture::pid, sim.baseUrl()};
    config::SystemClock clock;
    QSet<QString> thirdPartyIds;
    {
        store::StoreError failure;
        // Each person through a session of their own login (TestEngine::open).
        auto queue = TestEngine::open(desk.path() + QStringLiteral("/team"), scope, clock, &failure);
        QVERIFY2(queue, qPrintable(failure.detail));
        QList<store::PayoutStore::NewPayout> batch;
        for (int i = 0; i < total; ++i) {
            batch.append({TestPayout().amount(QStringLiteral("%1.25").arg(i + 1)).fields(), {}});
        }
        const auto ids = queue->payouts().addPayouts(batch, QStringLiteral("alice"));
        QVERIFY2(ids, qPrintable(queue->payouts().lastError().detail));
        for (qint64 id : *ids) {
            QVERIFY(queue->approvals().approve(id, QStringLiteral("bob"), {}));
            thirdPartyIds.insert(queue->payouts().payout(id)->thirdPartyId);
        }
    }

    QList<QProcess*> senders;
    QElapsedTimer elapsed;
    elapsed.start();
    for (const QString& login : {QStringLiteral("carol"), QStringLiteral("dave"), QStringLiteral("erin")}) {
        auto* process = new QProcess(this);
        process->start(QStringLiteral(PAYDESK_CLI_PATH),
                       {QStringLiteral("--data-dir"), desk.path(), QStringLiteral("--database"),
                        TestEngine::as(*team, login == QLatin1String("erin") ? QStringLiteral("alice") : login).url(),
                        QStringLiteral("submit"), QStringLiteral("--all-approved")});
        QVERIFY(process->waitForStarted());
        senders << process;
    }
    for (QProcess* sender : std::as_const(senders)) {
        QVERIFY(sender->waitForFinished(240000));
        QCOMPARE(sender->exitStatus(), QProcess::NormalExit);
        QVERIFY2(sender->exitCode() == 0, sender->readAllStandardError().constData());
    }
    const qint64 ms = elapsed.elapsed();

    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), total);
    QHash<QString, QString> cidByThirdPartyId;
    const QString problem = checkEachSentOnce(*recorded, thirdPartyIds, &cidByThirdPartyId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    store::StoreError failure;
    auto check = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
    QVERIFY2(check, qPrintable(failure.detail));
    QCOMPARE(submittedWithTheirCid(check->payouts(), cidByThirdPartyId), total);
    QVERIFY(check->audit().verify().intact);
    qInfo("three desks sent %d payouts, each once, in %lld ms: %lld payouts per second", total, ms,
          ms > 0 ? total * 1000 / ms : 0);
}

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
