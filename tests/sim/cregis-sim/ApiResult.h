#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <variant>

namespace paydesk::sim {

// A business answer: HTTP 200 with a code other than "00000" and null data.
struct ApiError
{
    QString code;
    QString msg;
};

// What an endpoint answers: its `data` object, or an error.
using ApiResult = std::variant<QJsonObject, ApiError>;

// The Cregis envelope {"code","msg","data"} around a result.
QByteArray envelopeJson(const ApiResult& result);

// Every code the simulator answers with, in one place. Cregis publishes the E-codes; it does not
// publish which A-code means what, so the A-codes are the simulator's own choice.
namespace apierror {

ApiError signature(); // A0001
ApiError staleTimestamp(); // A0002
ApiError replayedNonce(); // A0003
ApiError bodyNotJson(); // A0004
ApiError missingParameter(const QString& name); // A0005
ApiError invalidParameter(const QString& name, const QString& why); // A0006
ApiError memoNotSupported(const QString& currency); // A0007
ApiError remarkTooLong(); // E0002
ApiError unknownProject(); // E0003
ApiError unsupportedCurrency(); // E0005
ApiError amountNotPositive(); // E0006
ApiError amountTooPrecise(int decimals); // E0007
ApiError invalidAddress(); // E0008
ApiError thirdPartyIdUsed(); // E0009
ApiError payoutNotFound(); // E0014

} // namespace apierror

} // namespace paydesk::sim
