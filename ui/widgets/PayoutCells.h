#pragma once

#include "payout/Payout.h"

#include <QCoreApplication>
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

class PayoutCells
{
    Q_DECLARE_TR_FUNCTIONS(PayoutCells)

public:
    static QString header(PayoutCell cell);
    static QString text(const payout::Payout& payout, PayoutCell cell);
    // "2024-01-31 14:05:09" in the person's time zone.
    static QString localTime(qint64 ms);
    // Cregis's (or the transport's) code and message, "E0004 — …"; empty when there is none.
    static QString errorText(const payout::Payout& payout);
};

} // namespace paydesk::ui
