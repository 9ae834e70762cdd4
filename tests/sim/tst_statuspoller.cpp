// The status poller against the real simulator, through every final Cregis status: each payout
// is followed until Cregis reports it final, and "paid" is only ever status 6.
#include "SubmissionRig.h"
#include "workflow/StatusPoller.h"

#include <QSignalSpy>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

namespace {

// One recipient per final status; the simulator walks each along its own path.
const QList<std::pair<QString, int>> recipients{
    {QStringLiteral("TFinalSix66666666666666666666666666"), 6},
    {QStringLiteral("TFinalSeven777777777777777777777777"), 7},
    {QStringLiteral("TSignatureRejected222222222222222222"), 2},
    {QStringLiteral("TApprovalCancelled33333333333333333"), 3},
    {QStringLiteral("TApprovalRejected444444444444444444"), 4},
};

} // namespace

class TestStatusPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsEveryPathToItsFinalStatus_data();
    void followsEveryPathToItsFinalStatus();
};

void TestStatusPoller::followsEveryPathToItsFinalStatus_data()
{
    QTest::addColumn<bool>("cregisApproval");
    QTest::newRow("no approval inside Cregis") << false;
    QTest::newRow("approval inside Cregis (status 0 first)") << true;
}

void TestStatusPoller::followsEveryPathToItsFinalStatus()
{
    QFETCH(bool, cregisApproval);
    QStringList args;
    for (const auto& [address, status] : recipients) {
        args << QStringLiteral("--final-status") << QStringLiteral("%1:%2").arg(address).arg(status);
    }
    if (cregisApproval) {
        args << QStringLiteral("--cregis-approval");
    }
    SimFixture sim("poller-test-key", args);
    QVERIFY(sim.isReady());
    SubmissionRig rig(sim, QStringLiteral("carol"));
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));

    QHash<qint64, int> finalStatusById;
    for (const auto& [address, status] : recipients) {
        payout::PayoutFields fields;
        fields.currency = QStringLiteral("195@195");
        fields.coinName = QStringLiteral("TRX");
        fields.toAddress = address;
        fields.amount = *money::Amount::parse(QStringLiteral("1"), 6).amount;
        const qint64 id = rig.store().addPayout(fields, QStringLiteral("alice")).value_or(0);
        QVERIFY(rig.approvalStore().approve(id, QStringLiteral("bob"), {}));
        QCOMPARE(rig.submit(id).kind, workflow::SubmitOutcome::Kind::Submitted);
        finalStatusById.insert(id, status);
    }

    workflow::StatusPoller poller(rig.store(), rig.client(), rig.clock(), rig.person());
    QHash<qint64, QList<int>> seen;
    for (int round = 0; round < 6; ++round) {
        QSignalSpy finished(&poller, &workflow::StatusPoller::finished);
        poller.pollOnce(true);
        QVERIFY(finished.count() == 1 || finished.wait(10000));
        QCOMPARE(finished.first().at(1).toInt(), 0); // nothing failed
        for (auto it = finalStatusById.cbegin(); it != finalStatusById.cend(); ++it) {
            const auto p = rig.store().payout(it.key());
            QVERIFY(p->cregisStatus);
            if (seen[it.key()].isEmpty() || seen[it.key()].last() != *p->cregisStatus) {
                seen[it.key()].append(*p->cregisStatus);
            }
        }
    }
    for (auto it = finalStatusById.cbegin(); it != finalStatusById.cend(); ++it) {
        const auto p = rig.store().payout(it.key());
        QCOMPARE(p->state, PayoutState::Submitted);
        QCOMPARE(*p->cregisStatus, it.value());
        QVERIFY(payout::isTerminalCregisStatus(*p->cregisStatus));
        const QList<int>& path = seen.value(it.key());
        QCOMPARE(path.first() == 0, cregisApproval || it.value() == 3 || it.value() == 4);
        // A txid exists only once the payout was broadcast (status 1), which 2, 3 and 4 never are.
        QCOMPARE(p->txid.isEmpty(), it.value() == 2 || it.value() == 3 || it.value() == 4);
    }
    // A final status is never asked about again.
    QSignalSpy last(&poller, &workflow::StatusPoller::finished);
    poller.pollOnce(true);
    QVERIFY(last.count() == 1 || last.wait(10000));
    QCOMPARE(last.first().at(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStatusPoller)
#include "tst_statuspoller.moc"
