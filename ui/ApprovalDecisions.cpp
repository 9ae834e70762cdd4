#include "ApprovalDecisions.h"

#include "desk/Desk.h"

namespace paydesk::ui {

ApprovalDecisions::ApprovalDecisions(desk::Desk& desk)
    : m_desk(desk)
{ }

QString ApprovalDecisions::idList(const QList<payout::Payout>& payouts)
{
    QStringList ids;
    for (const payout::Payout& payout : payouts) {
        ids << QStringLiteral("#%1").arg(payout.id);
    }
    return ids.join(QStringLiteral(", "));
}

bool ApprovalDecisions::unchangedSinceReview(const payout::Payout& reviewed, QString* why) const
{
    const std::optional<payout::Payout> now = m_desk.store()->payout(reviewed.id);
    if (!now) {
        *why = QStringLiteral("#%1 could not be read again: %2").arg(reviewed.id).arg(m_desk.store()->lastError());
        return false;
    }
    if (now->contentHash != reviewed.contentHash || now->state != reviewed.state) {
        *why = QStringLiteral("#%1 changed after you reviewed it; look at it again.").arg(reviewed.id);
        return false;
    }
    return true;
}

DecisionReport ApprovalDecisions::approve(const QList<payout::Payout>& reviewed) const
{
    QStringList approved;
    QStringList recorded;
    QStringList refused;
    for (const payout::Payout& payout : reviewed) {
        QString why;
        if (!unchangedSinceReview(payout, &why)) {
            refused << why;
            continue;
        }
        // Asked afresh each time: the desk replaces its approval service when the policy changes.
        workflow::ApprovalService* approvals = m_desk.approvals();
        const std::optional<store::ApprovalOutcome> outcome
            = approvals->approve(payout.id, m_desk.actor(), payout.contentHash);
        if (!outcome) {
            refused << approvals->lastError();
        } else if (*outcome == store::ApprovalOutcome::Approved) {
            approved << QStringLiteral("#%1").arg(payout.id);
        } else {
            const store::ApprovalRequirement requirement
                = approvals->policy().requirementFor(payout.fields, m_desk.clock().nowMs());
            recorded << QStringLiteral("#%1 (%2 of %3)")
                            .arg(payout.id)
                            .arg(m_desk.store()->validApprovalCount(payout.id, requirement))
                            .arg(requirement.required);
        }
    }
    QStringList lines;
    if (!approved.isEmpty()) {
        lines << QStringLiteral("Approved %1: ready to send with Send approved.")
                     .arg(approved.join(QStringLiteral(", ")));
    }
    if (!recorded.isEmpty()) {
        lines << QStringLiteral("Your approval of %1 is recorded; the policy needs another approver before it can be "
                                "sent.")
                     .arg(recorded.join(QStringLiteral(", ")));
    }
    if (!refused.isEmpty()) {
        lines << QStringLiteral("Not approved: ") + refused.join(u' ');
    }
    const DecisionReport::Tone tone = refused.isEmpty() ? DecisionReport::Tone::Success
        : lines.size() > 1                              ? DecisionReport::Tone::Partial
                                                        : DecisionReport::Tone::Error;
    return {lines.join(u'\n'), tone};
}

ApprovalDecisions::Applied
ApprovalDecisions::apply(const QList<payout::Payout>& reviewed,
                         const std::function<bool(workflow::ApprovalService&, const payout::Payout&)>& action) const
{
    Applied applied;
    for (const payout::Payout& payout : reviewed) {
        QString why;
        // Asked afresh each time: the desk replaces its approval service when the policy changes.
        workflow::ApprovalService* approvals = m_desk.approvals();
        if (!unchangedSinceReview(payout, &why)) {
            applied.refused << why;
        } else if (action(*approvals, payout)) {
            applied.done << payout;
        } else {
            applied.refused << approvals->lastError();
        }
    }
    return applied;
}

DecisionReport ApprovalDecisions::reject(const QList<payout::Payout>& reviewed, const QString& reason) const
{
    const Applied applied
        = apply(reviewed, [this, &reason](workflow::ApprovalService& approvals, const payout::Payout& p) {
              return approvals.reject(p.id, m_desk.actor(), reason);
          });
    QStringList lines;
    if (!applied.done.isEmpty()) {
        lines << QStringLiteral("Rejected %1 (“%2”). Rejection is final: nothing of it is sent.")
                     .arg(idList(applied.done), reason);
    }
    if (!applied.refused.isEmpty()) {
        lines << QStringLiteral("Not rejected: ") + applied.refused.join(u' ');
    }
    return {lines.join(u'\n'), applied.refused.isEmpty() ? DecisionReport::Tone::Neutral : DecisionReport::Tone::Error};
}

DecisionReport ApprovalDecisions::cancel(const QList<payout::Payout>& reviewed) const
{
    const Applied applied = apply(reviewed, [this](workflow::ApprovalService& approvals, const payout::Payout& p) {
        return approvals.cancel(p.id, m_desk.actor());
    });
    QStringList lines;
    if (!applied.done.isEmpty()) {
        lines << QStringLiteral("Cancelled %1. Cancelling is final: nothing of it is sent.").arg(idList(applied.done));
    }
    if (!applied.refused.isEmpty()) {
        lines << QStringLiteral("Not cancelled: ") + applied.refused.join(u' ');
    }
    return {lines.join(u'\n'), applied.refused.isEmpty() ? DecisionReport::Tone::Neutral : DecisionReport::Tone::Error};
}

} // namespace paydesk::ui
