#include "ApprovalPolicy.h"

#include "address/SameAddress.h"
#include "money/AssetCatalogue.h"

#include <algorithm>

namespace paydesk::workflow {

namespace {

// More than any team has people: while blocked, no payout can ever collect enough approvals.
constexpr int unreachableApprovals = 1000000;

} // namespace

int ApprovalPolicy::requiredApprovals(const payout::PayoutFields& fields) const
{
    if (blocked) {
        return unreachableApprovals;
    }
    int required = std::max(1, approvalsRequired);
    for (const AmountThreshold& threshold : thresholds) {
        if (!threshold.currency.isEmpty() && threshold.currency != fields.currency) {
            continue;
        }
        // Exact at any pair of precisions: a threshold written with more decimals than the
        // currency has still compares correctly, and is never skipped.
        if (money::Amount::compare(fields.amount, threshold.atLeast) >= 0) {
            required = std::max(required, threshold.approvals);
        }
    }
    return required;
}

bool ApprovalPolicy::recipientAllowed(const payout::PayoutFields& fields) const
{
    if (!allowListOnly) {
        return true;
    }
    const money::ChainFamily family
        = money::AssetCatalogue::familyForChain(fields.currency.section(u'@', 0, 0), fields.coinName);
    return std::any_of(allowList.begin(), allowList.end(),
                       [&](const QString& allowed) { return address::sameAddress(family, allowed, fields.toAddress); });
}

store::ApprovalRequirement ApprovalPolicy::requirementFor(const payout::PayoutFields& fields, qint64 nowMs) const
{
    store::ApprovalRequirement requirement;
    requirement.required = requiredApprovals(fields);
    if (approvalExpiryMs) {
        requirement.notBeforeMs = nowMs - *approvalExpiryMs;
    }
    requirement.notAfterMs = nowMs + clockToleranceMs;
    return requirement;
}

} // namespace paydesk::workflow
