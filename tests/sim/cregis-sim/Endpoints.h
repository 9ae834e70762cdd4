#pragma once

#include "ApiResult.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace paydesk::sim {

class CoinTable;
class PayoutStore;

// The simulated API endpoints. Each gets a body that already passed RequestAuthenticator and
// returns the envelope's data or a business error; one file per endpoint.

enum class PayoutApi
{
    V1, // /api/v1/payout: `address`, no wallet_id or from_address
    V2 // /api/v2/payout: `to_address`, optional wallet_id and from_address
};

// PayoutCreation.cpp
ApiResult createPayout(PayoutStore& store, const CoinTable& coins, const QJsonObject& body, PayoutApi api);

// PayoutQuery.cpp: answers the current status, then moves the payout one step on.
ApiResult queryPayout(PayoutStore& store, qint64 pid, const QJsonObject& body);

// TradePage.cpp
ApiResult tradePage(const PayoutStore& store, const QJsonObject& body);

// CoinsListing.cpp
ApiResult listCoins(const CoinTable& coins);

// AddressChecks.cpp
ApiResult checkAddressLegal(const CoinTable& coins, const QJsonObject& body);
ApiResult checkAddressInner(const QSet<QString>& innerAddresses, const QJsonObject& body);

} // namespace paydesk::sim
