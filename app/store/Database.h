#pragma once

#include "ClaimLease.h"
#include "SqlDialect.h"
#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace paydesk::store {

// One open connection to a payout database and what every part of the store shares over it: the
// dialect of its engine, this process's claim lease, and transactions.
class Database
{
public:
    // Opens (creating if needed) an SQLite file with WAL, foreign keys and synchronous=FULL,
    // migrates it, and takes this process's claim lease beside it.
    static std::unique_ptr<Database> openSqlite(const QString& path, StoreError* error);
    ~Database();

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const ClaimLease& lease() const { return *m_lease; }
    int schemaVersion() const;

    // A prepared statement with its values bound. Qt binds a null QString as SQL NULL; text
    // columns hold "" instead, so NOT NULL holds and comparisons stay simple. Ids meant to be
    // NULL are typed LongLong nulls and pass through.
    QSqlQuery prepare(const QString& sql, const QVariantList& values = {}) const;
    static void bind(QSqlQuery& query, const QVariantList& values);
    // The same, by position, replacing the values of a statement prepared once and run many times.
    static void rebind(QSqlQuery& query, const QVariantList& values);
    static QVariant nullableInt64(const std::optional<qint64>& value);
    static QString placeholders(qsizetype count);

private:
    Database(QString connectionName, std::unique_ptr<SqlDialect> dialect);

    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<ClaimLease> m_lease;
};

// A write transaction that rolls back unless committed: every state change and its audit event
// are written inside one, so both happen or neither does.
class WriteTransaction
{
public:
    explicit WriteTransaction(const Database& database);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // False when the transaction could not start; `error()` says why.
    bool isOpen() const { return m_open; }
    bool commit();
    void rollback();
    const StoreError& error() const { return m_error; }

private:
    const Database& m_database;
    bool m_open = false;
    StoreError m_error;
};

} // namespace paydesk::store
