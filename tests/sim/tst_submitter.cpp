// Submission against the real simulator: the answer is committed at once, and no fault can make
// a payout go out under a second third_party_id.
#include "SubmissionRig.h"
#include "payout/PayoutValidator.h"
#include "workflow/PayoutSubmitter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;
using Kind = workflow::SubmitOutcome::Kind;

class TestSubmitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void submitsAndRecordsCid();
    void refusalIsRecorded();
    void noAnswerThenRetryIsReconciled();
    void unclaimableIsNotSent();
    void pendingIsNotSent();

private:
    qint64 queue(const QString& amount, const QString& memo = {});
    workflow::SubmitOutcome submit(qint64 id);
    int simRecordsFor(const QString& thirdPartyId);

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<SubmissionRig> m_rig;
};

void TestSubmitter::initTestCase()
{
    m_sim = std::make_unique<SimFixture>("submitter-test-key");
    QVERIFY(m_sim->isReady());
}

void TestSubmitter::init()
{
    m_rig = std::make_unique<SubmissionRig>(*m_sim, QStringLiteral("alice"));
    QVERIFY2(m_rig->isReady(), qPrintable(m_rig->error()));
}

void TestSubmitter::cleanup()
{
    m_rig.reset();
}

qint64 TestSubmitter::queue(const QString& amount, const QString& memo)
{
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("USDT-TRC20");
    draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    draft.amount = amount;
    draft.memo = memo;
    const auto result = payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft);
    if (!result.fields) {
        return 0;
    }
    const qint64 id = m_rig->store().addPayout(*result.fields, QStringLiteral("alice")).value_or(0);
    // A second person approves it; only approved payouts are sent.
    return id > 0 && m_rig->approvalStore().approve(id, QStringLiteral("bob"), store::ApprovalRequirement{}) ? id : 0;
}

workflow::SubmitOutcome TestSubmitter::submit(qint64 id)
{
    return m_rig->submit(id);
}

int TestSubmitter::simRecordsFor(const QString& thirdPartyId)
{
    return m_sim->recordsFor(thirdPartyId);
}

void TestSubmitter::submitsAndRecordsCid()
{
    const qint64 id = queue(QStringLiteral("2.25"));
    QVERIFY(id > 0);
    const auto outcome = submit(id);
    QCOMPARE(outcome.kind, Kind::Submitted);
    const auto stored = m_rig->store().payout(id);
    QCOMPARE(stored->state, PayoutState::Submitted);
    QCOMPARE(stored->cid, outcome.cid);
    QVERIFY(stored->submittedAtMs.has_value());
    QCOMPARE(simRecordsFor(stored->thirdPartyId), 1);
}

void TestSubmitter::refusalIsRecorded()
{
    // The simulator refuses a payout whose wallet does not exist? It refuses a reused id; use a
    // currency it does not serve instead, which no local rule can know.
    payout::PayoutFields fields;
    fields.currency = QStringLiteral("999@999");
    fields.coinName = QStringLiteral("NOPE");
    fields.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    fields.amount = *money::Amount::parse(QStringLiteral("1"), 6).amount;
    const qint64 id = *m_rig->store().addPayout(fields, QStringLiteral("alice"));
    QVERIFY(m_rig->approvalStore().approve(id, QStringLiteral("bob"), store::ApprovalRequirement{}));
    const auto outcome = submit(id);
    QCOMPARE(outcome.kind, Kind::Refused);
    QCOMPARE(outcome.cregis.code, QStringLiteral("E0005"));
    const auto stored = m_rig->store().payout(id);
    QCOMPARE(stored->state, PayoutState::Refused);
    QCOMPARE(stored->errorCode, QStringLiteral("E0005"));
    QVERIFY(!stored->errorMessage.isEmpty());
}

void TestSubmitter::noAnswerThenRetryIsReconciled()
{
    const qint64 id = queue(QStringLiteral("3"));
    QVERIFY(m_sim->armFault(QStringLiteral("drop-after-record"), 1));
    const auto first = submit(id);
    QCOMPARE(first.kind, Kind::Unknown);
    QCOMPARE(m_rig->store().payout(id)->state, PayoutState::Unknown);
    const QString thirdPartyId = m_rig->store().payout(id)->thirdPartyId;
    QCOMPARE(simRecordsFor(thirdPartyId), 1);

    // The retry carries the same third_party_id; Cregis answers E0009 because the first got through.
    const auto retry = submit(id);
    QCOMPARE(retry.kind, Kind::NeedsReconciliation);
    const auto stored = m_rig->store().payout(id);
    QCOMPARE(stored->state, PayoutState::NeedsReconciliation);
    QCOMPARE(stored->thirdPartyId, thirdPartyId);
    QCOMPARE(stored->attempts, 2);
    QCOMPARE(simRecordsFor(thirdPartyId), 1);
}

void TestSubmitter::unclaimableIsNotSent()
{
    const qint64 id = queue(QStringLiteral("4"));
    QCOMPARE(submit(id).kind, Kind::Submitted);
    const auto before = m_sim->payouts();
    QVERIFY(before);
    const auto again = submit(id); // already submitted
    QCOMPARE(again.kind, Kind::Skipped);
    QCOMPARE(again.store.state, std::optional(PayoutState::Submitted));
    QCOMPARE(m_sim->payouts().value_or(QJsonArray{}).size(), before->size());
}

void TestSubmitter::pendingIsNotSent()
{
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("USDT-TRC20");
    draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    draft.amount = QStringLiteral("5");
    const auto fields = payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
    const qint64 id = *m_rig->store().addPayout(*fields, QStringLiteral("alice"));
    const auto outcome = submit(id);
    QCOMPARE(outcome.kind, Kind::Skipped);
    QCOMPARE(outcome.store.problem, store::StoreProblem::WrongState);
    QCOMPARE(outcome.store.state, std::optional(PayoutState::PendingApproval));
    QCOMPARE(m_rig->store().payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(simRecordsFor(m_rig->store().payout(id)->thirdPartyId), 0);
}

QTEST_GUILESS_MAIN(TestSubmitter)
#include "tst_submitter.moc"
