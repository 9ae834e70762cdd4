#include "ApprovalService.h"

#include <algorithm>

namespace paydesk::workflow {

using payout::PayoutState;

ApprovalService::ApprovalService(store::PayoutStore& payouts, store::ApprovalStore& approvals, ApprovalPolicy policy,
                                 const config::Clock& clock)
    : m_payouts(payouts)
    , m_approvals(approvals)
    , m_policy(std::move(policy))
    , m_clock(clock)
{ }

bool ApprovalService::fromStore(bool done, const store::StoreError& error)
{
    m_lastError = done ? DecisionError{} : DecisionError{DecisionError::Kind::Store, error, {}};
    return done;
}

store::ApprovalRequirement ApprovalService::requirementFor(const payout::PayoutFields& fields) const
{
    return m_policy.requirementFor(fields, m_clock.nowMs());
}

int ApprovalService::validApprovals(const payout::Payout& payout)
{
    return m_approvals.validApprovalCount(payout.id, requirementFor(payout.fields));
}

QStringList ApprovalService::approvers(const payout::Payout& payout)
{
    return m_approvals.approvers(payout.id, requirementFor(payout.fields));
}

std::optional<store::ApprovalOutcome> ApprovalService::approve(qint64 id, const QString& approver,
                                                               const QByteArray& reviewedContentHash)
{
    m_lastError = {};
    if (m_policy.blocked) {
        m_lastError = {DecisionError::Kind::PolicyBlocked, {}, m_policy.problems};
        return std::nullopt;
    }
    const std::optional<payout::Payout> payout = m_payouts.payout(id);
    if (!payout) {
        fromStore(false, m_payouts.lastError());
        return std::nullopt;
    }
    if (!m_policy.recipientAllowed(payout->fields)) {
        m_lastError
            = {DecisionError::Kind::RecipientNotAllowed, store::StoreError::of(store::StoreProblem::None, id), {}};
        return std::nullopt;
    }
    const auto outcome = m_approvals.approve(id, approver, requirementFor(payout->fields), reviewedContentHash);
    fromStore(outcome.has_value(), m_approvals.lastError());
    return outcome;
}

bool ApprovalService::reject(qint64 id, const QString& actor, const QString& reason)
{
    return fromStore(m_payouts.reject(id, actor, reason), m_payouts.lastError());
}

bool ApprovalService::cancel(qint64 id, const QString& actor)
{
    return fromStore(m_payouts.cancel(id, actor), m_payouts.lastError());
}

bool ApprovalService::meetsPolicy(const payout::Payout& payout)
{
    const store::ApprovalRequirement requirement = requirementFor(payout.fields);
    return !m_policy.blocked && m_policy.recipientAllowed(payout.fields)
        && m_approvals.validApprovalCount(payout.id, requirement) >= requirement.required;
}

SendCheck ApprovalService::checkBeforeSend(const payout::Payout& payout, const QString& actor)
{
    const qint64 now = m_clock.nowMs();
    SendCheck check;
    check.requirement = m_policy.requirementFor(payout.fields, now);
    check.unanswered = payout.state == PayoutState::Unknown;
    if (m_policy.blocked) {
        check.refusal = SendCheck::Refusal::PolicyBlocked;
        check.policyProblems = m_policy.problems;
        return check;
    }
    if (check.unanswered) {
        // A first send stamped by a clock ahead has an age nobody knows: never a licence to
        // resend, it counts as past the limit.
        const qint64 since = payout.unansweredSinceMs().value_or(payout.updatedAtMs);
        if (since > now + ApprovalPolicy::clockToleranceMs || now - since > m_policy.resendLimitMs) {
            check.refusal = since > now ? SendCheck::Refusal::SentInTheFuture : SendCheck::Refusal::UnansweredTooLong;
            check.unansweredForMs = std::max<qint64>(0, now - since);
            check.limitMs = m_policy.resendLimitMs;
            return check;
        }
    }
    const bool allowed = m_policy.recipientAllowed(payout.fields);
    if (allowed && m_approvals.validApprovalCount(payout.id, check.requirement) >= check.requirement.required) {
        return check;
    }
    check.refusal = allowed ? SendCheck::Refusal::ApprovalsInsufficient : SendCheck::Refusal::RecipientNotAllowed;
    // Cregis may have an unanswered payout: it cannot simply go back to the queue, reconciliation
    // decides. An approved one that was never sent can.
    if (!check.unanswered && payout.state == PayoutState::Approved) {
        check.returnedToQueue
            = m_payouts.returnToPending(payout.id,
                                        allowed ? QStringLiteral("approvals expired or no longer meet the policy")
                                                : QStringLiteral("recipient not on the list of approved addresses"),
                                        actor);
    }
    return check;
}

} // namespace paydesk::workflow
