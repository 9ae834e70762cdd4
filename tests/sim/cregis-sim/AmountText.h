#pragma once

#include <QStringView>

namespace paydesk::sim {

enum class AmountIssue
{
    None,
    Malformed, // not plain decimal digits with at most one '.'
    NotPositive, // zero, or a negative amount
    TooPrecise // more fraction digits than the coin has decimals
};

// Checks `amount` on its wire text. It is never turned into a number: a double would round
// 18-decimal amounts, and the digits are what Cregis sees.
AmountIssue checkAmountText(QStringView text, int decimals);

} // namespace paydesk::sim
