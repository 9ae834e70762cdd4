#pragma once

#include "cregis/CregisTypes.h"
#include "money/Amount.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace paydesk::payout {

// The checked fields of one payout: exactly what will be signed and sent, apart from the
// per-request pid/nonce/timestamp/sign and the third_party_id the store assigns.
struct PayoutFields
{
    std::optional<qint64> walletId;
    QString currency; // always `chain_id@token_id`
    QString coinName; // for people; never sent
    QString fromAddress; // empty = the wallet's default
    QString toAddress;
    money::Amount amount;
    QString memo;
    QString remark;
    QString callbackUrl;

    // Exactly what is sent for these fields under `thirdPartyId`.
    cregis::PayoutRequest toRequest(const QString& thirdPartyId) const;
    // The hash of that request (cregis::PayoutRequest::contentHash). Approvals are bound to it:
    // an edit changes the hash and voids them.
    QByteArray contentHash(const QString& thirdPartyId) const;
};

} // namespace paydesk::payout
