#include "Endpoints.h"
#include "JsonValues.h"
#include "ParamReader.h"
#include "PayoutStore.h"

namespace paydesk::sim {

using namespace Qt::StringLiterals;

ApiResult queryPayout(PayoutStore& store, qint64 pid, const QJsonObject& body)
{
    ParamReader reader(body);
    const qint64 cid = reader.requiredInteger(u"cid"_s);
    if (reader.error()) {
        return *reader.error();
    }
    const std::optional<PayoutRecord> payout = store.observe(cid);
    if (!payout) {
        return apierror::payoutNotFound();
    }
    return QJsonObject{
        {u"pid"_s, QJsonValue(pid)},
        {u"chain_id"_s, payout->chainId},
        {u"token_id"_s, payout->tokenId},
        {u"currency"_s, payout->currency},
        {u"from_address"_s, jsonOrNull(payout->fromAddress)},
        {u"address"_s, payout->toAddress},
        {u"amount"_s, payout->amount},
        {u"status"_s, static_cast<int>(payout->status)},
        {u"third_party_id"_s, payout->thirdPartyId},
        {u"remark"_s, jsonOrNull(payout->remark)},
        {u"memo"_s, jsonOrNull(payout->memo)},
        {u"txid"_s, jsonOrNull(payout->txid)},
        {u"block_height"_s, jsonOrNull(payout->blockHeight)},
        {u"block_time"_s, jsonOrNull(payout->blockTimeMs)},
    };
}

} // namespace paydesk::sim
