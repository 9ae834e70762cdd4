#pragma once

#include "money/CurrencyTotals.h"
#include "payout/PayoutState.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace paydesk::words {

// The names people read for a payout's two states, PayDesk's own and Cregis's, and for times.
class StatusWords
{
    Q_DECLARE_TR_FUNCTIONS(StatusWords)

public:
    static QString payoutState(payout::PayoutState state);
    // Cregis's status number in words; empty before Cregis has said anything. "Paid" is status 6
    // and nothing else.
    static QString cregisStatus(std::optional<int> status);
    // The Cregis statuses this version has words for, in the order a payout passes them.
    static QList<int> knownCregisStatuses() { return {0, 5, 1, 6, 7, 2, 3, 4}; }
    // "12 min", "3 h 20 min", "2 d 4 h".
    static QString duration(qint64 ms);
    // "3.75 USDT-TRC20 (2 payouts)", one line per currency; a coin name two currencies share is
    // told apart by its chain_id@token_id.
    static QString totals(const QList<money::CurrencyTotal>& totals);
};

} // namespace paydesk::words
