// Three desks sending one team queue at once: separate paydesk-cli processes, each logged in to
// the same PostgreSQL database as its own person, against the simulator. Every payout reaches
// Cregis exactly once, every row ends `submitted` with the cid Cregis holds for it, and the
// database's audit chain holds.
#include "CliRunner.h"
#include "SimFixture.h"
#include "TestEngine.h"
#include "TestPayout.h"
#include "config/Clock.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

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

    QString error;
    const auto team = TestEngine::teamDatabaseFor(dir.filePath(QStringLiteral("team")), &error);
    QVERIFY2(team, qPrintable(error));
    constexpr int total = 500;
    const store::StoreScope scope{QStringLiteral("team"), SimFixture::pid, sim.baseUrl()};
    config::SystemClock clock;
    QSet<QString> thirdPartyIds;
    {
        store::StoreError failure;
        auto queue = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
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
                       {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--database"),
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
    for (const QJsonValue& entry : *recorded) {
        const QJsonObject payout = entry.toObject();
        const QString thirdPartyId = payout.value(QLatin1String("third_party_id")).toString();
        QVERIFY2(thirdPartyIds.contains(thirdPartyId), "a payout went out under an id PayDesk did not generate");
        QVERIFY2(!cidByThirdPartyId.contains(thirdPartyId), "a payout was recorded twice");
        QCOMPARE(payout.value(QLatin1String("attempts")).toInt(), 1);
        cidByThirdPartyId.insert(thirdPartyId, payout.value(QLatin1String("cid")).toString());
    }
    store::StoreError failure;
    auto check = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
    QVERIFY2(check, qPrintable(failure.detail));
    int submitted = 0;
    check->payouts().forEachPayout(store::PayoutQuery::every(), [&](const payout::Payout& p) {
        if (p.state == PayoutState::Submitted && p.cid
            && QString::number(*p.cid) == cidByThirdPartyId.value(p.thirdPartyId)) {
            ++submitted;
        }
        return true;
    });
    QCOMPARE(submitted, total);
    QVERIFY(check->audit().verify().intact);
    qInfo("three desks sent %d payouts, each once, in %lld ms: %lld payouts per second", total, ms,
          ms > 0 ? total * 1000 / ms : 0);
}

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
