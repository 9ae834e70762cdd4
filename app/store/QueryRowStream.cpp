#include "QueryRowStream.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlRecord>

namespace paydesk::store {

QueryRowStream::QueryRowStream(QSqlQuery query)
    : m_query(std::move(query))
{ }

std::unique_ptr<QueryRowStream> QueryRowStream::open(const QSqlDatabase& db, const QString& sql,
                                                     const QVariantList& values, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return nullptr;
    }
    Database::bind(query, values);
    if (!query.exec()) {
        *error = query.lastError().text();
        return nullptr;
    }
    return std::unique_ptr<QueryRowStream>(new QueryRowStream(std::move(query)));
}

bool QueryRowStream::next()
{
    if (!m_query.next()) {
        if (m_query.lastError().isValid()) {
            m_error = m_query.lastError().text();
        }
        return false;
    }
    const int columns = m_query.record().count();
    m_values.resize(columns);
    m_text.resize(columns);
    for (int column = 0; column < columns; ++column) {
        m_values[column] = m_query.value(column);
        m_text[column] = m_values.at(column).isNull() ? QByteArray() : m_values.at(column).toString().toUtf8();
    }
    return true;
}

} // namespace paydesk::store
