#include "CurrencyTotals.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::ui {

namespace {

struct Sum
{
    QString currency;
    QString coinName;
    QList<money::Amount> amounts;
};

// `units` brought from `from` to `to` decimals (to >= from); false on overflow.
bool rescale(money::BaseUnits units, int from, int to, money::BaseUnits* out)
{
    for (int i = from; i < to; ++i) {
        if (__builtin_mul_overflow(units, money::BaseUnits(10), &units)) {
            return false;
        }
    }
    *out = units;
    return true;
}

std::optional<CurrencyTotal> total(const Sum& sum)
{
    int decimals = 0;
    for (const money::Amount& amount : sum.amounts) {
        decimals = std::max(decimals, amount.decimals());
    }
    money::BaseUnits units = 0;
    for (const money::Amount& amount : sum.amounts) {
        money::BaseUnits scaled = 0;
        if (!rescale(amount.baseUnits(), amount.decimals(), decimals, &scaled)
            || __builtin_add_overflow(units, scaled, &units)) {
            return std::nullopt;
        }
    }
    return CurrencyTotal{sum.currency, sum.coinName, money::Amount::fromBaseUnits(units, decimals),
                         static_cast<int>(sum.amounts.size())};
}

} // namespace

std::optional<QList<CurrencyTotal>> totalsPerCurrency(const QList<payout::Payout>& payouts)
{
    QList<Sum> sums;
    for (const payout::Payout& payout : payouts) {
        auto it = std::find_if(sums.begin(), sums.end(),
                               [&payout](const Sum& sum) { return sum.currency == payout.fields.currency; });
        if (it == sums.end()) {
            sums.append(Sum{payout.fields.currency, payout.fields.coinName, {}});
            it = sums.end() - 1;
        }
        it->amounts.append(payout.fields.amount);
    }
    QList<CurrencyTotal> totals;
    for (const Sum& sum : std::as_const(sums)) {
        const std::optional<CurrencyTotal> currencyTotal = total(sum);
        if (!currencyTotal) {
            return std::nullopt;
        }
        totals.append(*currencyTotal);
    }
    return totals;
}

QString totalsText(const QList<CurrencyTotal>& totals)
{
    QStringList lines;
    for (const CurrencyTotal& total : totals) {
        // Two currencies may share a coin name (a token on two chains): then the id tells them apart.
        const bool nameShared
            = std::count_if(totals.begin(), totals.end(),
                            [&total](const CurrencyTotal& other) { return other.coinName == total.coinName; })
            > 1;
        const QString coin = total.coinName.isEmpty() ? total.currency
            : nameShared                              ? QStringLiteral("%1 (%2)").arg(total.coinName, total.currency)
                                                      : total.coinName;
        lines << (total.count == 1
                      ? QStringLiteral("%1 %2 (1 payout)").arg(total.amount.toCanonical(), coin)
                      : QStringLiteral("%1 %2 (%3 payouts)").arg(total.amount.toCanonical(), coin).arg(total.count));
    }
    return lines.join(u'\n');
}

} // namespace paydesk::ui
