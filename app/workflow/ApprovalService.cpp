#include "ApprovalService.h"

namespace paydesk::workflow {

using payout::PayoutState;

ApprovalService::ApprovalService(store::PayoutStore& store, ApprovalPolicy policy, const config::Clock& clock)
    : m_store(store)
    , m_policy(std::move(policy))
    , m_clock(clock)
{ }

std::optional<store::ApprovalOutcome> ApprovalService::approve(qint64 id, const QString& approver,
                                                               const QByteArray& reviewedContentHash)
{
    m_lastError.clear();
    if (m_policy.blocked) {
        m_lastError = m_policy.blockedReason();
        return std::nullopt;
    }
    const std::optional<payout::Payout> payout = m_store.payout(id);
    if (!payout) {
        return std::nullopt;
    }
    if (!m_policy.recipientAllowed(payout->fields)) {
        m_lastError = QStringLiteral("Payout %1 pays %2, which is not on this profile's list of approved addresses.")
                          .arg(id)
                          .arg(payout->fields.toAddress);
        return std::nullopt;
    }
    return m_store.approve(id, approver, m_policy.requirementFor(payout->fields, m_clock.nowMs()), reviewedContentHash);
}

bool ApprovalService::reject(qint64 id, const QString& actor, const QString& reason)
{
    m_lastError.clear();
    return m_store.reject(id, actor, reason);
}

bool ApprovalService::cancel(qint64 id, const QString& actor)
{
    m_lastError.clear();
    return m_store.cancel(id, actor);
}

SendCheck ApprovalService::checkBeforeSend(const payout::Payout& payout, const QString& actor)
{
    m_lastError.clear();
    const qint64 now = m_clock.nowMs();
    SendCheck check;
    check.requirement = m_policy.requirementFor(payout.fields, now);
    const auto refuse = [&check](const QString& why) {
        check.why = why;
        return check;
    };
    if (m_policy.blocked) {
        return refuse(QStringLiteral("Payout %1 was not sent: %2").arg(payout.id).arg(m_policy.blockedReason()));
    }
    const bool unanswered = payout.state == PayoutState::Unknown;
    if (unanswered) {
        const qint64 since = payout.unansweredSinceMs().value_or(payout.updatedAtMs);
        if (now - since > m_policy.resendLimitMs) {
            return refuse(QStringLiteral("Payout %1 has had no answer for %2 (the limit for resending is %3): "
                                         "reconcile it first; it is not resent until its trade history was searched.")
                              .arg(payout.id)
                              .arg(durationText(now - since), durationText(m_policy.resendLimitMs)));
        }
    }
    const bool allowed = m_policy.recipientAllowed(payout.fields);
    const bool approvedEnough = m_store.validApprovalCount(payout.id, check.requirement) >= check.requirement.required;
    if (allowed && approvedEnough) {
        check.allowed = true;
        return check;
    }
    const QString reason = allowed ? QStringLiteral("its approvals expired or no longer meet the policy")
                                   : QStringLiteral("its recipient is not on the list of approved addresses");
    if (unanswered) {
        // Cregis may have it: it cannot simply go back to the queue. Reconciliation decides.
        return refuse(QStringLiteral("Payout %1 was not resent: %2. Reconcile it: a search that finds no trace of it "
                                     "returns it to the approval queue under the same third_party_id.")
                          .arg(payout.id)
                          .arg(reason));
    }
    if (payout.state == PayoutState::Approved) {
        m_store.returnToPending(payout.id, reason, actor);
    }
    return refuse(
        QStringLiteral("Payout %1 was not sent: %2; it is back in the approval queue.").arg(payout.id).arg(reason));
}

bool ApprovalService::meetsPolicy(const payout::Payout& payout) const
{
    const store::ApprovalRequirement requirement = m_policy.requirementFor(payout.fields, m_clock.nowMs());
    return !m_policy.blocked && m_policy.recipientAllowed(payout.fields)
        && m_store.validApprovalCount(payout.id, requirement) >= requirement.required;
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 60) {
        return QStringLiteral("%1 min").arg(minutes);
    }
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        return minutes % 60 == 0 ? QStringLiteral("%1 h").arg(hours)
                                 : QStringLiteral("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return QStringLiteral("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace paydesk::workflow
