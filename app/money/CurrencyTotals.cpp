#include "CurrencyTotals.h"

#include <algorithm>

namespace paydesk::money {

void CurrencyTotals::add(const QString& currency, const QString& coinName, const Amount& amount)
{
    auto it = std::find_if(m_totals.begin(), m_totals.end(),
                           [&currency](const CurrencyTotal& total) { return total.currency == currency; });
    if (it == m_totals.end()) {
        m_totals.append({currency, coinName, amount, 1});
        return;
    }
    const std::optional<Amount> sum = Amount::sum(it->amount, amount);
    if (!sum) {
        m_overflow = true;
        return;
    }
    it->amount = *sum;
    ++it->count;
}

std::optional<QList<CurrencyTotal>> CurrencyTotals::totals() const
{
    if (m_overflow) {
        return std::nullopt;
    }
    return m_totals;
}

} // namespace paydesk::money
