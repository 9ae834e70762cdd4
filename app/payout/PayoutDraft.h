#pragma once

#include <QString>

namespace paydesk::payout {

// What a person typed (form, CSV row, CLI flags), before any checking. Every front end fills
// one of these and hands it to PayoutValidator; nothing is interpreted here.
struct PayoutDraft
{
    QString walletId; // optional int64 as digits; empty = the project's default wallet
    QString currency; // `chain_id@token_id` or a coin name
    QString fromAddress; // optional
    QString toAddress;
    QString amount; // plain decimal text
    QString memo; // optional; XRP destination tag or TON comment
    QString remark; // optional, at most 256 characters
};

} // namespace paydesk::payout
