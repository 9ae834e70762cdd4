#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace paydesk::sim {

// Cregis answers an unset field with null, never by leaving it out.
inline QJsonValue jsonOrNull(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue jsonOrNull(const std::optional<qint64>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace paydesk::sim
