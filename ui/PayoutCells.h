#pragma once

#include "payout/Payout.h"

#include <QString>

#include <optional>

namespace paydesk::ui {

// The columns the History and Approvals tables share: one header and one text each, so both
// tables describe a payout in the same words. Amounts and ids are text, never numbers: the
// exact canonical amount and ids above 2^53 must not pass through a double on their way out.
enum class PayoutCell
{
    Id,
    Created,
    CreatedBy,
    State,
    Coin,
    Amount,
    ToAddress,
    Remark,
};

QString payoutCellHeader(PayoutCell cell);
QString payoutCellText(const payout::Payout& payout, PayoutCell cell);

} // namespace paydesk::ui
