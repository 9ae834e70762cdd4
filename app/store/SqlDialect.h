#pragma once

#include "RowStream.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

namespace paydesk::store {

// A piece of a WHERE clause and the values for its placeholders.
struct SqlCondition
{
    QString sql;
    QVariantList values;
};

// How a listing with a search reaches its first page fast:
enum class SearchPlan
{
    InIdOrder, // rows wanted in id order: read the search index in that order and stop early
    Collect, // another order, few matches: collect every match, then sort them
    ProbeEachRow, // another order, many matches: walk that order's index, asking of each row
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
    // The last `count` characters of a text expression (SQLite's substr takes a negative start,
    // PostgreSQL's does not).
    virtual QString lastChars(const QString& expression, int count) const = 0;
    // Serialises schema upgrades of one database between processes, inside the upgrade's
    // transaction (empty where beginWrite() already does).
    virtual QString migrationLock() const = 0;
    // After DROP TABLE in a step that rebuilds a table others refer to.
    virtual QString dropCascade() const = 0;
    // Statements a schema step needs on this engine beyond the common ones (after them, in the
    // same transaction): `version` is the step's number.
    virtual QStringList afterStep(int version) const = 0;

    // The substring index over the payouts' searchable text (recipient and sending address,
    // remark, third_party_id, cid, txid), created and filled by a migration and kept in step with
    // every write to the payouts table inside that write's own transaction.
    virtual QStringList searchIndexStatements() const = 0;
    // "This payout's searchable text contains `text`, in any letter case", using that index, by
    // `plan`.
    virtual TextSearchSql textSearch(const QString& text, SearchPlan plan) const = 0;
    // "SELECT count(*) …" of the search's candidates, up to `cap`: whether a search is common.
    virtual SqlCondition countUpTo(const QString& text, int cap) const = 0;

    // The rows of a SELECT as raw values, as fast as the engine can give them (exports).
    virtual std::unique_ptr<RowStream> streamRows(const QSqlDatabase& db, const QString& sql,
                                                  const QVariantList& values, QString* error) const = 0;

protected:
    // A LIKE pattern (ESCAPE '\') for "contains `text`": its own %, _ and \ match themselves.
    static QString containsPattern(const QString& text);
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
    QString lastChars(const QString& expression, int count) const override
    {
        return QStringLiteral("substr(%1, -%2)").arg(expression).arg(count);
    }
    QString migrationLock() const override { return {}; }
    QString dropCascade() const override { return {}; }
    QStringList afterStep(int) const override { return {}; }
    QStringList searchIndexStatements() const override;
    TextSearchSql textSearch(const QString& text, SearchPlan plan) const override;
    SqlCondition countUpTo(const QString& text, int cap) const override;
    std::unique_ptr<RowStream> streamRows(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                          QString* error) const override;

private:
    // The search as a condition on the index (and, for a long search, on the payouts table too:
    // `readsPayouts`), or nothing when the text is too short for the index.
    static std::optional<SqlCondition> indexCondition(const QString& text, bool* readsPayouts);
    // The text in any searchable column, ASCII letters in either case, by scanning the columns.
    static SqlCondition containsAnywhere(const QString& text);
};

} // namespace paydesk::store
