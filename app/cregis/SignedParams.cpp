#include "SignedParams.h"

#include <QJsonValue>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace paydesk::cregis {

namespace {

bool isDropped(const ParamValue& value)
{
    if (std::holds_alternative<std::monostate>(value)) {
        return true;
    }
    if (const auto* text = std::get_if<QString>(&value)) {
        return text->isEmpty();
    }
    return false;
}

QByteArray wireText(const ParamValue& value)
{
    if (const auto* text = std::get_if<QString>(&value)) {
        return text->toUtf8();
    }
    if (const auto* number = std::get_if<qint64>(&value)) {
        return QByteArray::number(*number);
    }
    return {};
}

} // namespace

void SignedParams::setOptional(const QString& key, const std::optional<QString>& value)
{
    if (value) {
        set(key, *value);
    }
}

void SignedParams::setOptional(const QString& key, const std::optional<qint64>& value)
{
    if (value) {
        set(key, *value);
    }
}

ParamValue SignedParams::value(const QString& key) const
{
    const auto found = m_values.find(key);
    return found == m_values.end() ? ParamValue{} : found->second;
}

QByteArray SignedParams::canonicalText() const
{
    // Cregis sorts keys in plain byte order; QString's operator< compares UTF-16 code units,
    // which only agrees for ASCII, so sort on the UTF-8 bytes explicitly.
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    for (const auto& [key, value] : m_values) {
        if (key == QLatin1String("sign") || isDropped(value)) {
            continue;
        }
        pairs.emplace_back(key.toUtf8(), wireText(value));
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray text;
    for (const auto& [key, value] : pairs) {
        text += key;
        text += value;
    }
    return text;
}

QJsonObject SignedParams::toJson() const
{
    QJsonObject object;
    for (const auto& [key, value] : m_values) {
        if (isDropped(value)) {
            continue;
        }
        if (const auto* text = std::get_if<QString>(&value)) {
            object.insert(key, *text);
        } else {
            object.insert(key, QJsonValue(std::get<qint64>(value)));
        }
    }
    return object;
}

std::optional<SignedParams> SignedParams::fromJson(const QJsonObject& object)
{
    SignedParams params;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString()) {
            params.set(it.key(), value.toString());
        } else if (value.isNull() || value.isUndefined()) {
            params.setNull(it.key());
        } else if (value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong) {
            // Qt 6 keeps integers that fit in int64 as integers; a fraction or an exponent makes
            // it a double, which has no exact wire text.
            params.set(it.key(), value.toInteger());
        } else {
            return std::nullopt;
        }
    }
    return params;
}

} // namespace paydesk::cregis
