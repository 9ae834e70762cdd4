#pragma once

#include "RowStream.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace paydesk::store {

// A RowStream over a forward-only QSqlQuery: for engines without a faster path of their own.
class QueryRowStream final : public RowStream
{
public:
    static std::unique_ptr<QueryRowStream> open(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
                                                QString* error);

    bool next() override;
    bool isNull(int column) const override { return m_values.at(column).isNull(); }
    qint64 int64(int column) const override { return m_values.at(column).toLongLong(); }
    QByteArrayView utf8(int column) const override { return m_text.at(column); }
    QString error() const override { return m_error; }

private:
    explicit QueryRowStream(QSqlQuery query);

    QSqlQuery m_query;
    QVariantList m_values;
    QList<QByteArray> m_text;
    QString m_error;
};

} // namespace paydesk::store
