#include "Endpoints.h"
#include "JsonValues.h"
#include "ParamReader.h"
#include "PayoutStore.h"

#include <QJsonArray>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 defaultPageSize = 20;
constexpr qint64 maxPageSize = 100;

struct TradeFilter
{
    std::optional<qint64> cid;
    std::optional<QString> txid;
    std::optional<qint64> status;
    std::optional<QString> tradeType;
    std::optional<qint64> blockTimeStartSeconds;
    std::optional<qint64> blockTimeEndSeconds;
    std::optional<QString> chainId;
    std::optional<QString> tokenId;

    bool matches(const PayoutRecord& payout) const
    {
        // The simulator only makes payouts, so any other trade type finds nothing.
        if (tradeType && *tradeType != u"payout"_s) {
            return false;
        }
        if ((cid && *cid != payout.cid) || (txid && payout.txid != txid)
            || (status && *status != static_cast<int>(payout.status)) || (chainId && *chainId != payout.chainId)
            || (tokenId && *tokenId != payout.tokenId)) {
            return false;
        }
        if (blockTimeStartSeconds || blockTimeEndSeconds) {
            if (!payout.blockTimeMs) {
                return false;
            }
            const qint64 seconds = *payout.blockTimeMs / 1000;
            if ((blockTimeStartSeconds && seconds < *blockTimeStartSeconds)
                || (blockTimeEndSeconds && seconds > *blockTimeEndSeconds)) {
                return false;
            }
        }
        return true;
    }
};

QJsonObject tradeRow(const PayoutRecord& payout)
{
    return QJsonObject{
        {u"cid"_s, QJsonValue(payout.cid)},
        {u"currency"_s, payout.currency},
        {u"from_address"_s, jsonOrNull(payout.fromAddress)},
        {u"to_address"_s, payout.toAddress},
        {u"amount"_s, payout.amount},
        {u"fee"_s, u"0"_s},
        {u"status"_s, static_cast<int>(payout.status)},
        {u"txid"_s, jsonOrNull(payout.txid)},
        {u"block_height"_s, jsonOrNull(payout.blockHeight)},
        {u"block_time"_s, jsonOrNull(payout.blockTimeMs)},
        {u"trade_type"_s, u"payout"_s},
    };
}

} // namespace

ApiResult tradePage(const PayoutStore& store, const QJsonObject& body)
{
    ParamReader reader(body);
    TradeFilter filter;
    filter.cid = reader.optionalInteger(u"cid"_s);
    filter.txid = reader.optionalText(u"tx_id"_s);
    filter.status = reader.optionalInteger(u"status"_s);
    filter.tradeType = reader.optionalText(u"trade_type"_s);
    filter.blockTimeStartSeconds = reader.optionalInteger(u"blocktime_start"_s);
    filter.blockTimeEndSeconds = reader.optionalInteger(u"blocktime_end"_s);
    filter.chainId = reader.optionalIdText(u"chain_id"_s);
    filter.tokenId = reader.optionalIdText(u"token_id"_s);
    const qint64 pageNum = reader.optionalInteger(u"page_num"_s).value_or(1);
    const qint64 pageSize = reader.optionalInteger(u"page_size"_s).value_or(defaultPageSize);
    if (reader.error()) {
        return *reader.error();
    }
    if (pageNum < 1) {
        return apierror::invalidParameter(u"page_num"_s, u"must be at least 1"_s);
    }
    if (pageSize < 1 || pageSize > maxPageSize) {
        return apierror::invalidParameter(u"page_size"_s, u"must be between 1 and 100"_s);
    }

    QJsonArray matching;
    const auto& payouts = store.payouts();
    for (auto it = payouts.rbegin(); it != payouts.rend(); ++it) {
        if (filter.matches(*it)) {
            matching.append(tradeRow(*it));
        }
    }
    const qint64 total = matching.size();
    QJsonArray page;
    // Compared before multiplying, so a huge page_num cannot overflow.
    if (pageNum - 1 <= total / pageSize) {
        const qint64 first = (pageNum - 1) * pageSize;
        for (qint64 i = first; i < total && i < first + pageSize; ++i) {
            page.append(matching.at(i));
        }
    }
    return QJsonObject{
        {u"page_num"_s, QJsonValue(pageNum)},
        {u"page_size"_s, QJsonValue(pageSize)},
        {u"total"_s, QJsonValue(total)},
        {u"rows"_s, page}, // the name the API reference gives (cregis-api.md)
    };
}

} // namespace paydesk::sim
