#pragma once

#include "cregis/CregisTypes.h"

// A valid USDT-TRC20 payout request from the Cregis docs' addresses, with a wallet id above 2^53,
// for client suites that need something real to send.
inline paydesk::cregis::PayoutRequest samplePayoutRequest(const QString& thirdPartyId)
{
    paydesk::cregis::PayoutRequest request;
    request.currency = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    request.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    request.amount = QStringLiteral("1.5");
    request.thirdPartyId = thirdPartyId;
    request.walletId = 11434198045401088;
    return request;
}
