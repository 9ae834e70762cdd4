#pragma once

#include "Amount.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::money {

// What a set of amounts adds up to in one currency, exactly.
struct CurrencyTotal
{
    QString currency; // chain_id@token_id
    QString coinName;
    Amount amount;
    int count = 0;
};

// Sums amounts per currency, in the order the currencies first appear. Amounts are added as
// integers, never as doubles; amounts of one currency with different decimals are summed at the
// finest of them. A total that would leave the range of an Amount makes the whole sum fail: a
// total is never rounded.
class CurrencyTotals
{
public:
    void add(const QString& currency, const QString& coinName, const Amount& amount);
    // Nullopt when some total could not be held exactly.
    std::optional<QList<CurrencyTotal>> totals() const;

private:
    QList<CurrencyTotal> m_totals;
    bool m_overflow = false;
};

} // namespace paydesk::money
