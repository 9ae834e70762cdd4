#pragma once

#include "ApprovalPolicy.h"
#include "store/PayoutStore.h"

namespace paydesk::workflow {

// Whether a payout may go out now under the policy, and what its claim must then prove.
struct SendCheck
{
    enum class Refusal
    {
        None,
        PolicyBlocked, // a rule cannot be applied: `policyProblems`
        UnansweredTooLong, // unanswered for `unansweredForMs`, the limit is `limitMs`: reconcile first
        SentInTheFuture, // its first send is stamped ahead of this clock: its age is unknown, reconcile first
        RecipientNotAllowed, // not on the allow-list
        ApprovalsInsufficient, // expired or fewer than the policy wants now
    };

    Refusal refusal = Refusal::None;
    // The payout had been sent before without an answer (it stays `unknown`: Cregis may have it).
    bool unanswered = false;
    // An approved payout held back went back to the approval queue.
    bool returnedToQueue = false;
    qint64 unansweredForMs = 0;
    qint64 limitMs = 0;
    QList<PolicyProblem> policyProblems;
    store::ApprovalRequirement requirement; // the approvals the claim checks again, atomically

    bool allowed() const { return refusal == Refusal::None; }
};

} // namespace paydesk::workflow
