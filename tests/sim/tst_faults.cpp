// Submission through every simulator fault: whatever goes wrong on the wire, each payout ends
// `submitted` with the cid Cregis holds for it, or `needs_reconciliation`; Cregis records each
// payout at most once; and no payout ever goes out under a second third_party_id.
#include "SubmissionRig.h"
#include "payout/PayoutValidator.h"
#include "workflow/BatchSubmitter.h"
#include "workflow/Reconciler.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFault_data();
    void everyFault();

private:
    QList<qint64> queueApproved(int count);
    void runBatch(const QList<qint64>& ids);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<SubmissionRig> m_rig;
};

void TestFaults::initTestCase()
{
    // The delay outlasts the client's timeout below, so `delay` is a real timeout.
    m_sim = std::make_unique<SimFixture>("faults-test-key",
                                         QStringList{QStringLiteral("--delay-ms"), QStringLiteral("1500")});
    QVERIFY(m_sim->isReady());
}

void TestFaults::init()
{
    m_rig = std::make_unique<SubmissionRig>(*m_sim, QStringLiteral("carol"), 500);
    QVERIFY2(m_rig->isReady(), qPrintable(m_rig->error()));
}

void TestFaults::cleanup()
{
    QVERIFY(m_sim->armFault(QStringLiteral("none")));
    m_rig.reset();
}

QList<qint64> TestFaults::queueApproved(int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        payout::PayoutDraft draft;
        draft.currency = QStringLiteral("USDT-TRC20");
        draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
        draft.amount = QStringLiteral("1.%1").arg(i + 1);
        const auto fields = payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
        const qint64 id = m_rig->store().addPayout(*fields, QStringLiteral("alice")).value_or(0);
        if (id > 0 && m_rig->approvalStore().approve(id, QStringLiteral("bob"), {})) {
            ids << id;
        }
    }
    return ids;
}

void TestFaults::runBatch(const QList<qint64>& ids)
{
    workflow::BatchSubmitter batch(m_rig->submitter());
    batch.setMaxInFlight(3);
    batch.setRetryDelaysMs({50, 100, 200});
    QSignalSpy finished(&batch, &workflow::BatchSubmitter::finished);
    batch.start(ids);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
}

void TestFaults::everyFault_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("count");
    QTest::newRow("drop after recording") << "drop-after-record" << 3;
    QTest::newRow("HTTP 503") << "http-503" << 3;
    QTest::newRow("HTTP 429") << "http-429" << 3;
    QTest::newRow("delay past the timeout") << "delay" << 2;
    QTest::newRow("malformed JSON") << "malformed-json" << 3;
    QTest::newRow("redirect") << "redirect" << 2;
    QTest::newRow("503 on every request") << "http-503" << -1;
}

void TestFaults::everyFault()
{
    QFETCH(QString, fault);
    QFETCH(int, count);
    const QList<qint64> ids = queueApproved(6);
    QCOMPARE(ids.size(), 6);
    QVERIFY(m_sim->armFault(fault, count));
    runBatch(ids);
    if (count < 0) {
        // A gateway that never answers: nothing may be lost or guessed; every payout waits as
        // `unknown`. Then the gateway recovers and a second run settles them.
        for (qint64 id : ids) {
            QCOMPARE(m_rig->store().payout(id)->state, PayoutState::Unknown);
        }
        QVERIFY(m_sim->armFault(QStringLiteral("none")));
        runBatch(ids);
    }
    // A delayed answer may still be recorded by the simulator after the client gave up.
    QTest::qWait(fault == QLatin1String("delay") ? 1600 : 0);
    // Anything still `unknown` is retried once more, as a person (or the next run) would.
    QList<qint64> unknown;
    for (qint64 id : ids) {
        if (m_rig->store().payout(id)->state == PayoutState::Unknown) {
            unknown << id;
        }
    }
    if (!unknown.isEmpty()) {
        runBatch(unknown);
    }

    const auto recorded = m_sim->payouts();
    QVERIFY(recorded);
    QHash<QString, QString> cidByThirdPartyId;
    for (const QJsonValue& entry : *recorded) {
        const QJsonObject object = entry.toObject();
        const QString thirdPartyId = object.value(QLatin1String("third_party_id")).toString();
        QVERIFY2(!cidByThirdPartyId.contains(thirdPartyId), "the simulator recorded a payout twice");
        cidByThirdPartyId.insert(thirdPartyId, object.value(QLatin1String("cid")).toString());
    }
    QSet<QString> localIds;
    for (qint64 id : ids) {
        const auto p = m_rig->store().payout(id);
        localIds.insert(p->thirdPartyId);
        QVERIFY2(p->state == PayoutState::Submitted || p->state == PayoutState::NeedsReconciliation,
                 qPrintable(QStringLiteral("payout %1 ended %2").arg(id).arg(payout::toStorageName(p->state))));
        if (p->state == PayoutState::Submitted) {
            QVERIFY(cidByThirdPartyId.contains(p->thirdPartyId));
            QCOMPARE(QString::number(*p->cid), cidByThirdPartyId.value(p->thirdPartyId));
        } else {
            // Reconciliation finds it in the trade history and verifies it by payout query.
            workflow::Reconciler reconciler(m_rig->store(), m_rig->client(), m_rig->approvals(), m_rig->clock(),
                                            m_rig->person());
            std::optional<workflow::Reconciler::Result> result;
            reconciler.findAndReconcile(id, [&result](const workflow::Reconciler::Result& r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(int(result->outcome), int(workflow::Reconciler::Result::Outcome::Recorded));
            QCOMPARE(QString::number(*m_rig->store().payout(id)->cid), cidByThirdPartyId.value(p->thirdPartyId));
        }
    }
    // Everything Cregis holds from this run was sent under a third_party_id PayDesk generated
    // once for it: no second id, no stray payout.
    int fromThisRun = 0;
    for (const QString& thirdPartyId : cidByThirdPartyId.keys()) {
        fromThisRun += localIds.contains(thirdPartyId) ? 1 : 0;
    }
    QCOMPARE(fromThisRun, ids.size());
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
