#include "ParamReader.h"

#include <QVariant>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

bool ParamReader::isInteger(const QJsonValue& value)
{
    // Qt 6 keeps a JSON number without fraction or exponent that fits int64 as an integer.
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

bool ParamReader::isGiven(const QJsonValue& value) const
{
    return !value.isUndefined() && !value.isNull() && !(value.isString() && value.toString().isEmpty());
}

void ParamReader::note(ApiError error)
{
    if (!m_error) {
        m_error = std::move(error);
    }
}

std::optional<QString> ParamReader::optionalText(const QString& name)
{
    const QJsonValue value = m_body.value(name);
    if (!isGiven(value)) {
        return std::nullopt;
    }
    if (!value.isString()) {
        note(apierror::invalidParameter(name, u"must be a string"_s));
        return std::nullopt;
    }
    return value.toString();
}

QString ParamReader::requiredText(const QString& name)
{
    if (!isGiven(m_body.value(name))) {
        note(apierror::missingParameter(name));
        return {};
    }
    return optionalText(name).value_or(QString());
}

std::optional<qint64> ParamReader::optionalInteger(const QString& name)
{
    const QJsonValue value = m_body.value(name);
    if (!isGiven(value)) {
        return std::nullopt;
    }
    if (!isInteger(value)) {
        note(apierror::invalidParameter(name, u"must be an integer"_s));
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 ParamReader::requiredInteger(const QString& name)
{
    if (!isGiven(m_body.value(name))) {
        note(apierror::missingParameter(name));
        return 0;
    }
    return optionalInteger(name).value_or(0);
}

std::optional<QString> ParamReader::optionalIdText(const QString& name)
{
    const QJsonValue value = m_body.value(name);
    if (isGiven(value) && isInteger(value)) {
        return QString::number(value.toInteger());
    }
    return optionalText(name);
}

QString ParamReader::requiredIdText(const QString& name)
{
    if (!isGiven(m_body.value(name))) {
        note(apierror::missingParameter(name));
        return {};
    }
    return optionalIdText(name).value_or(QString());
}

} // namespace paydesk::sim
