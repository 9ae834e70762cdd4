#include "TestEngine.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
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

// Everyone the store suites act as: the logins scripts/with-postgres.sh makes (their passwords in
// its pgpass file), each a member of both group roles. A store's own session is the first's; the
// others act through sessions of their own login (Database::addPersonSession): on a team database
// the person is the login, whatever a caller names.
QStringList people()
{
    return qEnvironmentVariable("PAYDESK_TEST_PG_STAFF").split(u' ', Qt::SkipEmptyParts);
}

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
    for (const QString& person : people()) {
        statements << QStringLiteral("GRANT paydesk_maker, paydesk_approver TO %1").arg(person);
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
    const QStringList staff = people();
    if (!team || staff.isEmpty()) {
        *error = store::StoreError::database(0, team ? QStringLiteral("PAYDESK_TEST_PG_STAFF names nobody") : why);
        return nullptr;
    }
    std::unique_ptr<store::ProfileStore> opened
        = store::ProfileStore::openPostgres(as(*team, staff.first()), {}, std::move(scope), clock, error);
    for (const QString& person : staff.mid(1)) {
        if (opened && !opened->database().addPersonSession(person, &why)) {
            *error = store::StoreError::database(0, QStringLiteral("connect as %1: %2").arg(person, why));
            return nullptr;
        }
    }
    return opened;
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
        QStringList statements{QStringLiteral("BEGIN")};
        for (const char* table : {"payouts", "approvals", "audit_events"}) {
            statements << QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table));
        }
        statements << statement;
        for (const char* table : {"payouts", "approvals", "audit_events"}) {
            statements << QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(QLatin1String(table));
        }
        done = run(team, {}, statements << QStringLiteral("COMMIT"), &error);
    }
    if (!done) {
        qWarning("tamper: %s", qPrintable(error));
    }
    return done;
}

bool setTeamPolicy(const QString& sqlitePath, const QHash<QString, QString>& values)
{
    if (!isPostgres()) {
        return true;
    }
    QString error;
    const std::optional<config::TeamDatabase> team = teamDatabaseFor(sqlitePath, &error);
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    const QString json
        = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).replace(u'\'', QStringLiteral("''"));
    if (!team || !run(team, {}, {QStringLiteral("SELECT public.paydesk_set_policy('%1')").arg(json)}, &error)) {
        qWarning("setTeamPolicy: %s", qPrintable(error));
        return false;
    }
    return true;
}

qint64 storeNowMs(const QString& sqlitePath, qint64 deskNowMs)
{
    if (!isPostgres()) {
        return deskNowMs;
    }
    const QList<QStringList> now
        = rows(sqlitePath, QStringLiteral("SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint"));
    return now.isEmpty() ? 0 : now.first().value(0).toLongLong();
}

bool elapse(const QString& sqlitePath, qint64 ms)
{
    if (!isPostgres()) {
        return true;
    }
    const QString d = QString::number(ms);
    return tamper(sqlitePath,
                  QStringLiteral("UPDATE payouts SET created_at = created_at - %1, updated_at = updated_at - %1,"
                                 " claimed_at = claimed_at - %1, first_sent_at = first_sent_at - %1,"
                                 " submitted_at = submitted_at - %1, reconcile_checked_at = reconcile_checked_at - %1;"
                                 " UPDATE approvals SET approved_at = approved_at - %1")
                      .arg(d));
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
