#include "ApprovalService.h"

namespace paydesk::workflow {

ApprovalService::ApprovalService(store::PayoutStore& store, ApprovalPolicy policy, const cregis::Clock& clock)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_clock(clock)
{ }

std::optional<store::ApprovalOutcome> ApprovalService::approve(qint64 id, const QString& approver,
                                                               const QByteArray& reviewedContentHash)
{
    m_lastError.clear();
    const std::optional<payout::Payout> payout = m_store.payout(id);
    if (!payout) {
        return std::nullopt;
    }
    if (!m_policy.recipientAllowed(payout->fields.toAddress)) {
        m_lastError = QStringLiteral("Payout %1 pays %2, which is not on this profile's list of approved addresses.")
                          .arg(id)
                          .arg(payout->fields.toAddress);
        return std::nullopt;
    }
    return m_store.approve(id, approver, m_policy.requirementFor(payout->fields, m_clock.nowMs()), reviewedContentHash);
}

bool ApprovalService::confirmStillApproved(const payout::Payout& payout, const QString& actor)
{
    m_lastError.clear();
    if (payout.state != payout::PayoutState::Approved) {
        return true; // a retry of an `unknown` payout: it was approved when first sent
    }
    const store::ApprovalRequirement requirement = m_policy.requirementFor(payout.fields, m_clock.nowMs());
    const bool allowed = m_policy.recipientAllowed(payout.fields.toAddress);
    if (allowed && m_store.validApprovalCount(payout.id, requirement) >= requirement.required) {
        return true;
    }
    const QString reason = allowed ? QStringLiteral("its approvals expired or no longer meet the policy")
                                   : QStringLiteral("its recipient is no longer on the list of approved addresses");
    m_store.returnToPending(payout.id, reason, actor);
    m_lastError
        = QStringLiteral("Payout %1 was not sent: %2; it is back in the approval queue.").arg(payout.id).arg(reason);
    return false;
}

} // namespace paydesk::workflow
