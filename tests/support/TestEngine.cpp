#include "TestEngine.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <atomic>

using namespace paydesk;

namespace TestEngine {

namespace {

// Everyone the store suites act as: each a member of both group roles.
const QStringList people{QStringLiteral("alice"), QStringLiteral("bob"),  QStringLiteral("carol"),
                         QStringLiteral("dave"),  QStringLiteral("erin"), QStringLiteral("c"),
                         QStringLiteral("poller")};

std::optional<config::TeamDatabase> ownerDatabase()
{
    config::TeamDatabaseProblem problem = config::TeamDatabaseProblem::None;
    return config::TeamDatabase::parse(qEnvironmentVariable("PAYDESK_TEST_PG_OWNER_URL"), &problem);
}

// Runs `statements` on one connection of its own (to the team database, or to the SQLite file when
// `team` is null), keeping the last one's rows.
bool run(const std::optional<config::TeamDatabase>& team, const QString& sqlitePath, const QStringList& statements,
         QString* error, QList<QStringList>* rows = nullptr)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("test-engine-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(team ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (team) {
            db.setHostName(team->host);
            db.setPort(team->port);
            db.setDatabaseName(team->database);
            db.setUserName(team->user);
            db.setConnectOptions(team->connectOptions());
        } else {
            db.setDatabaseName(sqlitePath);
        }
        if (!db.open()) {
            *error = db.lastError().text();
            ok = false;
        }
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                *error = query.lastError().text();
                ok = false;
            }
            while (ok && rows && query.next()) {
                QStringList row;
                for (int column = 0; column < query.record().count(); ++column) {
                    row << query.value(column).toString();
                }
                rows->append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool createPeople(const config::TeamDatabase& owner, QString* error)
{
    QStringList statements;
    for (const QString& person : people) {
        statements << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                                     " CREATE ROLE %1; END IF; END $$")
                          .arg(person)
                   << QStringLiteral("GRANT paydesk_maker, paydesk_approver TO %1").arg(person)
                   << QStringLiteral("GRANT %1 TO %2").arg(person, owner.user);
    }
    // Suites in parallel processes may create the same role at once: one wins, the others retry.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (run(owner, {}, statements, error)) {
            return true;
        }
    }
    return false;
}

} // namespace

bool isPostgres()
{
    return qEnvironmentVariable("PAYDESK_TEST_ENGINE") == QLatin1String("postgresql");
}

QString name()
{
    return isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite");
}

config::TeamDatabase as(const config::TeamDatabase& team, const QString& login)
{
    config::TeamDatabase other = team;
    other.user = login;
    return other;
}

bool exec(const config::TeamDatabase& team, const QString& sql, QString* error)
{
    return run(team, {}, {sql}, error);
}

std::optional<config::TeamDatabase> teamDatabaseFor(const QString& sqlitePath, QString* error)
{
    std::optional<config::TeamDatabase> owner = ownerDatabase();
    if (!owner) {
        *error = QStringLiteral("PAYDESK_TEST_PG_OWNER_URL is not set: run inside scripts/with-postgres.sh");
        return std::nullopt;
    }
    const QString name = QStringLiteral("t_")
        + QString::fromLatin1(QCryptographicHash::hash(sqlitePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(24));
    config::TeamDatabase team = *owner;
    team.database = name;
    QString ignored;
    if (run(team, {}, {QStringLiteral("SELECT 1")}, &ignored)) {
        return team; // made earlier for the same path: a reopen
    }
    if (!run(*owner, {}, {QStringLiteral("CREATE DATABASE %1").arg(name)}, error)) {
        return std::nullopt;
    }
    store::StoreError failure;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (store::Database::openPostgres(team, {}, store::Database::Schema::Upgrade, &failure)) {
            return createPeople(team, error) ? std::optional(team) : std::nullopt;
        }
    }
    *error = failure.detail;
    return std::nullopt;
}

std::unique_ptr<store::ProfileStore> open(const QString& sqlitePath, store::StoreScope scope,
                                          const config::Clock& clock, store::StoreError* error)
{
    if (!isPostgres()) {
        return store::ProfileStore::openSqlite(sqlitePath, std::move(scope), clock, error);
    }
    QString why;
    const std::optional<config::TeamDatabase> team = teamDatabaseFor(sqlitePath, &why);
    if (!team) {
        *error = store::StoreError::database(0, why);
        return nullptr;
    }
    return store::ProfileStore::openPostgres(*team, {}, std::move(scope), clock, error);
}

} // namespace TestEngine

namespace TestEngine {

bool tamper(const QString& sqlitePath, const QString& statement)
{
    QString error;
    bool done = false;
    if (!isPostgres()) {
        done = run(std::nullopt, sqlitePath, {statement}, &error);
    } else if (const std::optional<config::TeamDatabase> team = teamDatabaseFor(sqlitePath, &error)) {
        done = run(team, {},
                   {QStringLiteral("BEGIN"), QStringLiteral("ALTER TABLE payouts DISABLE TRIGGER USER"), statement,
                    QStringLiteral("ALTER TABLE payouts ENABLE TRIGGER USER"), QStringLiteral("COMMIT")},
                   &error);
    }
    if (!done) {
        qWarning("tamper: %s", qPrintable(error));
    }
    return done;
}

bool controlServer(const QString& action)
{
    QProcess control;
    control.start(qEnvironmentVariable("PAYDESK_TEST_PG_CTL"), {action});
    return control.waitForFinished(60000) && control.exitStatus() == QProcess::NormalExit && control.exitCode() == 0;
}

QList<QStringList> rows(const QString& sqlitePath, const QString& sql)
{
    QString error;
    QList<QStringList> result;
    std::optional<config::TeamDatabase> team;
    if (isPostgres()) {
        team = teamDatabaseFor(sqlitePath, &error);
    }
    if (!run(team, sqlitePath, {sql}, &error, &result)) {
        qWarning("rows: %s", qPrintable(error));
    }
    return result;
}

} // namespace TestEngine
