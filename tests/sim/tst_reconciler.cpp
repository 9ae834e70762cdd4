// Reconciliation against the real simulator: a payout that reached Cregis without PayDesk
// learning its cid is found wherever it sits in the trade history, whatever case the gateway
// writes an EVM address in, and is recorded only after Cregis's payout query confirms it.
#include "SubmissionRig.h"
#include "payout/PayoutValidator.h"
#include "workflow/Reconciler.h"

#include <QJsonObject>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;
using Kind = workflow::SubmitOutcome::Kind;

namespace {

payout::PayoutFields fieldsFor(const QString& currency, const QString& to, const QString& amount)
{
    payout::PayoutDraft draft;
    draft.currency = currency;
    draft.toAddress = to;
    draft.amount = amount;
    return *payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
}

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsATradeBeyondTheFirstPage();
    void evmAddressInAnotherCaseIsTheSame();
    void nothingFoundLetsItBeResent();
    void nothingFoundWithStaleApprovalsReturnsItToTheQueue();

private:
    // Queued, approved, sent and recorded by the simulator, but its answer lost: `unknown`.
    static qint64 lostAnswer(SimFixture& sim, SubmissionRig& rig, const payout::PayoutFields& fields);
    static workflow::Reconciler::Result reconcile(SubmissionRig& rig, qint64 id);
    // Asks Cregis about a cid once, which moves the simulator's payout on (and gives it a block time).
    static bool query(SubmissionRig& rig, qint64 cid);
};

qint64 TestReconciler::lostAnswer(SimFixture& sim, SubmissionRig& rig, const payout::PayoutFields& fields)
{
    const qint64 id = rig.store().addPayout(fields, QStringLiteral("alice")).value_or(0);
    if (id == 0 || !rig.approvalStore().approve(id, QStringLiteral("bob"), {})) {
        return 0;
    }
    // Twice: Qt sends a dropped POST once more by itself.
    if (!sim.armFault(QStringLiteral("drop-after-record"), 2)) {
        return 0;
    }
    return rig.submit(id).kind == Kind::Unknown ? id : 0;
}

workflow::Reconciler::Result TestReconciler::reconcile(SubmissionRig& rig, qint64 id)
{
    workflow::Reconciler reconciler(rig.store(), rig.client(), rig.approvals(), rig.clock(), rig.person());
    std::optional<workflow::Reconciler::Result> result;
    reconciler.findAndReconcile(id, [&result](const workflow::Reconciler::Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return {};
    }
    return *result;
}

bool TestReconciler::query(SubmissionRig& rig, qint64 cid)
{
    bool answered = false;
    QObject context;
    rig.client().queryPayout(cid, &context,
                             [&answered](const cregis::CregisResult<cregis::PayoutStatus>& r) { answered = r.ok(); });
    return QTest::qWaitFor([&answered] { return answered; }, 10000);
}

void TestReconciler::findsATradeBeyondTheFirstPage()
{
    // Defect: only the newest 100 trades were read, so an older payout was reported not there.
    SimFixture sim("reconcile-pages-key");
    QVERIFY(sim.isReady());
    SubmissionRig rig(sim, QStringLiteral("carol"));
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));
    const QString tron = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    const qint64 lost = lostAnswer(sim, rig, fieldsFor(QStringLiteral("USDT-TRC20"), tron, QStringLiteral("77.77")));
    QVERIFY(lost > 0);
    // 120 later payouts, each moved on chain (block time set) by one status query.
    for (int i = 0; i < 120; ++i) {
        const qint64 id = rig.store()
                              .addPayout(fieldsFor(QStringLiteral("USDT-TRC20"), tron, QStringLiteral("%1").arg(i + 1)),
                                         QStringLiteral("alice"))
                              .value_or(0);
        QVERIFY(rig.approvalStore().approve(id, QStringLiteral("bob"), {}));
        const workflow::SubmitOutcome sent = rig.submit(id);
        QCOMPARE(sent.kind, Kind::Submitted);
        QVERIFY(query(rig, *sent.cid));
    }
    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    const qint64 lostCid = recorded->first().toObject().value(QLatin1String("cid")).toString().toLongLong();
    QVERIFY(query(rig, lostCid));

    const workflow::Reconciler::Result result = reconcile(rig, lost);
    QCOMPARE(result.outcome, workflow::Reconciler::Result::Outcome::Recorded);
    QCOMPARE(rig.store().payout(lost)->cid, std::optional<qint64>(lostCid));
    QCOMPARE(rig.store().payout(lost)->state, PayoutState::Submitted);
}

void TestReconciler::evmAddressInAnotherCaseIsTheSame()
{
    // Defect: addresses were compared as exact strings, so an EVM payout the gateway reports in
    // lower case could never be reconciled.
    SimFixture sim("reconcile-evm-key", {QStringLiteral("--lowercase-evm")});
    QVERIFY(sim.isReady());
    SubmissionRig rig(sim, QStringLiteral("carol"));
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));
    const QString checksummed = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    const qint64 lost = lostAnswer(sim, rig, fieldsFor(QStringLiteral("ETH"), checksummed, QStringLiteral("0.5")));
    QVERIFY(lost > 0);
    const auto recorded = sim.payouts();
    QVERIFY(recorded);
    QCOMPARE(recorded->first().toObject().value(QLatin1String("to_address")).toString(), checksummed.toLower());
    const workflow::Reconciler::Result result = reconcile(rig, lost);
    QCOMPARE(result.outcome, workflow::Reconciler::Result::Outcome::Recorded);
    QCOMPARE(QString::number(*rig.store().payout(lost)->cid),
             recorded->first().toObject().value(QLatin1String("cid")).toString());
}

void TestReconciler::nothingFoundLetsItBeResent()
{
    SimFixture sim("reconcile-none-key");
    QVERIFY(sim.isReady());
    SubmissionRig rig(sim, QStringLiteral("carol"));
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));
    const qint64 id
        = rig.store()
              .addPayout(fieldsFor(QStringLiteral("TRX"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                                   QStringLiteral("3")),
                         QStringLiteral("alice"))
              .value_or(0);
    QVERIFY(rig.approvalStore().approve(id, QStringLiteral("bob"), {}));
    QVERIFY(sim.armFault(QStringLiteral("http-503"), 1)); // never reached Cregis
    QCOMPARE(rig.submit(id).kind, Kind::Unknown);
    const workflow::Reconciler::Result result = reconcile(rig, id);
    QVERIFY(!result.recorded());
    QCOMPARE(result.outcome, workflow::Reconciler::Result::Outcome::MayBeResent);
    const auto p = rig.store().payout(id);
    QCOMPARE(p->state, PayoutState::Unknown);
    QVERIFY(p->reconcileCheckedAtMs);
    QCOMPARE(rig.submit(id).kind, Kind::Submitted);
    QCOMPARE(sim.recordsFor(p->thirdPartyId), 1);
}

void TestReconciler::nothingFoundWithStaleApprovalsReturnsItToTheQueue()
{
    SimFixture sim("reconcile-queue-key");
    QVERIFY(sim.isReady());
    SubmissionRig rig(sim, QStringLiteral("carol"));
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));
    const qint64 id
        = rig.store()
              .addPayout(fieldsFor(QStringLiteral("TRX"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                                   QStringLiteral("4")),
                         QStringLiteral("alice"))
              .value_or(0);
    QVERIFY(rig.approvalStore().approve(id, QStringLiteral("bob"), {}));
    QVERIFY(sim.armFault(QStringLiteral("http-503"), 1));
    QCOMPARE(rig.submit(id).kind, Kind::Unknown);
    const QString thirdPartyId = rig.store().payout(id)->thirdPartyId;
    workflow::ApprovalPolicy stricter;
    stricter.approvalsRequired = 2;
    rig.approvals().setPolicy(stricter);
    const workflow::Reconciler::Result result = reconcile(rig, id);
    QCOMPARE(result.outcome, workflow::Reconciler::Result::Outcome::ReturnedForApproval);
    QCOMPARE(rig.store().payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(rig.store().payout(id)->thirdPartyId, thirdPartyId); // the same idempotency key
    QVERIFY(!rig.store().cancel(id, QStringLiteral("alice"))); // it was sent once: never cancelled
}

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
