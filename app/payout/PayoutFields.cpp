#include "PayoutFields.h"

namespace paydesk::payout {

cregis::PayoutRequest PayoutFields::toRequest(const QString& thirdPartyId) const
{
    cregis::PayoutRequest request;
    request.walletId = walletId;
    request.currency = currency;
    request.fromAddress = fromAddress;
    request.toAddress = toAddress;
    request.amount = amount.toCanonical();
    request.callbackUrl = callbackUrl;
    request.thirdPartyId = thirdPartyId;
    request.remark = remark;
    request.memo = memo;
    return request;
}

QByteArray PayoutFields::contentHash(const QString& thirdPartyId) const
{
    return toRequest(thirdPartyId).contentHash();
}

} // namespace paydesk::payout
