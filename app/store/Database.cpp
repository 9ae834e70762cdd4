#include "Database.h"

#include "Migrations.h"

#include <QSqlError>
#include <QStringList>

#include <atomic>

namespace paydesk::store {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("paydesk-store-%1").arg(++counter);
}

} // namespace

Database::Database(QString connectionName, std::unique_ptr<SqlDialect> dialect)
    : m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Database> Database::openSqlite(const QString& path, StoreError* error)
{
    std::unique_ptr<Database> database(new Database(uniqueConnectionName(), std::make_unique<SqliteDialect>()));
    QString why;
    database->m_lease = ClaimLease::acquire(ClaimLease::directoryFor(path), &why);
    if (!database->m_lease) {
        *error = StoreError::database(0, why);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    // Another PayDesk process (the CLI beside the window) may hold the write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
        if (!pragma.exec(QString::fromLatin1(statement))) {
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

WriteTransaction::WriteTransaction(const Database& database)
    : m_database(database)
{
    QSqlQuery begin(m_database.connection());
    m_open = begin.exec(m_database.dialect().beginWrite());
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
    QSqlDatabase db = m_database.connection();
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
        QSqlDatabase db = m_database.connection();
        db.rollback();
        m_open = false;
    }
}

} // namespace paydesk::store
