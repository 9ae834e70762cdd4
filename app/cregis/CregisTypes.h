#pragma once

#include "Endpoint.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::cregis {

// `/api/v2/payout`. Empty strings and unset ids are left out of the body (and the signature).
struct PayoutRequest
{
    std::optional<qint64> walletId;
    QString currency;
    QString fromAddress;
    QString toAddress;
    QString amount; // sent exactly as given: never re-formatted
    QString callbackUrl;
    QString thirdPartyId;
    QString remark;
    QString memo;

    // SHA-256 (hex) over every field above, length-prefixed: what a person approves, and what the
    // submitter recomputes from the request it is about to send. Approvals are bound to it.
    QByteArray contentHash() const;
};

struct PayoutCreated
{
    qint64 cid = 0;
};

// `/api/v1/payout/query`.
struct PayoutStatus
{
    qint64 cid = 0;
    QString chainId;
    QString tokenId;
    QString currency;
    QString fromAddress;
    QString address;
    QString amount;
    int status = -1;
    QString thirdPartyId;
    QString remark;
    QString memo;
    QString txid; // empty until broadcast
    QString blockHeight;
    std::optional<qint64> blockTimeMs;
};

struct Coin
{
    QString coinName;
    QString chainId;
    QString tokenId;
    std::optional<int> decimals; // newer schema only
};

// `/api/v1/address/legal` (is it well-formed for the chain) and `/api/v1/address/inner` (is it
// one of the project's own addresses).
enum class AddressQuery
{
    Legal,
    Inner,
};

struct AddressAnswer
{
    bool result = false;
};

// `/api/v1/trade/page`: the project's trades, newest first, filtered by chain and token.
struct TradeQuery
{
    QString chainId;
    QString tokenId;
    int pageNum = 1;
    int pageSize = 100; // the documented maximum
    std::optional<qint64> blockTimeStartS; // seconds, inclusive
    std::optional<qint64> blockTimeEndS;
};

struct TradeRow
{
    qint64 cid = 0;
    QString currency;
    QString fromAddress;
    QString toAddress;
    QString amount;
    int status = -1;
    QString txid;
    QString tradeType;
    std::optional<qint64> blockTimeMs;
};

struct TradePage
{
    QList<TradeRow> rows;
    qint64 total = 0;
};

// `/api/v1/coins`.
struct CoinList
{
    QList<Coin> payoutCoins;
    QList<Coin> addressCoins;
    QList<Coin> orderCoins;
};

} // namespace paydesk::cregis
