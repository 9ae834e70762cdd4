#include "SqliteRowStream.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace paydesk::store {

SqliteRowStream::SqliteRowStream(sqlite3_stmt* statement)
    : m_statement(statement)
{ }

SqliteRowStream::~SqliteRowStream()
{
    sqlite3_finalize(m_statement);
}

std::unique_ptr<SqliteRowStream> SqliteRowStream::open(const QSqlDatabase& db, const QString& sql,
                                                       const QVariantList& values, QString* error)
{
    // Qt's SQLite driver hands out its connection as "sqlite3*".
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("not an SQLite connection");
        return nullptr;
    }
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return nullptr;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        int bound = SQLITE_OK;
        if (value.isNull() && value.typeId() != QMetaType::QString) {
            bound = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        } else {
            const QByteArray utf8 = value.toString().toUtf8();
            bound = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (bound != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            sqlite3_finalize(statement);
            return nullptr;
        }
    }
    return std::unique_ptr<SqliteRowStream>(new SqliteRowStream(statement));
}

bool SqliteRowStream::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
    }
    return false;
}

bool SqliteRowStream::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRowStream::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteRowStream::utf8(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

} // namespace paydesk::store
