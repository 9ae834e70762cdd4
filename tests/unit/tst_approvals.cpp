// Four eyes in the store and the approval policy: who may approve, what voids an approval, and
// which decisions are final.
#include "TestEngine.h"
#include "desk/PolicySettings.h"
#include "payout/PayoutValidator.h"
#include "store/ProfileStore.h"
#include "workflow/ApprovalService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

namespace {

class SettableClock final : public config::Clock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now = 1700000000000;
};

payout::PayoutFields fields(const QString& amount,
                            const QString& to = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"))
{
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("USDT-TRC20");
    draft.toAddress = to;
    draft.amount = amount;
    return *payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
}

workflow::ApprovalPolicy thresholdPolicy()
{
    workflow::ApprovalPolicy policy;
    policy.thresholds = {{QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
                          *money::Amount::parse(QStringLiteral("1000"), 6).amount, 2}};
    return policy;
}

} // namespace

class TestApprovals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void creatorCannotApprove();
    void samePersonCountsOnce();
    void thresholdNeedsTwoDistinctApprovers_data();
    void thresholdNeedsTwoDistinctApprovers();
    void editVoidsApprovals();
    void rejectNeedsReasonAndIsFinal();
    void cancelIsCreatorsAndFinal();
    void allowList();
    void expiredApprovalsReturnToQueue();
    void approvalIsOfWhatWasReviewed();
    void thresholdAtAnyPrecision_data();
    void thresholdAtAnyPrecision();
    void blockedPolicyApprovesAndSendsNothing();
    void allowListComparesEvmAddressesByValue();
    void unansweredResendFollowsThePolicy();
    void unansweredTooLongNeedsReconciliation();
    void stampsFromTheFutureGrantNothing();

private:
    // Queued by alice, approved by bob, claimed and left without an answer.
    qint64 addUnanswered(workflow::ApprovalService& service, const QString& amount);
    qint64 add(const QString& amount, const QString& creator = QStringLiteral("alice"));
    // The policy the desk applies, and on a team store the database too (its own copy).
    workflow::ApprovalPolicy use(const workflow::ApprovalPolicy& policy);
    // Time passes for the desk and for its store's stamps.
    void elapse(qint64 ms);
    QString path() const { return m_dir->filePath(QStringLiteral("a.sqlite")); }

    SettableClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::ProfileStore> m_profileStore;
    store::PayoutStore* m_store = nullptr;
    store::ApprovalStore* m_approvals = nullptr;
};

void TestApprovals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    store::StoreError error;
    m_profileStore
        = TestEngine::open(path(), {QStringLiteral("main"), 1, QStringLiteral("https://gw.example")}, m_clock, &error);
    QVERIFY2(m_profileStore, qPrintable(error.detail));
    // One clock for the desk and its store: the server's stamps are its own time.
    m_clock.set(TestEngine::storeNowMs(path(), 1700000000000));
    m_store = &m_profileStore->payouts();
    m_approvals = &m_profileStore->approvals();
}

void TestApprovals::cleanup()
{
    m_profileStore.reset();
}

workflow::ApprovalPolicy TestApprovals::use(const workflow::ApprovalPolicy& policy)
{
    desk::PolicyValues values;
    desk::PolicySettings(values).save(policy);
    if (!TestEngine::setTeamPolicy(path(), values)) {
        qWarning("the team policy was not set");
    }
    return policy;
}

void TestApprovals::elapse(qint64 ms)
{
    if (!TestEngine::isPostgres()) {
        m_clock.advance(ms);
        return;
    }
    // The server's clock cannot be moved: what it stamped moves into the past instead, and the
    // desk keeps the server's time.
    if (!TestEngine::elapse(path(), ms)) {
        qWarning("the database's time did not pass");
    }
    m_clock.set(TestEngine::storeNowMs(path(), 0));
}

qint64 TestApprovals::add(const QString& amount, const QString& creator)
{
    return m_store->addPayout(fields(amount), creator).value_or(0);
}

void TestApprovals::creatorCannotApprove()
{
    const qint64 id = add(QStringLiteral("10"));
    workflow::ApprovalService service(*m_store, *m_approvals, {}, m_clock);
    QVERIFY(!service.approve(id, QStringLiteral("alice")));
    QCOMPARE(service.lastError().store.problem, store::StoreProblem::CreatorCannotApprove);
    QCOMPARE(m_store->payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(service.approve(id, QStringLiteral("bob")), std::optional(store::ApprovalOutcome::Approved));
    QCOMPARE(m_store->payout(id)->state, PayoutState::Approved);
    QCOMPARE(m_store->payout(id)->approvedBy, QStringLiteral("bob"));
}

void TestApprovals::samePersonCountsOnce()
{
    const qint64 id = add(QStringLiteral("1500"));
    workflow::ApprovalService service(*m_store, *m_approvals, use(thresholdPolicy()), m_clock);
    QCOMPARE(service.approve(id, QStringLiteral("bob")), std::optional(store::ApprovalOutcome::Recorded));
    QVERIFY(!service.approve(id, QStringLiteral("bob")));
    QCOMPARE(service.lastError().store.problem, store::StoreProblem::AlreadyApproved);
    QCOMPARE(m_store->payout(id)->state, PayoutState::PendingApproval);
}

void TestApprovals::thresholdNeedsTwoDistinctApprovers_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("required");
    QTest::newRow("below the threshold") << "999.999999" << 1;
    QTest::newRow("at the threshold") << "1000" << 2;
    QTest::newRow("above the threshold") << "1500.5" << 2;
}

void TestApprovals::thresholdNeedsTwoDistinctApprovers()
{
    QFETCH(QString, amount);
    QFETCH(int, required);
    const qint64 id = add(amount);
    workflow::ApprovalService service(*m_store, *m_approvals, use(thresholdPolicy()), m_clock);
    QCOMPARE(service.policy().requiredApprovals(m_store->payout(id)->fields), required);
    const auto first = service.approve(id, QStringLiteral("bob"));
    QCOMPARE(first, std::optional(required == 1 ? store::ApprovalOutcome::Approved : store::ApprovalOutcome::Recorded));
    if (required == 2) {
        QCOMPARE(m_store->payout(id)->state, PayoutState::PendingApproval);
        QCOMPARE(service.approve(id, QStringLiteral("carol")), std::optional(store::ApprovalOutcome::Approved));
        QCOMPARE(m_store->payout(id)->approvedBy, QStringLiteral("bob, carol"));
    }
    QCOMPARE(m_store->payout(id)->state, PayoutState::Approved);
}

void TestApprovals::editVoidsApprovals()
{
    const qint64 id = add(QStringLiteral("1500"));
    workflow::ApprovalService service(*m_store, *m_approvals, use(thresholdPolicy()), m_clock);
    QVERIFY(service.approve(id, QStringLiteral("bob")));
    const QByteArray before = m_store->payout(id)->contentHash;
    // Only the creator edits; someone else's edit is refused.
    QVERIFY(!m_store->editPayout(id, fields(QStringLiteral("1600")), QStringLiteral("bob")));
    QVERIFY(m_store->editPayout(id, fields(QStringLiteral("1600")), QStringLiteral("alice")));
    const auto edited = m_store->payout(id);
    QVERIFY(edited->contentHash != before);
    QCOMPARE(edited->fields.amount.toCanonical(), QStringLiteral("1600"));
    QCOMPARE(m_approvals->validApprovalCount(id, {}), 0);
    // bob's earlier approval was for other content: he may (and must) approve again.
    QCOMPARE(service.approve(id, QStringLiteral("carol")), std::optional(store::ApprovalOutcome::Recorded));
    QCOMPARE(service.approve(id, QStringLiteral("bob")), std::optional(store::ApprovalOutcome::Approved));

    // An edit of an approved payout sends it back to the queue.
    QVERIFY(m_store->editPayout(id, fields(QStringLiteral("1700")), QStringLiteral("alice")));
    QCOMPARE(m_store->payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(m_store->payout(id)->approvedBy, QString());
}

void TestApprovals::rejectNeedsReasonAndIsFinal()
{
    const qint64 id = add(QStringLiteral("10"));
    workflow::ApprovalService service(*m_store, *m_approvals, {}, m_clock);
    QVERIFY(!service.reject(id, QStringLiteral("bob"), QStringLiteral("   ")));
    QCOMPARE(service.lastError().store.problem, store::StoreProblem::ReasonRequired);
    QVERIFY(!service.reject(id, QStringLiteral("alice"), QStringLiteral("mine"))); // the creator cancels instead
    QVERIFY(service.reject(id, QStringLiteral("bob"), QStringLiteral("wrong invoice")));
    QCOMPARE(m_store->payout(id)->state, PayoutState::Rejected);
    QVERIFY(!service.approve(id, QStringLiteral("carol")));
    QVERIFY(!m_store->claimForSubmission(id, {PayoutState::Approved, PayoutState::Unknown}, {}, QStringLiteral("carol"))
                 .claimed);
    QVERIFY(!service.cancel(id, QStringLiteral("alice")));
    QVERIFY(!m_store->editPayout(id, fields(QStringLiteral("11")), QStringLiteral("alice")));
    QCOMPARE(m_store->payout(id)->state, PayoutState::Rejected);
}

void TestApprovals::cancelIsCreatorsAndFinal()
{
    const qint64 id = add(QStringLiteral("10"));
    workflow::ApprovalService service(*m_store, *m_approvals, {}, m_clock);
    QVERIFY(service.approve(id, QStringLiteral("bob")));
    QVERIFY(!service.cancel(id, QStringLiteral("bob")));
    QCOMPARE(service.lastError().store.problem, store::StoreProblem::CreatorOnly);
    QVERIFY(service.cancel(id, QStringLiteral("alice")));
    QCOMPARE(m_store->payout(id)->state, PayoutState::Cancelled);
    QVERIFY(!m_store->claimForSubmission(id, {PayoutState::Approved, PayoutState::Unknown}, {}, QStringLiteral("bob"))
                 .claimed);
    QVERIFY(!service.reject(id, QStringLiteral("bob"), QStringLiteral("too late")));
    QCOMPARE(m_store->payout(id)->state, PayoutState::Cancelled);
}

void TestApprovals::allowList()
{
    workflow::ApprovalPolicy policy;
    policy.allowListOnly = true;
    policy.allowList = {QStringLiteral("TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8")};
    workflow::ApprovalService service(*m_store, *m_approvals, use(policy), m_clock);
    const qint64 listed
        = *m_store->addPayout(fields(QStringLiteral("1"), policy.allowList.first()), QStringLiteral("alice"));
    const qint64 unlisted = add(QStringLiteral("1"));
    QVERIFY(service.approve(listed, QStringLiteral("bob")));
    QVERIFY(!service.approve(unlisted, QStringLiteral("bob")));
    QCOMPARE(service.lastError().kind, workflow::DecisionError::Kind::RecipientNotAllowed);
    QCOMPARE(m_store->payout(unlisted)->state, PayoutState::PendingApproval);
}

void TestApprovals::expiredApprovalsReturnToQueue()
{
    workflow::ApprovalPolicy policy;
    policy.approvalExpiryMs = 3600000;
    workflow::ApprovalService service(*m_store, *m_approvals, use(policy), m_clock);
    const qint64 id = add(QStringLiteral("10"));
    QVERIFY(service.approve(id, QStringLiteral("bob")));
    QVERIFY(service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
    elapse(3600001);
    const workflow::SendCheck expired = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QCOMPARE(expired.refusal, workflow::SendCheck::Refusal::ApprovalsInsufficient);
    QVERIFY(expired.returnedToQueue);
    QCOMPARE(m_store->payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(service.approve(id, QStringLiteral("dave")), std::optional(store::ApprovalOutcome::Approved));
}

void TestApprovals::approvalIsOfWhatWasReviewed()
{
    const qint64 id = add(QStringLiteral("1500"));
    workflow::ApprovalService service(*m_store, *m_approvals, use(thresholdPolicy()), m_clock);
    const QByteArray reviewed = m_store->payout(id)->contentHash;
    // The creator edits while bob is still looking at the old amount.
    QVERIFY(m_store->editPayout(id, fields(QStringLiteral("15000")), QStringLiteral("alice")));
    QVERIFY(!service.approve(id, QStringLiteral("bob"), reviewed));
    QCOMPARE(service.lastError().store.problem, store::StoreProblem::ChangedSinceReview);
    QVERIFY(m_approvals->approvers(id, {}).isEmpty());
    QCOMPARE(service.approve(id, QStringLiteral("bob"), m_store->payout(id)->contentHash),
             std::optional(store::ApprovalOutcome::Recorded));
    QCOMPARE(service.approve(id, QStringLiteral("carol")), std::optional(store::ApprovalOutcome::Approved));
    QCOMPARE(m_approvals->approvers(id, {}), QStringList({QStringLiteral("bob"), QStringLiteral("carol")}));
}

void TestApprovals::thresholdAtAnyPrecision_data()
{
    QTest::addColumn<QString>("threshold"); // written with more decimals than USDT-TRC20's 6
    QTest::addColumn<QString>("amount");
    QTest::addColumn<int>("required");
    QTest::newRow("7 decimals, amount above") << "999.9999999"
                                              << "1000" << 2;
    QTest::newRow("7 decimals, amount below") << "999.9999999"
                                              << "999.999999" << 1;
    QTest::newRow("18 decimals, equal in value") << "1000.000000000000000000"
                                                 << "1000" << 2;
    QTest::newRow("18 decimals, just above the amount") << "1000.000000000000000001"
                                                        << "1000" << 1;
    QTest::newRow("large threshold") << "123456789012345678"
                                     << "1000" << 1;
}

void TestApprovals::thresholdAtAnyPrecision()
{
    // Defect: a threshold that could not be read at the payout's decimals was skipped, so fewer
    // approvals were needed instead of more.
    QFETCH(QString, threshold);
    QFETCH(QString, amount);
    QFETCH(int, required);
    workflow::ApprovalPolicy policy;
    policy.thresholds = {{QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
                          *money::Amount::parse(threshold, money::Amount::maxDecimals).amount, 2}};
    QCOMPARE(policy.requiredApprovals(fields(amount)), required);
}

void TestApprovals::blockedPolicyApprovesAndSendsNothing()
{
    const qint64 id = add(QStringLiteral("10"));
    workflow::ApprovalService open(*m_store, *m_approvals, {}, m_clock);
    QVERIFY(open.approve(id, QStringLiteral("bob")));
    workflow::ApprovalPolicy blocked;
    blocked.blocked = true;
    blocked.problems = {{workflow::PolicyProblem::Kind::ApprovalsRequired, QStringLiteral("two"), {}, 0}};
    workflow::ApprovalService service(*m_store, *m_approvals, blocked, m_clock);
    const workflow::SendCheck check = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QCOMPARE(check.refusal, workflow::SendCheck::Refusal::PolicyBlocked);
    QCOMPARE(check.policyProblems.size(), 1);
    const qint64 other = add(QStringLiteral("11"));
    QVERIFY(!service.approve(other, QStringLiteral("bob")));
    QCOMPARE(service.lastError().kind, workflow::DecisionError::Kind::PolicyBlocked);
}

void TestApprovals::allowListComparesEvmAddressesByValue()
{
    workflow::ApprovalPolicy policy;
    policy.allowListOnly = true;
    policy.allowList = {QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")};
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("ETH");
    draft.toAddress = QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"); // the EIP-55 spelling
    draft.amount = QStringLiteral("1");
    const payout::PayoutFields eth = *payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(draft).fields;
    QVERIFY(policy.recipientAllowed(eth));
    // A wrong checksum is a different (broken) address, not another spelling.
    payout::PayoutFields broken = eth;
    broken.toAddress = QStringLiteral("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    QVERIFY(!policy.recipientAllowed(broken));
    // TRON addresses are case-sensitive.
    policy.allowList = {QStringLiteral("txsmkpeuw7qwnxzjlgp9edlvwpr2grn1fs")};
    QVERIFY(!policy.recipientAllowed(fields(QStringLiteral("1"))));
}

qint64 TestApprovals::addUnanswered(workflow::ApprovalService& service, const QString& amount)
{
    const qint64 id = add(amount);
    if (!service.approve(id, QStringLiteral("bob"))) {
        return 0;
    }
    const auto claim = m_store->claimForSubmission(id, {PayoutState::Approved}, {}, QStringLiteral("carol"));
    if (!claim.claimed || !m_store->recordUnknown(id, QStringLiteral("timeout"), {}, QStringLiteral("carol"))) {
        return 0;
    }
    return id;
}

void TestApprovals::unansweredResendFollowsThePolicy()
{
    // Defect: an `unknown` payout went out again with every batch, skipping the policy.
    workflow::ApprovalService service(*m_store, *m_approvals, {}, m_clock);
    const qint64 id = addUnanswered(service, QStringLiteral("1500"));
    QVERIFY(id > 0);
    QVERIFY(service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
    // The policy now wants two approvers above 1000: the resend is held back, and the payout stays
    // unanswered (Cregis may have it), rather than going back to the queue.
    service.setPolicy(thresholdPolicy());
    const workflow::SendCheck threshold = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QCOMPARE(threshold.refusal, workflow::SendCheck::Refusal::ApprovalsInsufficient);
    QVERIFY(threshold.unanswered);
    QVERIFY(!threshold.returnedToQueue);
    QCOMPARE(m_store->payout(id)->state, PayoutState::Unknown);
    // Expired approvals and a recipient off the allow-list hold it back the same way.
    workflow::ApprovalPolicy expiring;
    expiring.approvalExpiryMs = 60000;
    service.setPolicy(expiring);
    elapse(60001);
    QVERIFY(!service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
    workflow::ApprovalPolicy listed;
    listed.allowListOnly = true;
    service.setPolicy(listed);
    QVERIFY(!service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
    QCOMPARE(m_store->payout(id)->state, PayoutState::Unknown);
}

void TestApprovals::unansweredTooLongNeedsReconciliation()
{
    workflow::ApprovalService service(*m_store, *m_approvals, {}, m_clock);
    const qint64 id = addUnanswered(service, QStringLiteral("10"));
    QVERIFY(id > 0);
    elapse(workflow::ApprovalPolicy::defaultResendLimitMs - 1000);
    const workflow::SendCheck young = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QVERIFY2(young.allowed(), qPrintable(QString::number(int(young.refusal))));
    elapse(2000);
    const workflow::SendCheck old = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QCOMPARE(old.refusal, workflow::SendCheck::Refusal::UnansweredTooLong);
    QVERIFY(old.unansweredForMs > old.limitMs);
    // A search of the trade history that found nothing restarts the clock.
    QVERIFY(m_store->recordReconcileSearch(id, QStringLiteral("nothing matched"), QStringLiteral("carol")));
    QVERIFY(service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
}

void TestApprovals::stampsFromTheFutureGrantNothing()
{
    // Defects: an approval given under a clock 30 days ahead lasted 30 days past the expiry, and
    // a first send stamped by a clock ahead skipped the resend limit ("unanswered for -4319 min").
    workflow::ApprovalPolicy policy;
    policy.approvalExpiryMs = 24LL * 3600 * 1000;
    workflow::ApprovalService service(*m_store, *m_approvals, use(policy), m_clock);
    const qint64 id = add(QStringLiteral("10"));
    QVERIFY(service.approve(id, QStringLiteral("bob")));
    QVERIFY(service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol")).allowed());
    const qint64 ahead = m_clock.nowMs() + 30LL * 24 * 3600 * 1000;
    QVERIFY(TestEngine::tamper(
        path(), QStringLiteral("UPDATE approvals SET approved_at = %1 WHERE payout_id = %2").arg(ahead).arg(id)));
    const workflow::SendCheck future = service.checkBeforeSend(*m_store->payout(id), QStringLiteral("carol"));
    QCOMPARE(future.refusal, workflow::SendCheck::Refusal::ApprovalsInsufficient);

    const qint64 unanswered = addUnanswered(service, QStringLiteral("11"));
    QVERIFY(unanswered > 0);
    QVERIFY(service.checkBeforeSend(*m_store->payout(unanswered), QStringLiteral("carol")).allowed());
    QVERIFY(TestEngine::tamper(path(),
                               QStringLiteral("UPDATE payouts SET first_sent_at = %1 WHERE id = %2")
                                   .arg(m_clock.nowMs() + 3LL * 24 * 3600 * 1000)
                                   .arg(unanswered)));
    const workflow::SendCheck resend = service.checkBeforeSend(*m_store->payout(unanswered), QStringLiteral("carol"));
    QCOMPARE(resend.refusal, workflow::SendCheck::Refusal::SentInTheFuture);
    QCOMPARE(m_store->payout(unanswered)->state, PayoutState::Unknown);
}

QTEST_GUILESS_MAIN(TestApprovals)
#include "tst_approvals.moc"
