#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace paydesk::store {

// A piece of a WHERE clause and the values for its placeholders.
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

// How a listing finds payouts whose text contains a search: the FROM clause (the payouts table,
// perhaps joined to a search index), the condition, and the column that orders the result by
// payout id (an index's own row id, when reading the index in that order is what makes the first
// page fast).
struct TextSearchSql
{
    QString from;
    SqlCondition condition;
    QString idColumn;
};

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

    // The substring index over the payouts' searchable text (recipient and sending address,
    // remark, third_party_id, cid, txid), created and filled by a migration and kept in step with
    // every write to the payouts table inside that write's own transaction.
    virtual QStringList searchIndexStatements() const = 0;
    // "This payout's searchable text contains `text`, in any letter case", using that index;
    // `inIdOrder` when the rows are wanted in id order (newest or oldest first).
    virtual TextSearchSql textSearch(const QString& text, bool inIdOrder) const = 0;
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
    QStringList searchIndexStatements() const override;
    TextSearchSql textSearch(const QString& text, bool inIdOrder) const override;
};

} // namespace paydesk::store
