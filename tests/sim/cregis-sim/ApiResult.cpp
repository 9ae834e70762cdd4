#include "ApiResult.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

QByteArray envelopeJson(const ApiResult& result)
{
    QJsonObject envelope;
    if (const auto* data = std::get_if<QJsonObject>(&result)) {
        envelope.insert(u"code"_s, u"00000"_s);
        envelope.insert(u"msg"_s, u"ok"_s);
        envelope.insert(u"data"_s, *data);
    } else {
        const auto& error = std::get<ApiError>(result);
        envelope.insert(u"code"_s, error.code);
        envelope.insert(u"msg"_s, error.msg);
        envelope.insert(u"data"_s, QJsonValue::Null);
    }
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

namespace apierror {

ApiError signature()
{
    return {u"A0001"_s, u"Signature Error"_s};
}

ApiError staleTimestamp()
{
    return {u"A0002"_s, u"timestamp is outside the accepted window"_s};
}

ApiError replayedNonce()
{
    return {u"A0003"_s, u"nonce has already been used"_s};
}

ApiError bodyNotJson()
{
    return {u"A0004"_s, u"request body is not a JSON object"_s};
}

ApiError missingParameter(const QString& name)
{
    return {u"A0005"_s, u"parameter %1 is required"_s.arg(name)};
}

ApiError invalidParameter(const QString& name, const QString& why)
{
    return {u"A0006"_s, u"parameter %1 %2"_s.arg(name, why)};
}

ApiError memoNotSupported(const QString& currency)
{
    return {u"A0007"_s, u"parameter memo is not supported for currency %1"_s.arg(currency)};
}

ApiError remarkTooLong()
{
    return {u"E0002"_s, u"remark is longer than 256 characters"_s};
}

ApiError unknownProject()
{
    return {u"E0003"_s, u"project does not exist or is abnormal"_s};
}

ApiError unsupportedCurrency()
{
    return {u"E0005"_s, u"unsupported currency"_s};
}

ApiError amountNotPositive()
{
    return {u"E0006"_s, u"amount must be greater than 0"_s};
}

ApiError amountTooPrecise(int decimals)
{
    return {u"E0007"_s, u"amount has more than %1 decimal places"_s.arg(decimals)};
}

ApiError invalidAddress()
{
    return {u"E0008"_s, u"invalid address"_s};
}

ApiError thirdPartyIdUsed()
{
    return {u"E0009"_s, u"third_party_id already used"_s};
}

ApiError payoutNotFound()
{
    return {u"E0014"_s, u"payout not found"_s};
}

} // namespace apierror

} // namespace paydesk::sim
