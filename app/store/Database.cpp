#include "Database.h"

#include "FileClaimLease.h"
#include "Migrations.h"
#include "PostgresDialect.h"
#include "SessionClaimLease.h"
#include "TeamRules.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace paydesk::store {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("paydesk-store-%1").arg(++counter);
}

// How long a desk waits for another holding the file's write lock: the busy timeout, and the
// patience of the retries below.
constexpr int sqliteBusyMs = 10000;

// SQLite answers SQLITE_BUSY at once, without its busy timeout, where waiting could deadlock two
// connections: switching a new file to WAL while another desk does the same or holds the write
// lock is one such place. The failed statement keeps no lock, so trying again shortly lets the
// other finish first.
bool execWhenFree(QSqlQuery& query, const QString& statement)
{
    constexpr QLatin1StringView sqliteBusy("5");
    QDeadlineTimer deadline(sqliteBusyMs);
    while (!query.exec(statement)) {
        if (query.lastError().nativeErrorCode() != sqliteBusy || deadline.hasExpired()) {
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

} // namespace

Database::Database(QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{ }

Database::~Database()
{
    m_lease.reset();
    QStringList names{m_connectionName};
    for (const std::shared_ptr<PersonSession>& session : std::as_const(m_personSessions)) {
        session->lease.reset();
        names << session->connectionName;
    }
    m_personSessions.clear();
    for (const QString& name : std::as_const(names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::openSqlite(const QString& path, StoreError* error)
{
    std::unique_ptr<Database> database(new Database(uniqueConnectionName(), std::make_unique<SqliteDialect>()));
    QString why;
    database->m_lease = FileClaimLease::acquire(FileClaimLease::directoryFor(path), &why);
    if (!database->m_lease) {
        *error = StoreError::database(0, why);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    // Another PayDesk process (the CLI beside the window) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqliteBusyMs));
    if (!db.open()) {
        *error = StoreError::database(0, QStringLiteral("open %1: %2").arg(path, db.lastError().text()));
        return nullptr;
    }
    QSqlQuery pragma(db);
    // Foreign keys are switched on after the migrations: a step that rebuilds a table must be
    // able to drop the old one while other tables still refer to it.
    // A 64 MB page cache (SQLite's default is 2 MB) keeps the indexes a History search walks in
    // memory on a store of a million payouts.
    for (const char* statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=OFF",
                                  "PRAGMA cache_size=-65536"}) {
        if (!execWhenFree(pragma, QString::fromLatin1(statement))) {
            *error = StoreError::database(0, QStringLiteral("prepare %1: %2").arg(path, pragma.lastError().text()));
            return nullptr;
        }
    }
    if (!Migrations::migrate(db, database->dialect(), &why)) {
        *error = StoreError::database(0, why);
        return nullptr;
    }
    if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
        *error = StoreError::database(0, QStringLiteral("prepare %1: %2").arg(path, pragma.lastError().text()));
        return nullptr;
    }
    return database;
}

namespace {

const QString notificationChannel = QStringLiteral("paydesk_payouts");

} // namespace

std::unique_ptr<Database> Database::openPostgres(const config::TeamDatabase& team, const QString& password,
                                                 Schema schema, StoreError* error)
{
    std::unique_ptr<Database> database(new Database(uniqueConnectionName(), std::make_unique<PostgresDialect>()));
    database->m_shared = true;
    database->m_password = password;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!db.isValid()) {
        *error = StoreError::database(0, QStringLiteral("the PostgreSQL driver (QPSQL) is not installed"));
        return nullptr;
    }
    db.setHostName(team.host);
    db.setPort(team.port);
    db.setDatabaseName(team.database);
    db.setUserName(team.user);
    db.setConnectOptions(team.connectOptions());
    QString why;
    if (!database->connectServer(&why)) {
        *error = StoreError::database(0, QStringLiteral("connect to %1: %2").arg(team.url(), why));
        return nullptr;
    }
    QSqlQuery who(db);
    if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next()) {
        *error = StoreError::database(
            0, QStringLiteral("ask %1 who is connected: %2").arg(team.url(), who.lastError().text()));
        return nullptr;
    }
    database->m_identity = who.value(0).toString();
    if (schema == Schema::Upgrade) {
        if (!Migrations::migrate(db, database->dialect(), &why) || !Migrations::applyTeamRules(db, &why)) {
            *error = StoreError::database(0, why);
            return nullptr;
        }
    }
    const int version = Migrations::currentVersion(db);
    if (version != Migrations::latestVersion()) {
        *error = StoreError::database(
            0,
            QStringLiteral("open %1: it holds PayDesk schema %2, this PayDesk needs %3; the database's owner runs "
                           "`paydesk-cli --database %1 db init`")
                .arg(team.url())
                .arg(version)
                .arg(Migrations::latestVersion()));
        return nullptr;
    }
    database->m_lease = std::make_unique<SessionClaimLease>([raw = database.get()] { return raw->connection(); });
    if (schema == Schema::MustBeCurrent) {
        database->m_teamRulesProblem = TeamRules::differences(db);
    }
    database->listen();
    return database;
}

QSqlDatabase Database::sessionFor(const QString& person) const
{
    const std::shared_ptr<PersonSession> session = m_personSessions.value(person);
    return session ? QSqlDatabase::database(session->connectionName, false) : connection();
}

const ClaimLease& Database::leaseFor(const QString& person) const
{
    const std::shared_ptr<PersonSession> session = m_personSessions.value(person);
    return session ? *session->lease : *m_lease;
}

bool Database::addPersonSession(const QString& login, QString* error)
{
    if (!m_shared || login == m_identity || m_personSessions.contains(login)) {
        return true;
    }
    auto session = std::make_shared<PersonSession>();
    session->connectionName = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::cloneDatabase(connection(), session->connectionName);
    db.setUserName(login);
    db.setPassword(QString()); // the person's own password comes from libpq's sources
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    if (!prepareSession(db, error)) {
        return false;
    }
    const QString name = session->connectionName;
    session->lease = std::make_unique<SessionClaimLease>([name] { return QSqlDatabase::database(name, false); });
    m_personSessions.insert(login, std::move(session));
    return true;
}

bool Database::connectServer(QString* error) const
{
    QSqlDatabase db = connection();
    if (!m_password.isEmpty()) {
        db.setPassword(m_password);
    }
    const bool opened = db.open();
    db.setPassword(QString());
    if (!opened) {
        *error = db.lastError().text();
        return false;
    }
    return prepareSession(db, error);
}

bool Database::prepareSession(QSqlDatabase db, QString* error)
{
    QSqlQuery setup(db);
    // Times are epoch milliseconds; the server's notices ("already exists, skipping" during db
    // init) are not the desk's news.
    if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
        || !setup.exec(QStringLiteral("SET client_min_messages = warning"))) {
        *error = setup.lastError().text();
        return false;
    }
    return true;
}

void Database::listen() const
{
    QSqlDriver* driver = connection().driver();
    // A new session after a reconnection listens afresh.
    if (driver->subscribedToNotifications().contains(notificationChannel)) {
        driver->unsubscribeFromNotification(notificationChannel);
    }
    driver->subscribeToNotification(notificationChannel);
    connect(driver, &QSqlDriver::notification, this, &Database::handleNotification, Qt::UniqueConnection);
}

void Database::handleNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload)
{
    if (name != notificationChannel || source == QSqlDriver::SelfSource) {
        return; // this desk's own changes were announced when it made them
    }
    // "KIND ID PROFILE": the profile last, since a profile name may hold spaces.
    const QString text = payload.toString();
    const QString kind = text.section(u' ', 0, 0);
    const qint64 id = text.section(u' ', 1, 1).toLongLong();
    Q_EMIT changedElsewhere(kind, id, text.section(u' ', 2));
}

bool Database::restore(int budgetMs) const
{
    if (!m_shared) {
        return true;
    }
    {
        QSqlQuery ping(connection());
        if (ping.exec(QStringLiteral("SELECT 1"))) {
            return true;
        }
    }
    auto* self = const_cast<Database*>(this); // signals are not const; the connection is what changed
    Q_EMIT self->connectionLost();
    int waited = 0;
    int pause = 250;
    for (;;) {
        connection().close();
        QString why;
        if (connectServer(&why) && m_lease->renew()) {
            ++m_generation;
            listen();
            Q_EMIT self->reconnected();
            return true;
        }
        if (waited >= budgetMs) {
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(pause));
        waited += pause;
        pause = std::min(pause * 2, 4000);
    }
}

int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    return Migrations::currentVersion(db);
}

QSqlQuery Database::prepare(const QString& sql, const QVariantList& values) const
{
    QSqlQuery query(connection());
    query.prepare(sql);
    bind(query, values);
    return query;
}

namespace {

QVariant storable(const QVariant& value)
{
    const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
    return nullText ? QVariant(QStringLiteral("")) : value;
}

} // namespace

void Database::bind(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values) {
        query.addBindValue(storable(value));
    }
}

void Database::rebind(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, storable(values.at(i)));
    }
}

QVariant Database::nullableInt64(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QString Database::placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QLatin1Char(','));
}

WriteTransaction::WriteTransaction(const Database& database, const QString& actor)
    : m_database(database)
    , m_connection(database.sessionFor(actor))
{
    QSqlQuery begin(m_connection);
    m_open = begin.exec(m_database.dialect().beginWrite());
    if (!m_open && m_database.isShared() && m_database.restore(m_database.reconnectBudget())) {
        m_connection = m_database.sessionFor(actor);
        begin = QSqlQuery(m_connection);
        m_open = begin.exec(m_database.dialect().beginWrite());
    }
    if (!m_open) {
        m_error = StoreError::database(0, QStringLiteral("start a transaction: %1").arg(begin.lastError().text()));
    }
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_open) {
        return false;
    }
    QSqlDatabase db = m_connection;
    if (!db.commit()) {
        m_error = StoreError::database(0, QStringLiteral("commit: %1").arg(db.lastError().text()));
        rollback();
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (m_open) {
        QSqlDatabase db = m_connection;
        db.rollback();
        m_open = false;
    }
}

} // namespace paydesk::store
