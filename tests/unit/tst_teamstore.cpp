// The team store's own guarantees, on a real PostgreSQL server: what the database refuses to
// anyone with a SQL shell, who is acting, the policy every desk shares, claims across desks and
// changes heard from other desks.

#include "FakeClock.h"
#include "TestEngine.h"
#include "TestPayout.h"

#include "desk/Desk.h"
#include "store/ProfileStore.h"
#include "store/TeamPolicy.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

namespace {

const store::StoreScope scope{QStringLiteral("main"), 1382528827416576, QStringLiteral("https://t.cregis.dev")};
const QSet<PayoutState> sendable{PayoutState::Approved, PayoutState::Unknown};

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rawSqlIsRefused_data();
    void rawSqlIsRefused();
    void rawSqlWithinTheRulesWorks();
    void identityIsTheLogin();
    void policyLivesInTheDatabase();
    void claimsAreExclusiveAcrossDesks();
    void abandonedClaimIsRecovered();
    void oldClaimIsRecovered();
    void changesAtOtherDesksAreHeard();

private:
    // A store of the suite's database, connected as `login` (a login role of the test server).
    std::unique_ptr<store::ProfileStore> as(const QString& login);
    qint64 queued(store::ProfileStore& creator);
    qint64 approved(store::ProfileStore& creator, store::ProfileStore& approver);
    qint64 submitted(store::ProfileStore& creator, store::ProfileStore& approver);

    QTemporaryDir m_dir;
    FakeClock m_clock{1700000000000};
    config::TeamDatabase m_owner;
};

void TestTeamStore::initTestCase()
{
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    QString error;
    const auto owner = TestEngine::teamDatabaseFor(m_dir.filePath(QStringLiteral("team")), &error);
    QVERIFY2(owner, qPrintable(error));
    m_owner = *owner;
}

std::unique_ptr<store::ProfileStore> TestTeamStore::as(const QString& login)
{
    store::StoreError error;
    auto opened = store::ProfileStore::openPostgres(TestEngine::as(m_owner, login), {}, scope, m_clock, &error);
    if (!opened) {
        qWarning("%s", qPrintable(error.detail));
    }
    return opened;
}

qint64 TestTeamStore::queued(store::ProfileStore& creator)
{
    const QString me = creator.database().identity();
    return creator.payouts().addPayout(TestPayout().amount(QStringLiteral("12.5")).fields(), me).value_or(0);
}

qint64 TestTeamStore::approved(store::ProfileStore& creator, store::ProfileStore& approver)
{
    const qint64 id = queued(creator);
    return approver.approvals().approve(id, approver.database().identity(), {}) ? id : 0;
}

qint64 TestTeamStore::submitted(store::ProfileStore& creator, store::ProfileStore& approver)
{
    const qint64 id = approved(creator, approver);
    const QString me = approver.database().identity();
    if (!approver.payouts().claimForSubmission(id, sendable, {}, me).claimed
        || !approver.payouts().recordSubmitted(id, 9007199254740993 + id, me)) {
        return 0;
    }
    return id;
}

void TestTeamStore::rawSqlIsRefused_data()
{
    QTest::addColumn<QString>("payoutState"); // of the payout %1 names: pending, approved or submitted
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("refusal"); // part of the database's words

    // alice queues every payout; bob approves it.
    QTest::newRow("creator records an approval") << "pending"
                                                 << "alice"
                                                 << "INSERT INTO approvals (payout_id, approver, approved_at, "
                                                    "content_hash) SELECT id, 'alice', 0, content_hash FROM payouts "
                                                    "WHERE id = %1"
                                                 << "cannot approve it";
    QTest::newRow("creator marks it approved") << "pending"
                                               << "alice"
                                               << "UPDATE payouts SET state = 'approved' WHERE id = %1"
                                               << "other than its creator";
    QTest::newRow("approved without any approval") << "pending"
                                                   << "bob"
                                                   << "UPDATE payouts SET state = 'approved' WHERE id = %1"
                                                   << "approvals of its content are needed";
    QTest::newRow("approval in another's name") << "pending"
                                                << "bob"
                                                << "INSERT INTO approvals (payout_id, approver, approved_at, "
                                                   "content_hash) SELECT id, 'carol', 0, content_hash FROM payouts "
                                                   "WHERE id = %1"
                                                << "own login";
    QTest::newRow("approval of a stale content hash")
        << "pending"
        << "bob"
        << "INSERT INTO approvals (payout_id, approver, approved_at, content_hash) VALUES (%1, 'bob', 0, 'ab12')"
        << "content it no longer has";
    QTest::newRow("approval of a payout already sent")
        << "submitted"
        << "carol"
        << "INSERT INTO approvals (payout_id, approver, approved_at, content_hash) SELECT id, 'carol', 0, "
           "content_hash FROM payouts WHERE id = %1"
        << "only a payout pending approval";
    QTest::newRow("approved back to draft") << "approved"
                                            << "bob"
                                            << "UPDATE payouts SET state = 'draft' WHERE id = %1"
                                            << "approved -> draft is not a step";
    QTest::newRow("pending straight to sending") << "pending"
                                                 << "bob"
                                                 << "UPDATE payouts SET state = 'submitting', claim_owner = 'x', "
                                                    "claimed_at = 1, attempts = 1 WHERE id = %1"
                                                 << "pending_approval -> submitting is not a step";
    QTest::newRow("submitted back to approved") << "submitted"
                                                << "bob"
                                                << "UPDATE payouts SET state = 'approved' WHERE id = %1"
                                                << "submitted -> approved is not a step";
    QTest::newRow("creator edits an approved amount") << "approved"
                                                      << "alice"
                                                      << "UPDATE payouts SET amount = '999' WHERE id = %1"
                                                      << "fields change only by its creator";
    QTest::newRow("approver edits an approved recipient")
        << "approved"
        << "bob"
        << "UPDATE payouts SET to_address = 'TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT', state = 'pending_approval', "
           "content_hash = 'ff', approved_by = '' WHERE id = %1"
        << "fields change only by its creator";
    QTest::newRow("edit after sending") << "submitted"
                                        << "alice"
                                        << "UPDATE payouts SET amount = '1', state = 'pending_approval', "
                                           "content_hash = 'ff' WHERE id = %1"
                                        << "fields change only by its creator";
    QTest::newRow("cid rewritten") << "submitted"
                                   << "bob"
                                   << "UPDATE payouts SET cid = cid + 1 WHERE id = %1"
                                   << "never changes";
    QTest::newRow("creator changed") << "pending"
                                     << "alice"
                                     << "UPDATE payouts SET created_by = 'bob' WHERE id = %1"
                                     << "creator and project never change";
    QTest::newRow("payout queued in another's name")
        << "pending"
        << "alice"
        << "INSERT INTO payouts (profile, third_party_id, currency, coin, to_address, amount, amount_units,"
           " decimals, content_hash, state, created_by, created_at, updated_at) VALUES ('main', 'x%1', 'c', 'c',"
           " 'a', '1', '1', 0, 'h', 'pending_approval', 'bob', 0, 0)"
        << "own login";
    QTest::newRow("payout queued already approved")
        << "pending"
        << "alice"
        << "INSERT INTO payouts (profile, third_party_id, currency, coin, to_address, amount, amount_units,"
           " decimals, content_hash, state, created_by, created_at, updated_at) VALUES ('main', 'y%1', 'c', 'c',"
           " 'a', '1', '1', 0, 'h', 'approved', 'alice', 0, 0)"
        << "starts pending approval";
    QTest::newRow("payout deleted") << "pending"
                                    << "alice"
                                    << "DELETE FROM payouts WHERE id = %1"
                                    << "permission denied";
    QTest::newRow("audit event changed") << "pending"
                                         << "bob"
                                         << "UPDATE audit_events SET detail = 'nothing' WHERE payout_id = %1"
                                         << "permission denied";
    QTest::newRow("audit event deleted") << "pending"
                                         << "bob"
                                         << "DELETE FROM audit_events WHERE payout_id = %1"
                                         << "permission denied";
    QTest::newRow("audit event in another's name")
        << "pending"
        << "bob"
        << "INSERT INTO audit_events (payout_id, at, actor, event, prev_hash, hash) VALUES (%1, 0, 'alice', "
           "'approved', '', '')"
        << "own login";
    QTest::newRow("audit log deleted by the owner") << "pending"
                                                    << "paydesk_owner"
                                                    << "DELETE FROM audit_events WHERE payout_id = %1"
                                                    << "never delete";
    QTest::newRow("audit log truncated by the owner") << "pending"
                                                      << "paydesk_owner"
                                                      << "TRUNCATE audit_events"
                                                      << "never truncate";
    QTest::newRow("approval deleted") << "approved"
                                      << "alice"
                                      << "DELETE FROM approvals WHERE payout_id = %1"
                                      << "permission denied";
    QTest::newRow("team policy lowered by staff") << "pending"
                                                  << "bob"
                                                  << "DELETE FROM team_policy"
                                                  << "permission denied";
}

void TestTeamStore::rawSqlIsRefused()
{
    QFETCH(QString, payoutState);
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(QString, refusal);
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const qint64 id = payoutState == QLatin1String("pending") ? queued(*alice)
        : payoutState == QLatin1String("approved")            ? approved(*alice, *bob)
                                                              : submitted(*alice, *bob);
    QVERIFY(id > 0);
    const payout::Payout before = *alice->payouts().payout(id);
    const int eventsBefore = alice->audit().trail(id).size();

    QString error;
    const QString statement = sql.contains(QLatin1String("%1")) ? sql.arg(id) : sql;
    QVERIFY2(!TestEngine::exec(TestEngine::as(m_owner, login), statement, &error), "the database let it through");
    QVERIFY2(error.contains(refusal), qPrintable(error));

    const payout::Payout after = *alice->payouts().payout(id);
    QCOMPARE(after.state, before.state);
    QCOMPARE(after.contentHash, before.contentHash);
    QCOMPARE(after.fields.amount.toCanonical(), before.fields.amount.toCanonical());
    QCOMPARE(alice->audit().trail(id).size(), eventsBefore);
    QVERIFY(alice->audit().verify().intact);
}

void TestTeamStore::rawSqlWithinTheRulesWorks()
{
    // The rules refuse what is wrong, not everything: an approver's own approval and the approved
    // state it completes go through by hand too, so the refusals above are the rules speaking.
    auto alice = as(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 id = queued(*alice);
    const config::TeamDatabase bob = TestEngine::as(m_owner, QStringLiteral("bob"));
    QString error;
    QVERIFY2(TestEngine::exec(bob,
                              QStringLiteral("INSERT INTO approvals (payout_id, approver, approved_at, content_hash)"
                                             " SELECT id, 'bob', 0, content_hash FROM payouts WHERE id = %1")
                                  .arg(id),
                              &error),
             qPrintable(error));
    QVERIFY2(
        TestEngine::exec(bob, QStringLiteral("UPDATE payouts SET state = 'approved' WHERE id = %1").arg(id), &error),
        qPrintable(error));
    QCOMPARE(alice->payouts().payout(id)->state, PayoutState::Approved);
}

void TestTeamStore::identityIsTheLogin()
{
    // Neither the name a desk is given (PAYDESK_USER) nor the actor a client passes decides who acts.
    QTemporaryDir data;
    config::AppPaths paths = config::AppPaths::resolve(data.path());
    config::Profile profile;
    profile.name = scope.profile;
    profile.baseUrl = scope.gateway;
    profile.pid = scope.projectPid;
    profile.teamDatabase = TestEngine::as(m_owner, QStringLiteral("carol")).url();
    desk::Desk desk(paths, profile, QStringLiteral("mallory"));
    store::StoreError error;
    QVERIFY2(desk.openStore(&error), qPrintable(error.detail));
    QCOMPARE(desk.actor(), QStringLiteral("carol"));
    QVERIFY(desk.isTeamStore());

    auto alice = as(QStringLiteral("alice"));
    QVERIFY(alice);
    QVERIFY(!alice->payouts().addPayout(TestPayout().fields(), QStringLiteral("bob")));
    QVERIFY(alice->payouts().lastError().detail.contains(QLatin1String("cannot act as bob")));
    const qint64 id = queued(*alice);
    QCOMPARE(alice->payouts().payout(id)->createdBy, QStringLiteral("alice"));
}

void TestTeamStore::policyLivesInTheDatabase()
{
    store::StoreError error;
    auto owner = store::Database::openPostgres(m_owner, {}, store::Database::Schema::MustBeCurrent, &error);
    QVERIFY2(owner, qPrintable(error.detail));
    QVERIFY2(store::TeamPolicy::write(*owner, {{QStringLiteral("approvals_required"), QStringLiteral("2")}}, &error),
             qPrintable(error.detail));
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    auto carol = as(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    // Staff cannot lower it.
    QVERIFY(!store::TeamPolicy::write(bob->database(), {}, &error));
    QCOMPARE(store::TeamPolicy::read(bob->database(), &error)->value(QStringLiteral("approvals_required")),
             QStringLiteral("2"));

    // A desk that believes one approval is enough is overruled by the database.
    const qint64 id = queued(*alice);
    QVERIFY(!bob->approvals().approve(id, QStringLiteral("bob"), {1, std::nullopt}));
    QVERIFY(bob->approvals().lastError().detail.contains(QLatin1String("2 approvals")));
    QCOMPARE(alice->payouts().payout(id)->state, PayoutState::PendingApproval);
    // ...and its approval was not kept either: the whole transaction went.
    QVERIFY(bob->approvals().approvers(id, {}).isEmpty());
    QCOMPARE(bob->approvals().approve(id, QStringLiteral("bob"), {2, std::nullopt}),
             std::optional(store::ApprovalOutcome::Recorded));
    QCOMPARE(carol->approvals().approve(id, QStringLiteral("carol"), {2, std::nullopt}),
             std::optional(store::ApprovalOutcome::Approved));
    // A claim below the policy is refused by the database too, whatever the desk asks for.
    const qint64 other = queued(*alice);
    QVERIFY(TestEngine::tamper(m_dir.filePath(QStringLiteral("team")),
                               QStringLiteral("UPDATE payouts SET state = 'approved' WHERE id = %1").arg(other)));
    const store::ClaimResult claim
        = bob->payouts().claimForSubmission(other, sendable, {0, std::nullopt}, QStringLiteral("bob"));
    QVERIFY(!claim.claimed);
    QCOMPARE(alice->payouts().payout(other)->state, PayoutState::Approved);

    QVERIFY(store::TeamPolicy::write(*owner, {}, &error));
}

void TestTeamStore::claimsAreExclusiveAcrossDesks()
{
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    auto carol = as(QStringLiteral("carol"));
    QVERIFY(alice && bob && carol);
    const qint64 id = approved(*alice, *bob);
    const store::ClaimResult first = bob->payouts().claimForSubmission(id, sendable, {}, QStringLiteral("bob"));
    const store::ClaimResult second = carol->payouts().claimForSubmission(id, sendable, {}, QStringLiteral("carol"));
    QVERIFY(first.claimed);
    QVERIFY(!second.claimed);
    QCOMPARE(second.error.problem, store::StoreProblem::Busy);
    // Its claim records who and since when.
    const payout::Payout claimed = *alice->payouts().payout(id);
    QCOMPARE(claimed.claimOwner, bob->payouts().claimOwner());
    QCOMPARE(claimed.claimedAtMs, std::optional<qint64>(m_clock.nowMs()));
    // Only the holder ends it.
    QVERIFY(!carol->payouts().recordSubmitted(id, 5, QStringLiteral("carol")));
    QVERIFY(bob->payouts().recordSubmitted(id, 5, QStringLiteral("bob")));
}

void TestTeamStore::abandonedClaimIsRecovered()
{
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const qint64 id = approved(*alice, *bob);
    {
        auto sender = as(QStringLiteral("carol"));
        QVERIFY(sender->payouts().claimForSubmission(id, sendable, {}, QStringLiteral("carol")).claimed);
        // A live desk's claim is left alone...
        QCOMPARE(bob->payouts().recoverAbandonedClaims(QStringLiteral("bob")), 0);
    } // ...until its session ends, however it ends.
    // The server notices the closed session at once; the check runs until it has.
    int count = 0;
    QTRY_VERIFY((count += bob->payouts().recoverAbandonedClaims(QStringLiteral("bob"))) > 0);
    QCOMPARE(count, 1);
    const payout::Payout recovered = *bob->payouts().payout(id);
    QCOMPARE(recovered.state, PayoutState::Unknown);
    QCOMPARE(recovered.errorCode, QStringLiteral("interrupted"));
}

void TestTeamStore::oldClaimIsRecovered()
{
    // A desk that lives but never records its answer (its connection lost while Cregis answered,
    // a hung process) does not hold a payout forever.
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    auto sender = as(QStringLiteral("carol"));
    QVERIFY(alice && bob && sender);
    const qint64 id = approved(*alice, *bob);
    QVERIFY(sender->payouts().claimForSubmission(id, sendable, {}, QStringLiteral("carol")).claimed);
    m_clock.advance(14 * 60 * 1000);
    QCOMPARE(bob->payouts().recoverAbandonedClaims(QStringLiteral("bob")), 0);
    m_clock.advance(2 * 60 * 1000);
    QCOMPARE(bob->payouts().recoverAbandonedClaims(QStringLiteral("bob")), 1);
    QCOMPARE(bob->payouts().payout(id)->state, PayoutState::Unknown);
    // Its holder's late answer is refused rather than overwriting what recovery decided.
    QVERIFY(!sender->payouts().recordSubmitted(id, 42, QStringLiteral("carol")));
    QCOMPARE(sender->payouts().lastError().problem, store::StoreProblem::WrongState);
    QCOMPARE(bob->payouts().payout(id)->state, PayoutState::Unknown);
}

void TestTeamStore::changesAtOtherDesksAreHeard()
{
    auto listener = as(QStringLiteral("carol"));
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    QVERIFY(listener && alice && bob);
    QSignalSpy added(&listener->payouts(), &store::PayoutStore::payoutAdded);
    QSignalSpy changed(&listener->payouts(), &store::PayoutStore::payoutChanged);
    QSignalSpy many(&listener->payouts(), &store::PayoutStore::payoutsAdded);
    const qint64 id = queued(*alice);
    QTRY_COMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toLongLong(), id);
    QVERIFY(bob->approvals().approve(id, QStringLiteral("bob"), {}));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().toLongLong(), id);
    // A bulk insert is one announcement per statement: listeners reload.
    QList<store::PayoutStore::NewPayout> batch;
    for (int i = 0; i < 3; ++i) {
        batch.append({TestPayout().amount(QString::number(i + 1)).fields(), {}});
    }
    QVERIFY(alice->payouts().addPayouts(batch, QStringLiteral("alice")));
    QTRY_COMPARE(many.count(), 1);
    // Another profile's payouts are not this desk's news.
    store::StoreError error;
    auto elsewhere = store::ProfileStore::openPostgres(TestEngine::as(m_owner, QStringLiteral("alice")), {},
                                                       {QStringLiteral("other"), 1, scope.gateway}, m_clock, &error);
    QVERIFY(elsewhere->payouts().addPayout(TestPayout().fields(), QStringLiteral("alice")));
    QTest::qWait(300);
    QCOMPARE(added.count(), 1);
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
