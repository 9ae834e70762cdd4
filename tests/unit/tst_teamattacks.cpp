// The team store against every staff login with a SQL shell: a maker, an approver, a login holding
// both roles and a login holding neither each try every write path PostgreSQL offers them (the
// tables, COPY, the sequences, temporary and shadowing objects, SET ROLE and role defaults, every
// function with crafted arguments, claims made and answered from the wrong session). Each attack
// must be refused and leave the payouts, their approvals, the audit trail, the policy and the
// leases exactly as they were; then every lawful step through the functions still works.
// Everything here is raw SQL over its own connections, not PayDesk's store code.

#include "TestEngine.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace paydesk;

namespace {

const QString profile = QStringLiteral("main");
constexpr qint64 pid = 1382528827416576;

// A connection of its own as one login, kept open (a session holds its lease for as long as it
// lives), with the SQL it is given run as is.
class Session
{
public:
    Session(const config::TeamDatabase& team, const QString& login, const QString& password)
        : m_name(QStringLiteral("attack-%1").arg(++counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(team.host);
        db.setPort(team.port);
        db.setDatabaseName(team.database);
        db.setUserName(login);
        db.setPassword(password);
        db.setConnectOptions(team.connectOptions());
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }
    ~Session()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    const QString& openError() const { return m_error; }

    // Runs one statement; the server's error, or an empty string when it was accepted.
    QString run(const QString& sql, QList<QStringList>* rows = nullptr) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql)) {
            const QString error = query.lastError().databaseText();
            return error.isEmpty() ? QStringLiteral("refused") : error;
        }
        while (rows && query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i) {
                row << query.value(i).toString();
            }
            rows->append(row);
        }
        return {};
    }
    QString value(const QString& sql) const
    {
        QList<QStringList> rows;
        const QString error = run(sql, &rows);
        return !error.isEmpty() ? QStringLiteral("error: ") + error
            : rows.isEmpty()    ? QString()
                                : rows.first().value(0);
    }

private:
    static inline std::atomic<int> counter{0};
    QString m_name;
    QString m_error;
};

QString randomPassword()
{
    return QString::number(QRandomGenerator::system()->generate64(), 16)
        + QString::number(QRandomGenerator::system()->generate64(), 16);
}

} // namespace

class TestTeamAttacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void attackIsRefused_data();
    void attackIsRefused();
    void roleTricksMeetNoPolicyAlone();
    void aPaidPayoutStaysPaid();
    void lawfulStepsStillWork();
    void claimTimesAreTheDatabases();

private:
    std::unique_ptr<Session> session(const QString& login) const;
    // Everything an attack could change, as text, read by the owner.
    QString snapshot() const;
    QString queue(Session& maker, const QString& remark) const;

    QTemporaryDir m_dir;
    config::TeamDatabase m_team;
    QHash<QString, QString> m_passwords;
    std::unique_ptr<Session> m_owner;
    std::unique_ptr<Session> m_sender; // holds the live claim of payout `submitting`
    QHash<QString, QString> m_ids; // payout by the state it was put in
    QHash<QString, QString> m_hashes; // content hash of each
};

std::unique_ptr<Session> TestTeamAttacks::session(const QString& login) const
{
    config::TeamDatabase team = m_team;
    auto opened = std::make_unique<Session>(team, login, m_passwords.value(login));
    if (!opened->isOpen()) {
        qWarning("connect as %s: %s", qPrintable(login), qPrintable(opened->openError()));
    }
    return opened;
}

QString TestTeamAttacks::queue(Session& maker, const QString& remark) const
{
    const QString json
        = QStringLiteral(R"([{"third_party_id":"%1","currency":"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",)"
                         R"("coin":"USDT-TRC20","to_address":"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS","amount":"12.5",)"
                         R"("amount_units":"12500000","decimals":6,"remark":"%2"}])")
              .arg(QString::number(QRandomGenerator::system()->generate64(), 16), remark);
    return maker.value(QStringLiteral("SELECT * FROM public.paydesk_queue('%1', %2, 'https://t.cregis.dev', '%3')")
                           .arg(profile)
                           .arg(pid)
                           .arg(json));
}

void TestTeamAttacks::initTestCase()
{
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    QString error;
    const auto owner = TestEngine::teamDatabaseFor(m_dir.filePath(QStringLiteral("attacks")), &error);
    QVERIFY2(owner, qPrintable(error));
    m_team = *owner;
    m_owner = std::make_unique<Session>(m_team, m_team.user, QString());
    QVERIFY2(m_owner->isOpen(), qPrintable(m_owner->openError()));
    // Four logins of this suite's own, with throw-away passwords: one per kind of staff.
    const QHash<QString, QStringList> grants{
        {QStringLiteral("att_maker"), {QStringLiteral("paydesk_maker")}},
        {QStringLiteral("att_approver"), {QStringLiteral("paydesk_approver")}},
        {QStringLiteral("att_both"), {QStringLiteral("paydesk_maker"), QStringLiteral("paydesk_approver")}},
        {QStringLiteral("att_none"), {}}};
    for (auto it = grants.cbegin(); it != grants.cend(); ++it) {
        const QString password = randomPassword();
        m_passwords.insert(it.key(), password);
        QCOMPARE(m_owner->run(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1')"
                                             " THEN CREATE ROLE %1 LOGIN; END IF; END $$")
                                  .arg(it.key())),
                 QString());
        QCOMPARE(m_owner->run(QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD '%2'").arg(it.key(), password)), QString());
        for (const QString& group : it.value()) {
            QCOMPARE(m_owner->run(QStringLiteral("GRANT %1 TO %2").arg(group, it.key())), QString());
        }
    }
    // The payouts under attack, one in each state, made lawfully: att_maker queues, att_approver
    // approves, and a sender session (att_approver's) claims and answers.
    auto maker = session(QStringLiteral("att_maker"));
    auto approver = session(QStringLiteral("att_approver"));
    auto both = session(QStringLiteral("att_both"));
    m_sender = session(QStringLiteral("att_approver"));
    QVERIFY(!m_sender->value(QStringLiteral("SELECT public.paydesk_open_lease()")).startsWith(QLatin1String("error")));
    for (const QString& state :
         {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("submitting"),
          QStringLiteral("submitted"), QStringLiteral("paid"), QStringLiteral("needs"), QStringLiteral("unknown")}) {
        const QString id = queue(*maker, state);
        QVERIFY2(!id.isEmpty() && !id.startsWith(QLatin1String("error")), qPrintable(id));
        m_ids.insert(state, id);
        if (state == QLatin1String("pending")) {
            continue;
        }
        QCOMPARE(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, '%2', '')").arg(id, profile)),
                 QStringLiteral("approved"));
        if (state == QLatin1String("approved")) {
            continue;
        }
        QVERIFY(!m_sender
                     ->value(QStringLiteral("SELECT id FROM public.paydesk_claim(%1, '%2', %3, '{approved}')")
                                 .arg(id, profile)
                                 .arg(pid))
                     .startsWith(QLatin1String("error")));
        const QString answer = state == QLatin1String("submitting") ? QString()
            : state == QLatin1String("needs")
            ? QStringLiteral("SELECT public.paydesk_record_answer(%1, '%2', 'needs_reconciliation', 'E0009', 'used')")
                  .arg(id, profile)
            : state == QLatin1String("unknown")
            ? QStringLiteral("SELECT public.paydesk_record_answer(%1, '%2', 'unknown', 'timeout', 'no answer')")
                  .arg(id, profile)
            : QStringLiteral("SELECT public.paydesk_record_submitted(%1, '%2', %3)")
                  .arg(id, profile, QString::number(900000 + id.toLongLong()));
        if (!answer.isEmpty()) {
            QCOMPARE(m_sender->run(answer), QString());
        }
        if (state == QLatin1String("paid")) {
            QCOMPARE(m_sender->run(QStringLiteral("SELECT public.paydesk_record_status(%1, '%2', 6, '0xabc', '7', 1)")
                                       .arg(id, profile)),
                     QString());
        }
    }
    const QString own = queue(*both, QStringLiteral("own"));
    QVERIFY2(!own.startsWith(QLatin1String("error")), qPrintable(own));
    m_ids.insert(QStringLiteral("own"), own);
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        m_hashes.insert(
            it.key(), m_owner->value(QStringLiteral("SELECT content_hash FROM payouts WHERE id = %1").arg(it.value())));
    }
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state FROM payouts WHERE id = %1").arg(m_ids.value("submitting"))),
             QStringLiteral("submitting"));
}

// What a test may have changed on the way (the policy, a role default) is put back for the next.
void TestTeamAttacks::cleanup()
{
    QCOMPARE(m_owner->run(QStringLiteral("ALTER ROLE att_approver RESET ALL")), QString());
    if (m_owner->value(QStringLiteral("SELECT count(*) FROM team_policy")) != QLatin1String("0")) {
        QCOMPARE(m_owner->run(QStringLiteral("SELECT public.paydesk_set_policy('{}')")), QString());
    }
}

void TestTeamAttacks::cleanupTestCase()
{
    m_sender.reset();
    m_owner.reset();
}

QString TestTeamAttacks::snapshot() const
{
    return m_owner->value(QStringLiteral(
        "SELECT (SELECT string_agg(row_to_json(p)::text, E'\\n' ORDER BY p.id) FROM payouts p)"
        " || E'\\n' || coalesce((SELECT string_agg(row_to_json(a)::text, E'\\n' ORDER BY a.id) FROM approvals a), '')"
        " || E'\\n' || (SELECT count(*) || ' events to ' || coalesce(max(id), 0) FROM audit_events)"
        " || E'\\n' || coalesce((SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1), '')"
        " || E'\\n' || coalesce((SELECT string_agg(name || '=' || value, ',' ORDER BY name) FROM team_policy), '')"
        " || E'\\n' || coalesce((SELECT string_agg(owner || login, ',' ORDER BY owner) FROM paydesk_leases), '')"));
}

void TestTeamAttacks::attackIsRefused_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    // {id:STATE} names a payout in that state, {hash:STATE} its content hash; {me} the login.
    const QList<std::pair<const char*, const char*>> attacks{
        // The tables, directly.
        {"insert a payout already approved",
         "INSERT INTO payouts (profile, project_pid, third_party_id, currency, coin, to_address, amount, amount_units,"
         " decimals, content_hash, state, created_by, created_at, updated_at) VALUES ('main', 1382528827416576,"
         " 'forged1', '195@195', 'TRX', 'TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS', '99', '99000000', 6, 'x', 'approved',"
         " 'att_maker', 1, 1)"},
        {"approve by UPDATE", "UPDATE payouts SET state = 'approved', approved_by = 'x' WHERE id = {id:pending}"},
        {"take back a live claim and cancel",
         "UPDATE payouts SET state = 'approved', attempts = attempts - 1, claim_owner = '', first_sent_at = NULL"
         " WHERE id = {id:submitting}"},
        {"steal a live claim as unknown",
         "UPDATE payouts SET state = 'unknown', claim_owner = '' WHERE id = {id:submitting}"},
        {"mark an unsettled payout paid",
         "UPDATE payouts SET state = 'submitted', cid = 4242, cregis_status = 6, txid = '0xfeed'"
         " WHERE id = {id:needs}"},
        {"rewrite a submitted payout's status",
         "UPDATE payouts SET cregis_status = 6, txid = '0xfeed', block_height = '1' WHERE id = {id:submitted}"},
        {"change a paid payout's txid", "UPDATE payouts SET txid = '0xbad' WHERE id = {id:paid}"},
        {"raise an approved amount", "UPDATE payouts SET amount = '9999' WHERE id = {id:approved}"},
        {"delete a payout", "DELETE FROM payouts WHERE id = {id:pending}"},
        {"truncate payouts", "TRUNCATE payouts CASCADE"},
        {"insert an approval",
         "INSERT INTO approvals (payout_id, approver, approved_at, content_hash)"
         " VALUES ({id:pending}, '{me}', 1, '{hash:pending}')"},
        {"rename an approver", "UPDATE approvals SET approver = 'someone'"},
        {"delete approvals", "DELETE FROM approvals"},
        {"truncate approvals", "TRUNCATE approvals"},
        {"insert an audit event",
         "INSERT INTO audit_events (payout_id, at, actor, event, detail, payout_hash, prev_hash, hash)"
         " VALUES ({id:pending}, 1, '{me}', 'approved', '', '', '', '')"},
        {"rewrite an audit event", "UPDATE audit_events SET detail = 'nothing happened'"},
        {"delete the audit trail", "DELETE FROM audit_events"},
        {"truncate the audit trail", "TRUNCATE audit_events"},
        {"lower the policy", "INSERT INTO team_policy (name, value) VALUES ('approvals_required', '1')"},
        {"change the policy", "UPDATE team_policy SET value = '0'"},
        {"drop the policy", "DELETE FROM team_policy"},
        {"forge a lease", "INSERT INTO paydesk_leases VALUES ('00000000000000000000000000000000', '{me}', 1, 1)"},
        {"take over a lease", "UPDATE paydesk_leases SET login = '{me}', pid = pg_backend_pid()"},
        {"COPY into payouts", "COPY payouts (profile) FROM PROGRAM 'echo main'"},
        {"COPY a file into approvals", "COPY approvals FROM '/etc/hostname'"},
        {"advance the id sequence", "SELECT nextval(pg_get_serial_sequence('payouts', 'id'))"},
        {"reset the id sequence", "SELECT setval(pg_get_serial_sequence('payouts', 'id'), 1)"},
        // Objects that would shadow PayDesk's.
        {"temporary approvals table", "CREATE TEMP TABLE approvals (payout_id bigint, approver text)"},
        {"temporary function", "CREATE FUNCTION pg_temp.paydesk_now_ms() RETURNS bigint LANGUAGE sql AS 'SELECT 0'"},
        {"shadowing table", "CREATE TABLE public.paydesk_shadow (x int)"},
        {"replace a step",
         "CREATE OR REPLACE FUNCTION public.paydesk_cancel(p_id bigint, p_profile text) RETURNS void"
         " LANGUAGE sql AS 'SELECT'"},
        {"switch a trigger off", "ALTER TABLE payouts DISABLE TRIGGER payouts_changed"},
        // Only the owner grants; anyone else's GRANT grants nothing (a warning), as the write after it shows.
        {"grant oneself writes",
         "GRANT UPDATE ON payouts TO {me}; UPDATE payouts SET state = 'approved' WHERE id = {id:pending}"},
        // The helpers, which only the steps run.
        {"append an audit event directly", "SELECT public.paydesk_audit({id:pending}, 'approved', 'x', 'y')"},
        {"end a claim directly",
         "SELECT public.paydesk_end_claim(p, 'approved', '', '', 'x', 'y') FROM payouts p WHERE id = {id:submitting}"},
        {"raise a refusal's helper", "SELECT public.paydesk_lease_held('x', NULL)"},
        // The steps, with crafted arguments or by the wrong person.
        {"approve in another profile", "SELECT public.paydesk_approve({id:pending}, 'other', '')"},
        {"approve stale content", "SELECT public.paydesk_approve({id:pending}, 'main', 'stale')"},
        {"approve one's own payout [own]", "SELECT public.paydesk_approve({id:own}, 'main', '')"},
        {"claim a pending payout",
         "SELECT * FROM public.paydesk_claim({id:pending}, 'main', 1382528827416576,"
         " '{pending_approval}')"},
        {"claim for another project", "SELECT * FROM public.paydesk_claim({id:approved}, 'main', 1, '{approved}')"},
        {"claim without a lease",
         "SELECT * FROM public.paydesk_claim({id:approved}, 'main', 1382528827416576, '{approved}')"},
        {"record a cid for another session's claim",
         "SELECT public.paydesk_record_submitted({id:submitting}, 'main', 4242)"},
        {"release another session's claim",
         "SELECT public.paydesk_release_claim({id:submitting}, 'main', 'approved', 'nothing sent')"},
        {"answer another session's claim unknown",
         "SELECT public.paydesk_record_answer({id:submitting}, 'main', 'unknown', 'x', 'y')"},
        // Accepted only if it took the live claim's lease over.
        {"take over a live claim's lease",
         "SELECT CASE WHEN public.paydesk_renew_lease(claim_owner) THEN 1 ELSE 1/0 END FROM payouts"
         " WHERE id = {id:submitting}"},
        {"cancel a payout that was sent", "SELECT public.paydesk_cancel({id:needs}, 'main')"},
        {"answer with a made-up outcome",
         "SELECT public.paydesk_record_answer({id:submitting}, 'main', 'submitted', '', '')"},
        {"reject a payout that was sent", "SELECT public.paydesk_reject({id:unknown}, 'main', 'gone')"},
        {"edit a payout that was sent",
         "SELECT public.paydesk_edit({id:unknown}, 'main', '{\"currency\":\"195@195\",\"to_address\":\"T\","
         "\"amount\":\"1\"}')"},
        {"reconcile a submitted payout", "SELECT public.paydesk_reconcile({id:submitted}, 'main', 4243, 'x')"},
        {"paid without a txid", "SELECT public.paydesk_record_status({id:submitted}, 'main', 6, '', '', NULL)"},
        {"unpay a paid payout", "SELECT public.paydesk_record_status({id:paid}, 'main', 7, '0xabc', '7', 1)"},
        {"status back to awaiting approval",
         "SELECT public.paydesk_record_status({id:paid}, 'main', 0, '0xabc', '7', 1)"},
        {"set the policy", "SELECT public.paydesk_set_policy('{\"approvals_required\":\"1\"}')"},
        {"queue with a formula id",
         "SELECT * FROM public.paydesk_queue('main', 1382528827416576, '', '[{\"third_party_id\":\"-A1\","
         "\"currency\":\"195@195\",\"to_address\":\"T\",\"amount\":\"1\"}]')"},
        {"queue an amount in an exponent",
         "SELECT * FROM public.paydesk_queue('main', 1382528827416576, '', '[{\"third_party_id\":\"e1\","
         "\"currency\":\"195@195\",\"to_address\":\"T\",\"amount\":\"1e9\"}]')"},
        {"return a payout still approved to the queue",
         "SELECT public.paydesk_return_to_pending({id:approved}, 'main', 'x')"},
        // SET ROLE changes current_user, never the person.
        {"approve one's own as a group role [own]",
         "SET ROLE paydesk_approver; SELECT public.paydesk_approve({id:own}, 'main', '')"},
    };
    for (const QString& login : {QStringLiteral("att_maker"), QStringLiteral("att_approver"),
                                 QStringLiteral("att_both"), QStringLiteral("att_none")}) {
        for (const auto& [name, sql] : attacks) {
            // {id:own} is att_both's payout: approving it is every other approver's right.
            if (QByteArray(name).endsWith("[own]") && login == QLatin1String("att_approver")) {
                continue;
            }
            QTest::newRow(qPrintable(login + QStringLiteral(": ") + QLatin1String(name)))
                << login << QString::fromLatin1(sql);
        }
    }
}

void TestTeamAttacks::attackIsRefused()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        sql.replace(QStringLiteral("{id:%1}").arg(it.key()), it.value());
        sql.replace(QStringLiteral("{hash:%1}").arg(it.key()), m_hashes.value(it.key()));
    }
    sql.replace(QStringLiteral("{me}"), login);
    const QString before = snapshot();
    QVERIFY(!before.isEmpty());
    auto attacker = session(login);
    QVERIFY(attacker->isOpen());
    QString refused;
    for (const QString& statement : sql.split(QStringLiteral("; "))) {
        refused = attacker->run(statement);
        if (!refused.isEmpty()) {
            break;
        }
    }
    QVERIFY2(!refused.isEmpty(), qPrintable(QStringLiteral("accepted: ") + sql));
    attacker.reset();
    QCOMPARE(snapshot(), before);
}

void TestTeamAttacks::roleTricksMeetNoPolicyAlone()
{
    // Two approvals wanted: one person, however they change roles, gives one.
    QCOMPARE(m_owner->run(QStringLiteral("SELECT public.paydesk_set_policy('{\"approvals_required\":\"2\"}')")),
             QString());
    auto maker = session(QStringLiteral("att_maker"));
    const QString id = queue(*maker, QStringLiteral("two approvals"));
    auto approver = session(QStringLiteral("att_approver"));
    QCOMPARE(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id)),
             QStringLiteral("recorded"));
    // A role default, then a new session: still att_approver.
    QCOMPARE(approver->run(QStringLiteral("ALTER ROLE att_approver SET role = 'paydesk_approver'")), QString());
    approver = session(QStringLiteral("att_approver"));
    QCOMPARE(approver->value(QStringLiteral("SELECT current_user")), QStringLiteral("paydesk_approver"));
    QVERIFY(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id))
                .contains(QLatin1String("already approved")));
    QCOMPARE(approver->run(QStringLiteral("SET ROLE NONE")), QString());
    QCOMPARE(approver->run(QStringLiteral("ALTER ROLE att_approver RESET role")), QString());
    // Plain SET ROLE, in both directions.
    QCOMPARE(approver->run(QStringLiteral("SET ROLE paydesk_approver")), QString());
    QVERIFY(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id))
                .startsWith(QLatin1String("error")));
    // A login holding both roles creates as one group and approves as the other: its own payout.
    auto both = session(QStringLiteral("att_both"));
    QCOMPARE(both->run(QStringLiteral("SET ROLE paydesk_maker")), QString());
    const QString own = queue(*both, QStringLiteral("both roles"));
    QVERIFY2(!own.startsWith(QLatin1String("error")), qPrintable(own));
    QCOMPARE(m_owner->value(QStringLiteral("SELECT created_by FROM payouts WHERE id = %1").arg(own)),
             QStringLiteral("att_both"));
    QCOMPARE(both->run(QStringLiteral("SET ROLE paydesk_approver")), QString());
    QVERIFY(both->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(own))
                .contains(QLatin1String("cannot approve")));
    QCOMPARE(
        m_owner->value(QStringLiteral("SELECT state || ' ' || (SELECT count(*) FROM approvals WHERE payout_id = %1)"
                                      " FROM payouts WHERE id = %1")
                           .arg(id)),
        QStringLiteral("pending_approval 1"));
    QCOMPARE(m_owner->value(QStringLiteral("SELECT count(*) FROM approvals WHERE payout_id = %1").arg(own)),
             QStringLiteral("0"));
}

void TestTeamAttacks::aPaidPayoutStaysPaid()
{
    // The sequence of the audit: while a desk waits for Cregis, its claim cannot be taken back
    // and the payout cancelled; once answered it is submitted for good.
    auto maker = session(QStringLiteral("att_maker"));
    const QString id = queue(*maker, QStringLiteral("in flight"));
    auto approver = session(QStringLiteral("att_approver"));
    QCOMPARE(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id)),
             QStringLiteral("approved"));
    auto desk = session(QStringLiteral("att_both"));
    QVERIFY(!desk->value(QStringLiteral("SELECT public.paydesk_open_lease()")).startsWith(QLatin1String("error")));
    QVERIFY(
        !desk->value(
                 QStringLiteral("SELECT id FROM public.paydesk_claim(%1, 'main', %2, '{approved}')").arg(id).arg(pid))
             .startsWith(QLatin1String("error")));
    QVERIFY(!maker->run(QStringLiteral("SELECT public.paydesk_cancel(%1, 'main')").arg(id)).isEmpty());
    // Anyone may ask for abandoned claims to be recovered; a live one is not.
    QCOMPARE(maker->value(QStringLiteral("SELECT public.paydesk_recover_claims('main')")), QStringLiteral("0"));
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state FROM payouts WHERE id = %1").arg(id)),
             QStringLiteral("submitting"));
    QCOMPARE(desk->run(QStringLiteral("SELECT public.paydesk_record_submitted(%1, 'main', 777001)").arg(id)),
             QString());
    QVERIFY(!maker->run(QStringLiteral("SELECT public.paydesk_cancel(%1, 'main')").arg(id)).isEmpty());
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state || ' ' || cid FROM payouts WHERE id = %1").arg(id)),
             QStringLiteral("submitted 777001"));
}

void TestTeamAttacks::lawfulStepsStillWork()
{
    auto maker = session(QStringLiteral("att_maker"));
    auto approver = session(QStringLiteral("att_approver"));
    auto both = session(QStringLiteral("att_both"));
    // Queue, edit by the creator, approve by another, claim, answer, poll to paid.
    const QString id = queue(*maker, QStringLiteral("lawful"));
    const QString edited = maker->value(
        QStringLiteral("SELECT public.paydesk_edit(%1, 'main', '{\"currency\":\"195@195\",\"coin\":\"TRX\","
                       "\"to_address\":\"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS\",\"amount\":\"3\"}')")
            .arg(id));
    QCOMPARE(edited.size(), 64);
    QCOMPARE(both->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '%2')").arg(id, edited)),
             QStringLiteral("approved"));
    QVERIFY(!approver->value(QStringLiteral("SELECT public.paydesk_open_lease()")).startsWith(QLatin1String("error")));
    QCOMPARE(
        approver->value(
            QStringLiteral("SELECT attempts FROM public.paydesk_claim(%1, 'main', %2, '{approved}')").arg(id).arg(pid)),
        QStringLiteral("1"));
    QCOMPARE(approver->run(QStringLiteral("SELECT public.paydesk_record_submitted(%1, 'main', 888001)").arg(id)),
             QString());
    for (const QString& status : {QStringLiteral("0, ''"), QStringLiteral("5, ''"), QStringLiteral("1, '0xbeef'"),
                                  QStringLiteral("6, '0xbeef'")}) {
        QCOMPARE(
            maker->run(QStringLiteral("SELECT public.paydesk_record_status(%1, 'main', %2, '', NULL)").arg(id, status)),
            QString());
    }
    // The content hash the database computed is PayDesk's own (cregis::PayoutRequest::contentHash
    // is tested against it in tst_teamstore); the audit chain links.
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state || ' ' || cregis_status || ' ' || attempts FROM payouts"
                                           " WHERE id = %1")
                                .arg(id)),
             QStringLiteral("submitted 6 1"));
    QCOMPARE(m_owner->value(QStringLiteral(
                 "SELECT count(*) FROM audit_events e WHERE e.prev_hash <> coalesce((SELECT p.hash FROM audit_events p"
                 " WHERE p.id < e.id ORDER BY p.id DESC LIMIT 1), repeat('0', 64))")),
             QStringLiteral("0"));
    // Reject and cancel by the right people.
    const QString rejected = queue(*maker, QStringLiteral("to reject"));
    QCOMPARE(approver->run(QStringLiteral("SELECT public.paydesk_reject(%1, 'main', 'wrong invoice')").arg(rejected)),
             QString());
    const QString cancelled = queue(*maker, QStringLiteral("to cancel"));
    QCOMPARE(maker->run(QStringLiteral("SELECT public.paydesk_cancel(%1, 'main')").arg(cancelled)), QString());
    // Reconciliation of the unanswered payout by an approver who did not create it.
    QCOMPARE(
        approver->run(
            QStringLiteral("SELECT public.paydesk_reconcile(%1, 'main', 999001, 'found')").arg(m_ids.value("needs"))),
        QString());
}

void TestTeamAttacks::claimTimesAreTheDatabases()
{
    // A session's own idea of time (its time zone, its client's clock) is never asked: a claim is
    // stamped with the server's time, so its age is judged on one clock.
    auto maker = session(QStringLiteral("att_maker"));
    const QString id = queue(*maker, QStringLiteral("clock"));
    auto approver = session(QStringLiteral("att_approver"));
    QCOMPARE(approver->value(QStringLiteral("SELECT public.paydesk_approve(%1, 'main', '')").arg(id)),
             QStringLiteral("approved"));
    QCOMPARE(approver->run(QStringLiteral("SET TIME ZONE 'Pacific/Kiritimati'")), QString());
    QVERIFY(!approver->value(QStringLiteral("SELECT public.paydesk_open_lease()")).startsWith(QLatin1String("error")));
    QVERIFY(
        !approver
             ->value(
                 QStringLiteral("SELECT id FROM public.paydesk_claim(%1, 'main', %2, '{approved}')").arg(id).arg(pid))
             .startsWith(QLatin1String("error")));
    const qint64 skew
        = m_owner
              ->value(QStringLiteral("SELECT abs(claimed_at - floor(extract(epoch FROM now()) * 1000))::bigint"
                                     " FROM payouts WHERE id = %1")
                          .arg(id))
              .toLongLong();
    QVERIFY2(skew < 60000, qPrintable(QString::number(skew)));
    // Another session cannot recover it while the claimer lives.
    QCOMPARE(maker->value(QStringLiteral("SELECT public.paydesk_recover_claims('main')")).startsWith(u'e'), false);
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state FROM payouts WHERE id = %1").arg(id)),
             QStringLiteral("submitting"));
    // Once the claimer is gone, anyone turns it into unknown, and into nothing else.
    const QString claimer = approver->value(QStringLiteral("SELECT pg_backend_pid()"));
    approver.reset();
    // The server ends the session (and frees its lease) just after the connection closes.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_owner->value(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(claimer)),
        QStringLiteral("0"), 10000);
    QCOMPARE(maker->value(QStringLiteral("SELECT public.paydesk_recover_claims('main')")), QStringLiteral("1"));
    QCOMPARE(m_owner->value(QStringLiteral("SELECT state || ' ' || attempts || ' ' || (first_sent_at IS NOT NULL)"
                                           " FROM payouts WHERE id = %1")
                                .arg(id)),
             QStringLiteral("unknown 1 true"));
}

QTEST_GUILESS_MAIN(TestTeamAttacks)
#include "tst_teamattacks.moc"
