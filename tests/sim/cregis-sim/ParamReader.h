#pragma once

#include "ApiResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace paydesk::sim {

// Reads typed parameters from a request body and keeps the first problem, so an endpoint reads
// everything it needs and checks once. A parameter that is absent, null or the empty string
// counts as not given, as in the signing rule. Integers must be JSON integers (never a
// fraction or an exponent), because ids above 2^53 only survive as integers.
class ParamReader
{
public:
    explicit ParamReader(const QJsonObject& body)
        : m_body(body)
    { }

    QString requiredText(const QString& name);
    std::optional<QString> optionalText(const QString& name);
    qint64 requiredInteger(const QString& name);
    std::optional<qint64> optionalInteger(const QString& name);
    // chain_id and token_id: strings in Cregis's answers, but a number is signed exactly like
    // its digits, so a client sending either is accepted.
    QString requiredIdText(const QString& name);
    std::optional<QString> optionalIdText(const QString& name);

    const std::optional<ApiError>& error() const { return m_error; }

    static bool isInteger(const QJsonValue& value);

private:
    bool isGiven(const QJsonValue& value) const;
    void note(ApiError error);

    QJsonObject m_body;
    std::optional<ApiError> m_error;
};

} // namespace paydesk::sim
