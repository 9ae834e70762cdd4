#include "StatusWords.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::words {

using payout::PayoutState;

QString StatusWords::payoutState(PayoutState state)
{
    switch (state) {
    case PayoutState::Draft:
        return tr("Draft");
    case PayoutState::PendingApproval:
        return tr("Pending approval");
    case PayoutState::Approved:
        return tr("Approved");
    case PayoutState::Submitting:
        return tr("Submitting");
    case PayoutState::Submitted:
        return tr("Submitted");
    case PayoutState::Rejected:
        return tr("Rejected");
    case PayoutState::Cancelled:
        return tr("Cancelled");
    case PayoutState::Refused:
        return tr("Refused");
    case PayoutState::Unknown:
        return tr("No answer — will retry");
    case PayoutState::NeedsReconciliation:
        return tr("Needs reconciliation");
    }
    return {};
}

QString StatusWords::cregisStatus(std::optional<int> status)
{
    if (!status) {
        return {};
    }
    switch (*status) {
    case 0:
        return tr("Awaiting Cregis approval");
    case 5:
        return tr("Awaiting signature");
    case 1:
        return tr("Broadcasting");
    case 6:
        return tr("Paid");
    case 7:
        return tr("Transaction failed");
    case 2:
        return tr("Signature rejected");
    case 3:
        return tr("Approval cancelled");
    case 4:
        return tr("Approval rejected");
    default:
        break;
    }
    // A status this version does not know: show the number rather than guess its meaning.
    return tr("Cregis status %1").arg(*status);
}

QString StatusWords::duration(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60) {
        return tr("%1 min").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return minutes % 60 == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString StatusWords::totals(const QList<money::CurrencyTotal>& totals)
{
    QStringList lines;
    for (const money::CurrencyTotal& total : totals) {
        const bool nameShared
            = std::count_if(totals.begin(), totals.end(),
                            [&total](const money::CurrencyTotal& other) { return other.coinName == total.coinName; })
            > 1;
        const QString coin = total.coinName.isEmpty() ? total.currency
            : nameShared ? tr("%1 (%2)", "coin (currency)").arg(total.coinName, total.currency)
                         : total.coinName;
        lines << tr("%1 %2 (%n payout(s))", "amount coin (count)", total.count).arg(total.amount.toCanonical(), coin);
    }
    return lines.join(u'\n');
}

} // namespace paydesk::words
