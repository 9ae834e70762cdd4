#pragma once

#include <QString>

namespace paydesk::store {

// Everything in the store's SQL that differs between engines, in one small seam: the rest of the
// store writes one SQL for both. SQLite is the embedded default; PostgreSQL (the team store) is a
// second dialect, not a second store.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Starts a transaction that will write. SQLite takes its one write lock up front (so two
    // processes cannot both read a state and then both change it); a server engine starts a plain
    // transaction and locks rows as it reads them (rowLockSuffix).
    virtual QString beginWrite() const = 0;
    // Appended to a SELECT inside a write transaction to lock the rows it reads.
    virtual QString rowLockSuffix() const = 0;
    // Serialises appends to the audit log's hash chain within a write transaction.
    virtual QString lockAuditChain() const = 0;
    // Column types for migrations: an auto-numbered 64-bit primary key, and a 64-bit integer.
    virtual QString autoIdColumn() const = 0;
    virtual QString int64Type() const = 0;
    // Whether a failed statement broke a uniqueness constraint (and not something else).
    virtual bool isUniqueViolation(const QString& nativeErrorCode, const QString& text) const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString rowLockSuffix() const override { return {}; }
    QString lockAuditChain() const override { return {}; } // the write lock already serialises
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QString int64Type() const override { return QStringLiteral("INTEGER"); }
    bool isUniqueViolation(const QString& nativeErrorCode, const QString& text) const override;
};

} // namespace paydesk::store
