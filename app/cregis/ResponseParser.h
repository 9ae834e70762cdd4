#pragma once

#include "CregisError.h"
#include "CregisTypes.h"
#include "SignedParams.h"

#include <QByteArray>
#include <QJsonValue>

namespace paydesk::cregis {

// Pure functions from bytes to typed results (and typed requests to parameters), so every rule
// about Cregis's answers is tested without a network.
namespace ResponseParser {

// The envelope `{"code":"00000","msg":"ok","data":...}`; returns `data` on success.
CregisResult<QJsonValue> parseEnvelope(const QByteArray& body);

CregisResult<PayoutCreated> parsePayoutCreated(const QJsonValue& data);
CregisResult<PayoutStatus> parsePayoutStatus(const QJsonValue& data);
CregisResult<CoinList> parseCoins(const QJsonValue& data);
CregisResult<AddressAnswer> parseAddressAnswer(const QJsonValue& data);
CregisResult<TradePage> parseTradePage(const QJsonValue& data);

// An int64 id from a JSON integer or a string of digits; never through a double.
std::optional<qint64> readInt64(const QJsonValue& value);

} // namespace ResponseParser

namespace RequestBuilder {

SignedParams payoutParams(const PayoutRequest& request);
SignedParams queryParams(qint64 cid);
SignedParams addressParams(const QString& address, const QString& chainId);
SignedParams tradePageParams(const TradeQuery& query);

} // namespace RequestBuilder

} // namespace paydesk::cregis
