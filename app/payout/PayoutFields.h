#pragma once

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

    // SHA-256 (hex) over every field that is sent plus the third_party_id. Approvals are bound
    // to it: an edit changes the hash and voids them.
    QByteArray contentHash(const QString& thirdPartyId) const;
};

} // namespace paydesk::payout
