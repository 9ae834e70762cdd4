#include "TeamPolicy.h"

#include "TeamCalls.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace paydesk::store {

std::optional<QHash<QString, QString>> TeamPolicy::read(const Database& database, StoreError* error)
{
    QSqlQuery query = database.prepare(QStringLiteral("SELECT name, value FROM team_policy"));
    if (!query.exec()) {
        *error = StoreError::database(0, QStringLiteral("read the team policy: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    QHash<QString, QString> values;
    while (query.next()) {
        values.insert(query.value(0).toString(), query.value(1).toString());
    }
    return values;
}

bool TeamPolicy::write(const Database& database, const QHash<QString, QString>& values, StoreError* error)
{
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    // The database's own step, which only its owner may take.
    return TeamCalls(database).step(database.identity(), QStringLiteral("paydesk_set_policy"),
                                    {QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))}, 0,
                                    error);
}

} // namespace paydesk::store
