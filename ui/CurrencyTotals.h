#pragma once

#include "money/Amount.h"
#include "payout/Payout.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::ui {

// What a set of payouts adds up to in one currency, summed exactly in base units.
struct CurrencyTotal
{
    QString currency; // chain_id@token_id
    QString coinName;
    money::Amount amount;
    int count = 0;
};

// One total per currency, in the order the currencies first appear. Amounts are added as
// integers, never as doubles; a currency whose payouts carry different decimals is summed at the
// finest of them. Nullopt when a total would not fit in 128 bits: a total is never rounded.
std::optional<QList<CurrencyTotal>> totalsPerCurrency(const QList<payout::Payout>& payouts);

// "3.75 USDT-TRC20 (2 payouts)", one line per currency.
QString totalsText(const QList<CurrencyTotal>& totals);

} // namespace paydesk::ui
