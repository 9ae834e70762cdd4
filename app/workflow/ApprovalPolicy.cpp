#include "ApprovalPolicy.h"

#include <algorithm>

namespace paydesk::workflow {

int ApprovalPolicy::requiredApprovals(const payout::PayoutFields& fields) const
{
    int required = std::max(1, approvalsRequired);
    for (const AmountThreshold& threshold : thresholds) {
        // Base units compare exactly only at the same precision; a threshold written with other
        // decimals is brought to the payout's before comparing.
        if (threshold.currency != fields.currency) {
            continue;
        }
        const auto limit = money::Amount::parse(threshold.atLeast.toCanonical(), fields.amount.decimals());
        if (limit.amount && fields.amount.baseUnits() >= limit.amount->baseUnits()) {
            required = std::max(required, threshold.approvals);
        }
    }
    return required;
}

bool ApprovalPolicy::recipientAllowed(const QString& address) const
{
    return !allowListOnly || allowList.contains(address);
}

store::ApprovalRequirement ApprovalPolicy::requirementFor(const payout::PayoutFields& fields, qint64 nowMs) const
{
    store::ApprovalRequirement requirement;
    requirement.required = requiredApprovals(fields);
    if (approvalExpiryMs) {
        requirement.notBeforeMs = nowMs - *approvalExpiryMs;
    }
    return requirement;
}

} // namespace paydesk::workflow
