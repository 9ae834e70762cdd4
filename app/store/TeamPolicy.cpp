#include "TeamPolicy.h"

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
    WriteTransaction transaction(database);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery clear = database.prepare(QStringLiteral("DELETE FROM team_policy"));
    if (!clear.exec()) {
        *error = StoreError::database(0, QStringLiteral("change the team policy: %1").arg(clear.lastError().text()));
        return false;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QSqlQuery insert = database.prepare(QStringLiteral("INSERT INTO team_policy (name, value) VALUES (?, ?)"),
                                            {it.key(), it.value()});
        if (!insert.exec()) {
            *error
                = StoreError::database(0, QStringLiteral("change the team policy: %1").arg(insert.lastError().text()));
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace paydesk::store
