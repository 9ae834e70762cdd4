// The holes an audit of the money path found, tried the way it tried them: from outside, through
// paydesk-cli processes against cregis-sim, with the SQLite file edited behind PayDesk's back
// where the audit did that. Each case failed before its fix.
#include "CliDesk.h"
#include "CliRunner.h"
#include "SimFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray throwAwayKey(const char* prefix)
{
    return QByteArray(prefix) + '-' + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

int recordsFor(SimFixture& sim, CliDesk& desk, const QString& profile, const QString& id)
{
    return sim.recordsFor(desk.rows(profile).value(id).value(QLatin1String("third_party_id")).toString());
}

// A gateway that answers every payout after 3 s: long enough for another process to act while
// one is sending.
QStringList slowGateway()
{
    return {QStringLiteral("--fault"), QStringLiteral("delay:-1"), QStringLiteral("--delay-ms"),
            QStringLiteral("3000")};
}

// Queues and approves a payout of `amount` at `sim` under the profile "main", then starts a
// process sending it. Null when any step failed.
QProcess* startSending(CliDesk& desk, SimFixture& sim, const QString& amount, QString* id)
{
    if (!sim.isReady() || !desk.addProfile(QStringLiteral("main"), sim)) {
        return nullptr;
    }
    *id = desk.queueApproved(QStringLiteral("main"), amount);
    return id->isEmpty() ? nullptr : desk.start({QStringLiteral("submit"), *id});
}

} // namespace

class TestMoneyPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anotherProfileCannotActOnAPayout();
    void readerLeavesALiveClaimAlone();
    void secondSenderLeavesALiveClaimAlone();
    void oneExitRuleForPayoutsInOtherHands();
    void reconcileRefusalsEndAtOnce_data();
    void reconcileRefusalsEndAtOnce();
    void unsavableCidIsAnError();
    void undocumentedCodeLeavesThePayoutUnknown();
    void editedAmountIsNotSent();
    void unansweredPayoutIsHeldBackUntilReconciled();
    void unansweredResendAppliesThePolicy();
    void repeatedIdIsSentOnceAndWaitedFor();
    void concurrentFirstOpensAllSucceed();
    void unreadableThresholdFailsClosed();
    void unreadableApprovalCountBlocks();
    void coinNameOnSeveralChains();
    void demoIsAFlagNotAName();
};

void TestMoneyPath::anotherProfileCannotActOnAPayout()
{
    SimFixture simA(throwAwayKey("a"));
    SimFixture simB(throwAwayKey("b"));
    QVERIFY(simA.isReady() && simB.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("A"), simA));
    QVERIFY(desk.addProfile(QStringLiteral("B"), simB));
    QCOMPARE(
        desk.as(QStringLiteral("B"),
                {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--approvals"), QStringLiteral("2")})
            .exitCode,
        0);
    const QString id = desk.queue(QStringLiteral("B"), QStringLiteral("900"));
    QVERIFY(!id.isEmpty());
    const CliRun first = desk.as(QStringLiteral("B"), {QStringLiteral("approve"), id}, QStringLiteral("bob"));
    QVERIFY2(first.out.contains("1 of 2"), first.out.constData());

    // Through profile A the payout does not exist: no approval, no send, no cancel.
    const CliRun viaA = desk.as(QStringLiteral("A"), {QStringLiteral("approve"), id}, QStringLiteral("carol"));
    QCOMPARE(viaA.exitCode, 1);
    QCOMPARE(desk.as(QStringLiteral("A"), {QStringLiteral("submit"), id}, QStringLiteral("carol")).exitCode, 1);
    QCOMPARE(desk.as(QStringLiteral("A"), {QStringLiteral("cancel"), id}).exitCode, 1);
    QCOMPARE(simA.payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
    QCOMPARE(desk.state(QStringLiteral("B"), id), QStringLiteral("pending_approval"));
    QVERIFY(desk.rows(QStringLiteral("A")).isEmpty());

    // Once B's policy is met it goes out through B only; A's refresh asks A's gateway about
    // nothing of B's.
    QVERIFY(desk.as(QStringLiteral("B"), {QStringLiteral("approve"), id}, QStringLiteral("carol")).exitCode == 0);
    const CliRun sent = desk.as(QStringLiteral("B"), {QStringLiteral("submit"), id}, QStringLiteral("dave"));
    QVERIFY2(sent.exitCode == 0, sent.out.constData());
    QCOMPARE(simB.payouts().value_or(QJsonArray{}).size(), 1);
    const CliRun refresh = desk.as(QStringLiteral("A"), {QStringLiteral("refresh")});
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QCOMPARE(refresh.out.trimmed().count('\n'), 0); // the header only
}

void TestMoneyPath::readerLeavesALiveClaimAlone()
{
    // One process sends to a slow gateway; another only lists meanwhile.
    SimFixture sim(throwAwayKey("slow"), slowGateway());
    CliDesk desk;
    QString id;
    QProcess* sender = startSending(desk, sim, QStringLiteral("5"), &id);
    QVERIFY(sender);
    QTest::qWait(1000);
    QCOMPARE(desk.cli({QStringLiteral("list")}).exitCode, 0);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitting"));
    QByteArray out;
    QCOMPARE(finish(sender, &out), 0);
    QVERIFY2(out.contains("submitted"), out.constData());
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
}

void TestMoneyPath::secondSenderLeavesALiveClaimAlone()
{
    SimFixture sim(throwAwayKey("slow"), slowGateway());
    CliDesk desk;
    QString id;
    QProcess* first = startSending(desk, sim, QStringLiteral("6"), &id);
    QVERIFY(first);
    QTest::qWait(1000);
    const CliRun second
        = desk.cli({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("dave"));
    // Nothing for it to send: the payout being sent is not taken from its sender.
    QVERIFY2(second.exitCode == 0, second.out.constData());
    QVERIFY2(second.out.trimmed().isEmpty(), second.out.constData());
    QCOMPARE(finish(first), 0);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().toObject().value(QLatin1String("attempts")).toInt(), 1); // one request, not two
}

void TestMoneyPath::oneExitRuleForPayoutsInOtherHands()
{
    // Defect: `submit ID` exited 1 when another process was already sending the payout, while
    // `submit --all-approved` exited 0 for the same skip. One rule: a payout another desk is
    // sending or has sent leaves nothing to do (0, its line says skipped); a payout that cannot
    // be sent is left for a person (1).
    SimFixture sim(throwAwayKey("slow"), slowGateway());
    CliDesk desk;
    QString id;
    QProcess* first = startSending(desk, sim, QStringLiteral("8"), &id);
    QVERIFY(first);
    QTRY_COMPARE_WITH_TIMEOUT(desk.state(QStringLiteral("main"), id), QStringLiteral("submitting"), 10000);
    const CliRun byId = desk.cli({QStringLiteral("submit"), id}, QStringLiteral("dave"));
    QVERIFY2(byId.exitCode == 0, byId.out.constData());
    QVERIFY2(byId.out.contains(id.toUtf8() + "\tskipped\t"), byId.out.constData());
    QCOMPARE(finish(first), 0);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
    // Already sent: the same.
    QCOMPARE(desk.cli({QStringLiteral("submit"), id}, QStringLiteral("dave")).exitCode, 0);
    // Pending approval: nothing anyone is doing; left for a person.
    const QString pending = desk.queue(QStringLiteral("main"), QStringLiteral("9"));
    const CliRun waiting = desk.cli({QStringLiteral("submit"), pending}, QStringLiteral("dave"));
    QCOMPARE(waiting.exitCode, 1);
    QVERIFY2(waiting.out.contains(pending.toUtf8() + "\tskipped\t"), waiting.out.constData());
    QCOMPARE(sim.payouts()->size(), 1);
}

void TestMoneyPath::reconcileRefusalsEndAtOnce_data()
{
    QTest::addColumn<QString>("which"); // "missing", "submitted" or "pending"
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("no such payout") << "missing" << QStringList{};
    QTest::newRow("no such payout, with a cid")
        << "missing" << QStringList{QStringLiteral("--cid"), QStringLiteral("5")};
    QTest::newRow("a submitted payout") << "submitted" << QStringList{};
    QTest::newRow("a pending payout, with a cid")
        << "pending" << QStringList{QStringLiteral("--cid"), QStringLiteral("5")};
}

void TestMoneyPath::reconcileRefusalsEndAtOnce()
{
    // Defect: a refusal answered before the event loop started, and `reconcile` waited for ever.
    QFETCH(QString, which);
    QFETCH(QStringList, extra);
    SimFixture sim(throwAwayKey("reconcile"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    QString id = QStringLiteral("987654");
    if (which == QLatin1String("submitted")) {
        id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("3"));
        QCOMPARE(desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol")).exitCode, 0);
    } else if (which == QLatin1String("pending")) {
        id = desk.queue(QStringLiteral("main"), QStringLiteral("4"));
    }
    QProcess* reconcile = desk.start(QStringList{QStringLiteral("reconcile"), id} + extra);
    const bool ended = reconcile->waitForFinished(15000);
    if (!ended) {
        reconcile->kill();
        reconcile->waitForFinished();
    }
    const QByteArray err = reconcile->readAllStandardError();
    const int code = reconcile->exitCode();
    delete reconcile;
    QVERIFY2(ended, "reconcile did not end");
    QCOMPARE(code, 1);
    QVERIFY2(!err.trimmed().isEmpty(), "reconcile said nothing");
}

void TestMoneyPath::unsavableCidIsAnError()
{
    // A gateway that answers several payouts with one cid: only the first can hold it.
    SimFixture sim(throwAwayKey("dup"), {QStringLiteral("--fault"), QStringLiteral("duplicate-cid:-1")});
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    QStringList ids;
    for (const char* amount : {"1", "2", "3"}) {
        ids << desk.queueApproved(QStringLiteral("main"), QString::fromLatin1(amount));
    }
    const CliRun run = desk.cli({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("2 payouts were not submitted"), run.err.constData());
    const QString cid = desk.rows(QStringLiteral("main")).value(ids.first()).value(QLatin1String("cid")).toString();
    QVERIFY(!cid.isEmpty());
    int reconcile = 0;
    for (const QString& id : ids.mid(1)) {
        const QString state = desk.state(QStringLiteral("main"), id);
        QVERIFY2(state == QLatin1String("needs_reconciliation"), qPrintable(state));
        ++reconcile;
    }
    QCOMPARE(reconcile, 2);
    // The person sees the cid they would otherwise lose track of.
    QCOMPARE(run.out.count(cid.toUtf8()), 3);
    QVERIFY2(run.out.contains("already holds"), run.out.constData());
}

void TestMoneyPath::undocumentedCodeLeavesThePayoutUnknown()
{
    SimFixture sim(throwAwayKey("busy"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("7"));
    // The command retries an unanswered payout twice: every one of its requests is answered so.
    QVERIFY(sim.armApiError(QStringLiteral("E0099"), QStringLiteral("System busy, please retry"), 3));
    const CliRun busy = desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol"));
    QCOMPARE(busy.exitCode, 1);
    QVERIFY2(busy.out.contains("unknown"), busy.out.constData());
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("unknown"));
    // It is resent under the same third_party_id, and nothing is paid twice.
    const CliRun retried = desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol"));
    QVERIFY2(retried.exitCode == 0, retried.out.constData());
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
    QCOMPARE(recordsFor(sim, desk, QStringLiteral("main"), id), 1);
    // A documented refusal is still final.
    const QString refused = desk.queueApproved(QStringLiteral("main"), QStringLiteral("8"));
    QVERIFY(sim.armApiError(QStringLiteral("E0005"), QStringLiteral("unsupported currency"), 1));
    QCOMPARE(desk.cli({QStringLiteral("submit"), refused}, QStringLiteral("carol")).exitCode, 1);
    QCOMPARE(desk.state(QStringLiteral("main"), refused), QStringLiteral("refused"));
}

void TestMoneyPath::editedAmountIsNotSent()
{
    SimFixture sim(throwAwayKey("edit"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("5"));
    QVERIFY(desk.tamper(QStringLiteral("UPDATE payouts SET amount = '5000' WHERE id = %1").arg(id)));
    const CliRun run = desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("no longer match what was approved"), run.out.constData());
    QCOMPARE(sim.payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("approved"));
}

void TestMoneyPath::unansweredPayoutIsHeldBackUntilReconciled()
{
    SimFixture sim(throwAwayKey("old"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("9"));
    QVERIFY(sim.armFault(QStringLiteral("http-503"), 3)); // never reaches Cregis (nor do the retries): unknown
    QCOMPARE(desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol")).exitCode, 1);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("unknown"));
    // Cregis may have it: it cannot be cancelled.
    const CliRun cancel = desk.cli({QStringLiteral("cancel"), id});
    QCOMPARE(cancel.exitCode, 1);
    // A day and more without an answer.
    QVERIFY(desk.tamper(
        QStringLiteral("UPDATE payouts SET first_sent_at = first_sent_at - 90000000 WHERE id = %1").arg(id)));
    const CliRun table = desk.cli({QStringLiteral("list")});
    QVERIFY2(table.out.contains("25 h"), table.out.constData()); // its age is shown
    const CliRun held = desk.cli({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol"));
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.out.contains("reconcile it first"), held.out.constData());
    QCOMPARE(sim.payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
    // Reconciled: the trade history holds no trace of it, so it may go out again, same id.
    const CliRun reconcile = desk.cli({QStringLiteral("reconcile"), id}, QStringLiteral("carol"));
    QVERIFY2(reconcile.err.contains("may be resent"), reconcile.err.constData());
    const CliRun resent
        = desk.cli({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol"));
    QVERIFY2(resent.exitCode == 0, resent.out.constData());
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
    QCOMPARE(recordsFor(sim, desk, QStringLiteral("main"), id), 1);
}

void TestMoneyPath::unansweredResendAppliesThePolicy()
{
    SimFixture sim(throwAwayKey("policy"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("10"));
    QVERIFY(sim.armFault(QStringLiteral("http-503"), 3));
    QCOMPARE(desk.cli({QStringLiteral("submit"), id}, QStringLiteral("carol")).exitCode, 1);
    QCOMPARE(desk.cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--allow-list-only"),
                       QStringLiteral("on"), QStringLiteral("--allow"),
                       QStringLiteral("TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8")})
                 .exitCode,
             0);
    const CliRun held = desk.cli({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol"));
    QCOMPARE(held.exitCode, 1);
    QVERIFY2(held.out.contains("not on the list of approved addresses"), held.out.constData());
    QCOMPARE(sim.payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("unknown"));
}

void TestMoneyPath::repeatedIdIsSentOnceAndWaitedFor()
{
    SimFixture sim(
        throwAwayKey("twice"),
        {QStringLiteral("--fault"), QStringLiteral("delay:-1"), QStringLiteral("--delay-ms"), QStringLiteral("1000")});
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString id = desk.queueApproved(QStringLiteral("main"), QStringLiteral("11"));
    const CliRun run = desk.cli({QStringLiteral("submit"), id, id}, QStringLiteral("carol"));
    QVERIFY2(run.exitCode == 0, run.out.constData() + run.err);
    QCOMPARE(run.out.trimmed().split('\n').size(), 1);
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("submitted"));
    QCOMPARE(recordsFor(sim, desk, QStringLiteral("main"), id), 1);
}

void TestMoneyPath::concurrentFirstOpensAllSucceed()
{
    // Three processes opening a new store at once: about 2 runs in 3 failed before.
    for (int round = 0; round < 8; ++round) {
        CliDesk desk;
        QCOMPARE(desk.cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("main"),
                           QStringLiteral("--base-url"), QStringLiteral("https://t-test.cregis.dev"),
                           QStringLiteral("--pid"), QStringLiteral("1")})
                     .exitCode,
                 0);
        QList<QProcess*> processes;
        for (int i = 0; i < 3; ++i) {
            processes << desk.start({QStringLiteral("list")});
        }
        for (QProcess* process : std::as_const(processes)) {
            process->waitForFinished(30000);
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitCode() == 0, err.constData());
        }
        qDeleteAll(processes);
    }
}

void TestMoneyPath::unreadableThresholdFailsClosed()
{
    SimFixture sim(throwAwayKey("threshold"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    // A threshold with more decimals than any amount can have: dropped on reload before.
    desk.setSetting(QStringLiteral("profiles/main/policy/thresholds"),
                    QByteArray(R"([{"currency":"195@195","at_least":"1.0000000000000000001","approvals":2}])"));
    const CliRun show = desk.cli({QStringLiteral("policy"), QStringLiteral("show")});
    QVERIFY2(show.out.contains("problem\t"), show.out.constData());
    const QString id = desk.queue(QStringLiteral("main"), QStringLiteral("0.5"));
    const CliRun approve = desk.cli({QStringLiteral("approve"), id}, QStringLiteral("bob"));
    QVERIFY2(approve.out.contains("1 of 2"), approve.out.constData()); // strictest: every amount needs two
    QCOMPARE(desk.state(QStringLiteral("main"), id), QStringLiteral("pending_approval"));
}

void TestMoneyPath::unreadableApprovalCountBlocks()
{
    SimFixture sim(throwAwayKey("blocked"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    const QString approved = desk.queueApproved(QStringLiteral("main"), QStringLiteral("3"));
    desk.setSetting(QStringLiteral("profiles/main/policy/approvals_required"), QStringLiteral("two"));
    const QString pending = desk.queue(QStringLiteral("main"), QStringLiteral("4"));
    QCOMPARE(desk.cli({QStringLiteral("approve"), pending}, QStringLiteral("bob")).exitCode, 1);
    const CliRun send = desk.cli({QStringLiteral("submit"), approved}, QStringLiteral("carol"));
    QCOMPARE(send.exitCode, 1);
    QVERIFY2(send.out.contains("cannot be applied"), send.out.constData());
    QCOMPARE(sim.payouts().value_or(QJsonArray{QJsonValue()}).size(), 0);
    // A half-read policy is never saved back: it must be stated whole.
    QCOMPARE(desk.cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--expiry-hours"),
                       QStringLiteral("4")})
                 .exitCode,
             2);
    QCOMPARE(
        desk.cli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--approvals"), QStringLiteral("1")})
            .exitCode,
        0);
    QCOMPARE(desk.cli({QStringLiteral("submit"), approved}, QStringLiteral("carol")).exitCode, 0);
}

void TestMoneyPath::coinNameOnSeveralChains()
{
    SimFixture sim(throwAwayKey("chains"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    // The gateway serves one coin name on two chains.
    desk.setSetting(
        QStringLiteral("profiles/main/currencies/served"),
        QByteArray(
            R"([{"coin_name":"USDX","chain_id":"195","token_id":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","decimals":6},)"
            R"({"coin_name":"USDX","chain_id":"2510","token_id":"0x55d398326f99059ff775485246999027b3197955","decimals":18}])"));
    const CliRun set = desk.cli(
        {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--threshold"), QStringLiteral("USDX:100:2")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(set.out.count("threshold\t"), 2); // one per chain: the rule covers both
    const CliRun queued = desk.cli({QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("USDX"),
                                    QStringLiteral("--to"), tron, QStringLiteral("--amount"), QStringLiteral("1")});
    QCOMPARE(queued.exitCode, 1);
    QVERIFY2(queued.err.contains("served on 2 chains"), queued.err.constData());
}

void TestMoneyPath::demoIsAFlagNotAName()
{
    SimFixture sim(throwAwayKey("democorp"));
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("DemoCorp"), sim));
    QVERIFY(!desk.queue(QStringLiteral("DemoCorp"), QStringLiteral("1")).isEmpty());
    QVERIFY(QFile::exists(desk.database()));
    QVERIFY(!QFile::exists(QDir(desk.path()).filePath(QStringLiteral("demo.sqlite"))));
}

QTEST_GUILESS_MAIN(TestMoneyPath)
#include "tst_moneypath.moc"
