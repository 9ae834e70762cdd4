#pragma once

#include "PayoutFields.h"
#include "PayoutState.h"

#include <QList>
#include <QString>

namespace paydesk::payout {

// What makes two payouts the same payment: the same recipient (address::canonicalAddress on the
// currency's chain, so one EVM account written in two letter cases is one recipient, two Base58
// spellings are two), the same currency and the same exact amount. The import's duplicate check
// and the form's duplicate warning both decide by it.
QString samePaymentKey(const QString& currency, const QString& coinName, const QString& toAddress,
                       const QString& canonicalAmount);
QString samePaymentKey(const PayoutFields& fields);

// How far back a repeat is looked for, and in which states an earlier payout may have paid or
// may still pay (so a second one could pay twice).
inline constexpr qint64 samePaymentWindowMs = 30LL * 24 * 3600 * 1000;
QList<PayoutState> samePaymentStates();

} // namespace paydesk::payout
