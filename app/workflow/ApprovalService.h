#pragma once

#include "ApprovalPolicy.h"
#include "SendCheck.h"
#include "config/Clock.h"
#include "store/ApprovalStore.h"
#include "store/PayoutStore.h"

#include <QString>

#include <optional>

namespace paydesk::workflow {

// Why a decision (approve, reject, cancel) did not happen: the policy's part, or the store's.
struct DecisionError
{
    enum class Kind
    {
        None,
        PolicyBlocked, // the policy cannot be applied: `policyProblems`
        RecipientNotAllowed, // not on the profile's allow-list
        Store, // `store` says why (the four-eyes rule, the state, the database)
    };
    Kind kind = Kind::None;
    store::StoreError store;
    QList<PolicyProblem> policyProblems;

    bool ok() const { return kind == Kind::None; }
};

// Approving, rejecting and cancelling under a profile's policy. The four-eyes rule itself is
// enforced by the store, inside the transaction; this adds the policy's parts.
class ApprovalService
{
public:
    ApprovalService(store::PayoutStore& payouts, store::ApprovalStore& approvals, ApprovalPolicy policy,
                    const config::Clock& clock);

    // `reviewedContentHash`: the hash of what the approver saw; a changed payout is refused.
    std::optional<store::ApprovalOutcome> approve(qint64 id, const QString& approver,
                                                  const QByteArray& reviewedContentHash = {});
    bool reject(qint64 id, const QString& actor, const QString& reason);
    bool cancel(qint64 id, const QString& actor);
    const DecisionError& lastError() const { return m_lastError; }

    // Just before every send, the first and each resend: the policy as it is now. An approved
    // payout whose approvals expired (or no longer meet the policy) goes back to the queue; an
    // unanswered one (which Cregis may have) is held back instead, as is one unanswered for
    // longer than the policy's resend limit.
    SendCheck checkBeforeSend(const payout::Payout& payout, const QString& actor);
    // Whether the payout's recipient and approvals meet the policy now (nothing else, no changes).
    bool meetsPolicy(const payout::Payout& payout);

    // The approvals that count now, and how many the policy wants, for a payout.
    store::ApprovalRequirement requirementFor(const payout::PayoutFields& fields) const;
    int validApprovals(const payout::Payout& payout);
    QStringList approvers(const payout::Payout& payout);

    const ApprovalPolicy& policy() const { return m_policy; }
    void setPolicy(ApprovalPolicy policy) { m_policy = std::move(policy); }

private:
    bool fromStore(bool done, const store::StoreError& error);

    store::PayoutStore& m_payouts;
    store::ApprovalStore& m_approvals;
    ApprovalPolicy m_policy;
    const config::Clock& m_clock;
    DecisionError m_lastError;
};

} // namespace paydesk::workflow
