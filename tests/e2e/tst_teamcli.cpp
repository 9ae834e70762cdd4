// paydesk-cli's team database commands as separate processes against the private PostgreSQL
// server: db init, grant and status; URLs refused with their reasons; the login's password
// taken from the system keychain when libpq has none of its own.
#include "CliRunner.h"
#include "TestEngine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestTeamCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initGrantStatus();
    void refusedUrls_data();
    void refusedUrls();
    void passwordFromTheKeychain();

private:
    QString url(const QString& login, const QString& database) const;
    // paydesk-cli with libpq's own password sources taken away (an empty ~/.pgpass, no PGPASSWORD).
    CliRun withoutPgpass(const QStringList& args, const QByteArray& input = {});

    QTemporaryDir m_dir;
    paydesk::config::TeamDatabase m_owner;
};

void TestTeamCli::initTestCase()
{
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    paydesk::config::TeamDatabaseProblem problem = paydesk::config::TeamDatabaseProblem::None;
    const auto owner
        = paydesk::config::TeamDatabase::parse(qEnvironmentVariable("PAYDESK_TEST_PG_OWNER_URL"), &problem);
    QVERIFY(owner);
    m_owner = *owner;
}

QString TestTeamCli::url(const QString& login, const QString& database) const
{
    paydesk::config::TeamDatabase team = TestEngine::as(m_owner, login);
    team.database = database;
    return team.url();
}

CliRun TestTeamCli::withoutPgpass(const QStringList& args, const QByteArray& input)
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.pgpass"));
    QFile file(empty);
    file.open(QIODevice::WriteOnly);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSFILE"), empty);
    environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAYDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_dir.path()} + args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestTeamCli::initGrantStatus()
{
    QString error;
    QVERIFY2(TestEngine::exec(m_owner, QStringLiteral("CREATE DATABASE team_cli"), &error), qPrintable(error));
    const QString owner = url(m_owner.user, QStringLiteral("team_cli"));
    const QString alice = url(QStringLiteral("alice"), QStringLiteral("team_cli"));

    // Staff never create or change a schema: they are told who does.
    const CliRun early
        = runCli(m_dir.path(), {QStringLiteral("--database"), alice, QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("db init"), early.err.constData());

    const CliRun init
        = runCli(m_dir.path(), {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QVERIFY2(init.err.contains("PayDesk schema 5"), init.err.constData());
    // Again: an upgrade of a current schema changes nothing and succeeds.
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("init")})
                 .exitCode,
             0);

    const CliRun grant = runCli(m_dir.path(),
                                {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("grant"),
                                 QStringLiteral("alice"), QStringLiteral("maker")});
    QVERIFY2(grant.exitCode == 0, grant.err.constData());
    QVERIFY(grant.err.contains("paydesk_maker"));
    QCOMPARE(runCli(m_dir.path(),
                    {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("grant"),
                     QStringLiteral("alice"), QStringLiteral("boss")})
                 .exitCode,
             2);
    // A role name is quoted, never pasted into the SQL.
    const CliRun hostile = runCli(m_dir.path(),
                                  {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("grant"),
                                   QStringLiteral("alice; DROP TABLE payouts"), QStringLiteral("maker")});
    QCOMPARE(hostile.exitCode, 1);
    QVERIFY2(hostile.err.contains("there is no role \"alice; DROP TABLE payouts\""), hostile.err.constData());
    // A person is a login of their own: never a group role or the database's owner.
    for (const QString& notAPerson : {QStringLiteral("paydesk_approver"), QStringLiteral("paydesk_owner")}) {
        const CliRun group = runCli(m_dir.path(),
                                    {QStringLiteral("--database"), owner, QStringLiteral("db"), QStringLiteral("grant"),
                                     notAPerson, QStringLiteral("maker")});
        QCOMPARE(group.exitCode, 2);
        QVERIFY2(group.err.contains("is not a person's login"), group.err.constData());
    }

    const CliRun status
        = runCli(m_dir.path(), {QStringLiteral("--database"), alice, QStringLiteral("db"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY2(status.out.contains("schema version: 5"), status.out.constData());
    QVERIFY(status.out.contains("you are: alice"));
    QVERIFY(status.out.contains("connected:"));
    // Who holds both roles is listed, and the rules are the ones this PayDesk installs.
    QVERIFY2(status.out.contains("logins holding both roles:"), status.out.constData());
    QVERIFY2(status.out.contains("rules: as this PayDesk installs them"), status.out.constData());
}

void TestTeamCli::refusedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("words");
    QTest::newRow("password in the URL") << "postgresql://alice:secret@db.example:5432/paydesk"
                                         << "remove the password from the URL";
    QTest::newRow("no login") << "postgresql://db.example:5432/paydesk"
                              << "name your own database login";
    QTest::newRow("no database") << "postgresql://alice@db.example:5432/"
                                 << "name the database";
    QTest::newRow("clear text to another computer") << "postgresql://alice@db.example/paydesk?sslmode=disable"
                                                    << "verified TLS";
    QTest::newRow("TLS optional to another computer") << "postgresql://alice@db.example/paydesk?sslmode=prefer"
                                                      << "verified TLS";
    QTest::newRow("unknown option") << "postgresql://alice@db.example/paydesk?host=evil"
                                    << "only ?sslmode";
    QTest::newRow("another scheme") << "mysql://alice@db.example/paydesk"
                                    << "use an SQLite file or postgresql://";
}

void TestTeamCli::refusedUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, words);
    const CliRun run = runCli(m_dir.path(), {QStringLiteral("--database"), url, QStringLiteral("list")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(words.toUtf8()), run.err.constData());
    QVERIFY2(!run.err.contains("secret"), "a password typed into a URL is never repeated");
}

void TestTeamCli::passwordFromTheKeychain()
{
    // bob's password, as the throw-away server gave it to libpq's password file.
    QFile pgpass(qEnvironmentVariable("PGPASSFILE"));
    QVERIFY(pgpass.open(QIODevice::ReadOnly));
    QByteArray password;
    for (const QByteArray& line : pgpass.readAll().split('\n')) {
        if (line.split(':').value(3) == "bob") {
            password = line.split(':').value(4);
        }
    }
    QVERIFY(!password.isEmpty());
    QString error;
    const auto team = TestEngine::teamDatabaseFor(m_dir.filePath(QStringLiteral("keychain")), &error);
    QVERIFY2(team, qPrintable(error));
    const QString bob = url(QStringLiteral("bob"), team->database);
    // Without it libpq cannot log in...
    const CliRun refused
        = withoutPgpass({QStringLiteral("--database"), bob, QStringLiteral("db"), QStringLiteral("status")});
    QCOMPARE(refused.exitCode, 1);
    // ...with it in the keychain PayDesk can, and it is in no file or argument of ours.
    const CliRun stored = withoutPgpass(
        {QStringLiteral("--database"), bob, QStringLiteral("db"), QStringLiteral("set-password")}, password + '\n');
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const CliRun status
        = withoutPgpass({QStringLiteral("--database"), bob, QStringLiteral("db"), QStringLiteral("status")});
    QVERIFY2(status.exitCode == 0, status.err.constData());
    QVERIFY(status.out.contains("you are: bob"));
    QVERIFY(!status.out.contains(password) && !status.err.contains(password));
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
