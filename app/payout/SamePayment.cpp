#include "SamePayment.h"

#include "address/SameAddress.h"
#include "money/AssetCatalogue.h"

namespace paydesk::payout {

QString samePaymentKey(const QString& currency, const QString& coinName, const QString& toAddress,
                       const QString& canonicalAmount)
{
    const money::ChainFamily family = money::AssetCatalogue::familyForChain(currency.section(u'@', 0, 0), coinName);
    return address::canonicalAddress(family, toAddress) + u'\n' + currency + u'\n' + canonicalAmount;
}

QList<PayoutState> samePaymentStates()
{
    return {PayoutState::PendingApproval, PayoutState::Approved, PayoutState::Submitting,
            PayoutState::Submitted,       PayoutState::Unknown,  PayoutState::NeedsReconciliation};
}

QString samePaymentKey(const PayoutFields& fields)
{
    return samePaymentKey(fields.currency, fields.coinName, fields.toAddress, fields.amount.toCanonical());
}

} // namespace paydesk::payout
