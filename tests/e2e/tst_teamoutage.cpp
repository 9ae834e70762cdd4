// The team database's server killed (immediate shutdown: no checkpoint, every session cut) while a
// desk is submitting a queue, and started again. Nothing committed is lost, nothing is sent twice,
// and every payout ends in a state the approval and reconciliation rules handle; after the desk's
// own recovery and reconciliation, every payout is submitted once with the cid Cregis holds.
// Runs alone: it stops the server every other suite shares.
#include "CliDesk.h"
#include "SentOnce.h"
#include "TestEngine.h"
#include "TestPayout.h"
#include "config/Clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace paydesk;
using payout::PayoutState;

class TestTeamOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverKilledMidSubmission_data();
    void serverKilledMidSubmission();
};

void TestTeamOutage::serverKilledMidSubmission_data()
{
    QTest::addColumn<bool>("deskKilledToo");
    // The desk waits for the server and records every answer once it is back.
    QTest::newRow("desk waits") << false;
    // The desk dies while the server is down: its claims are left to recovery and reconciliation.
    QTest::newRow("desk killed too") << true;
}

void TestTeamOutage::serverKilledMidSubmission()
{
    QFETCH(bool, deskKilledToo);
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    QVERIFY2(!qEnvironmentVariableIsEmpty("PAYDESK_TEST_PG_CTL"), "scripts/with-postgres.sh names its server control");
    const QByteArray key = "outage-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    // Each answer comes 200 ms late: the kill lands with payouts claimed, sent and unanswered.
    SimFixture sim(
        key,
        {QStringLiteral("--fault"), QStringLiteral("delay:-1"), QStringLiteral("--delay-ms"), QStringLiteral("200")});
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("team"), sim));
    QString error;
    const auto team = TestEngine::teamDatabaseFor(desk.path() + QStringLiteral("/team"), &error);
    QVERIFY2(team, qPrintable(error));
    const store::StoreScope scope{QStringLiteral("team"), SimFixture::pid, sim.baseUrl()};
    config::SystemClock clock;
    constexpr int total = 40;
    QSet<QString> thirdPartyIds;
    QList<qint64> ids;
    {
        store::StoreError failure;
        // Each person through a session of their own login (TestEngine::open).
        auto queue = TestEngine::open(desk.path() + QStringLiteral("/team"), scope, clock, &failure);
        QVERIFY2(queue, qPrintable(failure.detail));
        for (int i = 0; i < total; ++i) {
            const auto id = queue->payouts().addPayout(TestPayout().amount(QStringLiteral("%1.5").arg(i + 1)).fields(),
                                                       QStringLiteral("alice"));
            QVERIFY(id && queue->approvals().approve(*id, QStringLiteral("bob"), {}));
            thirdPartyIds.insert(queue->payouts().payout(*id)->thirdPartyId);
            ids << *id;
        }
    }
    const QString carol = TestEngine::as(*team, QStringLiteral("carol")).url();
    const auto cli = [&](const QStringList& args) {
        return desk.cli(QStringList{QStringLiteral("--database"), carol} + args);
    };

    QProcess* sender
        = desk.start({QStringLiteral("--database"), carol, QStringLiteral("submit"), QStringLiteral("--all-approved")});
    QElapsedTimer waited;
    waited.start();
    while (sim.payouts().value_or(QJsonArray()).size() < 8 && waited.elapsed() < 60000) {
        QTest::qWait(20);
    }
    const qsizetype atKill = sim.payouts().value_or(QJsonArray()).size();
    QVERIFY2(atKill < total, "the queue was sent before the kill");
    QVERIFY(TestEngine::controlServer(QStringLiteral("kill")));
    QTest::qWait(1500); // the desk meets a server that is gone, and waits for it
    if (deskKilledToo) {
        sender->kill(); // SIGKILL: its claims stay behind it
    }
    QVERIFY(TestEngine::controlServer(QStringLiteral("start")));
    QVERIFY(sender->waitForFinished(180000));
    QCOMPARE(sender->exitStatus(), deskKilledToo ? QProcess::CrashExit : QProcess::NormalExit);
    const QByteArray senderErrors = sender->readAllStandardError();
    delete sender;

    // Straight after the outage: no payout sent twice, none lost, each in a state the rules handle.
    QHash<QString, QString> cidByThirdPartyId;
    const auto afterOutage = sim.payouts();
    QVERIFY(afterOutage);
    QString problem = checkEachSentOnce(*afterOutage, thirdPartyIds, &cidByThirdPartyId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A desk opening the store again turns claims whose session ended into `unknown`.
    const CliRun reopened = cli({QStringLiteral("list")});
    QVERIFY2(reopened.exitCode == 0, reopened.err.constData());
    QHash<QString, int> states;
    {
        store::StoreError failure;
        auto check = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
        QVERIFY2(check, qPrintable(failure.detail));
        int rows = 0;
        check->payouts().forEachPayout(store::PayoutQuery::every(), [&](const payout::Payout& p) {
            ++rows;
            states[payout::toStorageName(p.state)] += 1;
            return true;
        });
        QCOMPARE(rows, total);
        QVERIFY(check->audit().verify().intact);
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        const QString state = it.key();
        QVERIFY2(
            state == QLatin1String("submitted") || state == QLatin1String("approved")
                || state == QLatin1String("unknown") || state == QLatin1String("needs_reconciliation"),
            qPrintable(state + QStringLiteral(" after the outage; the desk said: ") + QString::fromUtf8(senderErrors)));
    }

    // The desk's own ways to finish: reconcile what has no answer, send what is still approved.
    QList<qint64> unanswered;
    {
        store::StoreError failure;
        auto check = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
        QVERIFY2(check, qPrintable(failure.detail));
        check->payouts().forEachPayout(store::PayoutQuery::every(), [&](const payout::Payout& p) {
            if (p.state == PayoutState::Unknown || p.state == PayoutState::NeedsReconciliation) {
                unanswered << p.id;
            }
            return true;
        });
    }
    for (qint64 id : std::as_const(unanswered)) {
        const CliRun reconciled = cli({QStringLiteral("reconcile"), QString::number(id)});
        QVERIFY2(reconciled.exitCode == 0, reconciled.err.constData());
    }
    const CliRun rest = cli({QStringLiteral("submit"), QStringLiteral("--all-approved")});
    QVERIFY2(rest.exitCode == 0, rest.err.constData());

    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), total);
    cidByThirdPartyId.clear();
    problem = checkEachSentOnce(*recorded, thirdPartyIds, &cidByThirdPartyId);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    store::StoreError failure;
    auto check = store::ProfileStore::openPostgres(*team, {}, scope, clock, &failure);
    QVERIFY2(check, qPrintable(failure.detail));
    QCOMPARE(submittedWithTheirCid(check->payouts(), cidByThirdPartyId), total);
    QVERIFY(check->audit().verify().intact);
    QStringList after;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        after << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    }
    qInfo("server killed with %lld of %d payouts at Cregis; after the outage: %s; %lld reconciled; all %d sent "
          "once",
          static_cast<long long>(atKill), total, qPrintable(after.join(QStringLiteral(", "))),
          static_cast<long long>(unanswered.size()), total);
}

QTEST_GUILESS_MAIN(TestTeamOutage)
#include "tst_teamoutage.moc"
