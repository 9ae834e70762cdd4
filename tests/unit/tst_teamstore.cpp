// The team store's own guarantees, on a real PostgreSQL server: what the database refuses to
// anyone with a SQL shell, who is acting, the policy every desk shares, claims across desks and
// changes heard from other desks.

#include "FakeClock.h"
#include "TestEngine.h"
#include "TestPayout.h"

#include "desk/Desk.h"
#include "store/ProfileStore.h"
#include "store/TeamPolicy.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

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
    void stepsByHandWork();
    void identityIsTheLogin();
    void policyLivesInTheDatabase();
    void claimsAreExclusiveAcrossDesks();
    void abandonedClaimIsRecovered();
    void oldClaimIsRecovered();
    void changesAtOtherDesksAreHeard();
    void rulesChangedByTheOwnerAreNoticed_data();
    void rulesChangedByTheOwnerAreNoticed();

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
    if (!approver.approvals().approve(id, approver.database().identity(), {})) {
        qWarning("approve: %s", qPrintable(approver.approvals().lastError().detail));
        return 0;
    }
    return id;
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

    // alice queues every payout; bob approves it. Staff logins may not write to a table at all
    // (tst_teamattacks tries every way for every kind of login); the owner, who owns the tables,
    // meets the second line: the triggers, which know no person in the owner.
    const QList<std::tuple<const char*, const char*, const char*, const char*, const char*>> rows{
        {"creator records an approval", "pending", "alice",
         "INSERT INTO approvals (payout_id, approver, approved_at, content_hash) SELECT id, 'alice', 0, content_hash"
         " FROM payouts WHERE id = %1",
         "permission denied"},
        {"creator marks it approved", "pending", "alice", "UPDATE payouts SET state = 'approved' WHERE id = %1",
         "permission denied"},
        {"approver marks it approved", "pending", "bob", "UPDATE payouts SET state = 'approved' WHERE id = %1",
         "permission denied"},
        {"approval of a payout already sent", "submitted", "carol",
         "INSERT INTO approvals (payout_id, approver, approved_at, content_hash) SELECT id, 'carol', 0, content_hash"
         " FROM payouts WHERE id = %1",
         "permission denied"},
        {"submitted back to approved", "submitted", "bob", "UPDATE payouts SET state = 'approved' WHERE id = %1",
         "permission denied"},
        {"cid rewritten", "submitted", "bob", "UPDATE payouts SET cid = cid + 1 WHERE id = %1", "permission denied"},
        {"payout deleted", "pending", "alice", "DELETE FROM payouts WHERE id = %1", "permission denied"},
        {"audit event changed", "pending", "bob", "UPDATE audit_events SET detail = 'nothing' WHERE payout_id = %1",
         "permission denied"},
        {"team policy lowered by staff", "pending", "bob", "DELETE FROM team_policy", "permission denied"},
        {"owner approves by hand", "pending", "paydesk_owner", "UPDATE payouts SET state = 'approved' WHERE id = %1",
         "is not a staff login"},
        {"owner records an approval", "pending", "paydesk_owner",
         "INSERT INTO approvals (payout_id, approver, approved_at, content_hash) SELECT id, 'paydesk_owner', 0,"
         " content_hash FROM payouts WHERE id = %1",
         "is not a staff login"},
        {"owner rewrites a cid", "submitted", "paydesk_owner", "UPDATE payouts SET cid = cid + 1 WHERE id = %1",
         "is not a staff login"},
        {"audit log deleted by the owner", "pending", "paydesk_owner", "DELETE FROM audit_events WHERE payout_id = %1",
         "never delete"},
        {"audit log truncated by the owner", "pending", "paydesk_owner", "TRUNCATE audit_events", "never truncate"},
        {"approval deleted by the owner", "approved", "paydesk_owner", "DELETE FROM approvals WHERE payout_id = %1",
         "never delete"},
    };
    for (const auto& [name, state, login, sql, refusal] : rows) {
        QTest::newRow(name) << QString::fromLatin1(state) << QString::fromLatin1(login) << QString::fromLatin1(sql)
                            << QString::fromLatin1(refusal);
    }
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

void TestTeamStore::stepsByHandWork()
{
    // The rules refuse what is wrong, not everything: an approver's approval through the
    // database's own step goes through by hand too, so the refusals above are the rules speaking.
    auto alice = as(QStringLiteral("alice"));
    QVERIFY(alice);
    const qint64 id = queued(*alice);
    QString error;
    QVERIFY2(TestEngine::exec(TestEngine::as(m_owner, QStringLiteral("bob")),
                              QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id), &error),
             qPrintable(error));
    QCOMPARE(alice->payouts().payout(id)->state, PayoutState::Approved);
    // The content hash the database computed is PayDesk's own.
    const payout::Payout p = *alice->payouts().payout(id);
    QCOMPARE(p.fields.contentHash(p.thirdPartyId), p.contentHash);
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
    const std::optional<qint64> id = alice->payouts().addPayout(TestPayout().fields(), QStringLiteral("bob"));
    QVERIFY(id);
    QCOMPARE(alice->payouts().payout(*id)->createdBy, QStringLiteral("alice"));
    // SET ROLE and a role default change current_user, never the person.
    QString sqlError;
    QVERIFY2(TestEngine::exec(TestEngine::as(m_owner, QStringLiteral("alice")),
                              QStringLiteral("ALTER ROLE alice SET role = 'paydesk_approver'"), &sqlError),
             qPrintable(sqlError));
    auto again = as(QStringLiteral("alice"));
    QVERIFY(again);
    QCOMPARE(again->database().identity(), QStringLiteral("alice"));
    QVERIFY(!again->approvals().approve(*id, QStringLiteral("paydesk_approver"), {}));
    QCOMPARE(again->approvals().lastError().problem, store::StoreProblem::CreatorCannotApprove);
    QVERIFY2(TestEngine::exec(m_owner, QStringLiteral("ALTER ROLE alice RESET ALL"), &sqlError), qPrintable(sqlError));
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

    // A desk that believes one approval is enough is overruled by the database: one is recorded,
    // the payout waits for the second.
    const qint64 id = queued(*alice);
    QCOMPARE(bob->approvals().approve(id, QStringLiteral("bob"), {1, std::nullopt}),
             std::optional(store::ApprovalOutcome::Recorded));
    QCOMPARE(alice->payouts().payout(id)->state, PayoutState::PendingApproval);
    QCOMPARE(carol->approvals().approve(id, QStringLiteral("carol"), {1, std::nullopt}),
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
    // ...stamped by the database's clock, never a desk's.
    QVERIFY(claimed.claimedAtMs);
    QVERIFY(std::abs(*claimed.claimedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
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
    // A desk's own clock running ahead changes nothing: age is the database's.
    m_clock.advance(60 * 60 * 1000);
    QCOMPARE(bob->payouts().recoverAbandonedClaims(QStringLiteral("bob")), 0);
    const QString team = m_dir.filePath(QStringLiteral("team"));
    QVERIFY(TestEngine::tamper(team,
                               QStringLiteral("UPDATE payouts SET claimed_at = claimed_at - 14 * 60000"
                                              " WHERE id = %1")
                                   .arg(id)));
    QCOMPARE(bob->payouts().recoverAbandonedClaims(QStringLiteral("bob")), 0);
    QVERIFY(TestEngine::tamper(team,
                               QStringLiteral("UPDATE payouts SET claimed_at = claimed_at - 2 * 60000"
                                              " WHERE id = %1")
                                   .arg(id)));
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

void TestTeamStore::rulesChangedByTheOwnerAreNoticed_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("named"); // part of what the desk says differs
    QTest::newRow("a trigger switched off") << "ALTER TABLE payouts DISABLE TRIGGER payouts_changed"
                                            << "trigger payouts_changed on payouts is disabled";
    QTest::newRow("a step replaced")
        << "CREATE OR REPLACE FUNCTION public.paydesk_now_ms() RETURNS bigint LANGUAGE sql STABLE"
           " SET search_path = public, pg_temp AS 'SELECT 0::bigint'"
        << "function paydesk_now_ms() is not the one";
    QTest::newRow("a grant to staff") << "GRANT UPDATE ON payouts TO paydesk_maker"
                                      << "paydesk_maker may write to the table payouts";
    QTest::newRow("a trigger dropped") << "DROP TRIGGER approvals_inserted ON approvals"
                                       << "trigger approvals_inserted on approvals is missing";
}

void TestTeamStore::rulesChangedByTheOwnerAreNoticed()
{
    // The owner owns the tables and can defeat the rules; every desk notices at open and refuses
    // to approve or send until `db init` puts them back.
    QFETCH(QString, change);
    QFETCH(QString, named);
    auto alice = as(QStringLiteral("alice"));
    auto bob = as(QStringLiteral("bob"));
    QVERIFY(alice && bob);
    const qint64 pending = queued(*alice);
    const qint64 ready = approved(*alice, *bob);
    QVERIFY(pending > 0 && ready > 0);
    QString error;
    QVERIFY2(TestEngine::exec(m_owner, change, &error), qPrintable(error));
    auto noticing = as(QStringLiteral("bob"));
    QVERIFY(noticing);
    QVERIFY(noticing->database().teamRulesProblem());
    QVERIFY2(noticing->database().teamRulesProblem()->contains(named),
             qPrintable(*noticing->database().teamRulesProblem()));
    QVERIFY(!noticing->approvals().approve(pending, QStringLiteral("bob"), {}));
    QCOMPARE(noticing->approvals().lastError().problem, store::StoreProblem::TeamRulesChanged);
    const store::ClaimResult claim = noticing->payouts().claimForSubmission(ready, sendable, {}, QStringLiteral("bob"));
    QVERIFY(!claim.claimed);
    QCOMPARE(claim.error.problem, store::StoreProblem::TeamRulesChanged);
    // db init puts the rules back; the next desk works again.
    store::StoreError failure;
    QVERIFY2(store::Database::openPostgres(m_owner, {}, store::Database::Schema::Upgrade, &failure),
             qPrintable(failure.detail));
    auto restored = as(QStringLiteral("bob"));
    QVERIFY(restored && !restored->database().teamRulesProblem());
    QVERIFY(restored->approvals().approve(pending, QStringLiteral("bob"), {}));
}

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
