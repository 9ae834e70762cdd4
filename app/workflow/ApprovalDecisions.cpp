#include "ApprovalDecisions.h"

#include <algorithm>

namespace paydesk::workflow {

bool DecisionReport::anyDone() const
{
    return std::any_of(items.begin(), items.end(),
                       [](const DecisionItem& item) { return item.result != DecisionItem::Result::Refused; });
}

bool DecisionReport::anyRefused() const
{
    return std::any_of(items.begin(), items.end(),
                       [](const DecisionItem& item) { return item.result == DecisionItem::Result::Refused; });
}

ApprovalDecisions::ApprovalDecisions(store::PayoutStore& payouts, ApprovalService& approvals,
                                     const config::ActingPerson& person)
    : m_payouts(payouts)
    , m_approvals(approvals)
    , m_person(person)
{ }

QList<payout::Payout> ApprovalDecisions::review(const QList<qint64>& ids, QList<DecisionItem>* missing)
{
    QList<payout::Payout> found;
    for (qint64 id : ids) {
        if (const std::optional<payout::Payout> payout = m_payouts.payout(id)) {
            found.append(*payout);
        } else {
            missing->append({id, DecisionItem::Result::Refused, 0, 0,
                             DecisionError{DecisionError::Kind::Store, m_payouts.lastError(), {}}});
        }
    }
    return found;
}

std::optional<store::StoreError> ApprovalDecisions::changedSinceReview(const payout::Payout& reviewed)
{
    const std::optional<payout::Payout> now = m_payouts.payout(reviewed.id);
    if (!now) {
        return m_payouts.lastError();
    }
    if (now->contentHash != reviewed.contentHash || now->state != reviewed.state) {
        return store::StoreError::of(store::StoreProblem::ChangedSinceReview, reviewed.id);
    }
    return std::nullopt;
}

DecisionReport ApprovalDecisions::apply(DecisionReport::Decision decision, const QList<payout::Payout>& reviewed,
                                        const std::function<std::optional<DecisionItem>(const payout::Payout&)>& action)
{
    DecisionReport report;
    report.decision = decision;
    for (const payout::Payout& payout : reviewed) {
        if (const std::optional<store::StoreError> changed = changedSinceReview(payout)) {
            report.items.append({payout.id, DecisionItem::Result::Refused, 0, 0,
                                 DecisionError{DecisionError::Kind::Store, *changed, {}}});
            continue;
        }
        const std::optional<DecisionItem> done = action(payout);
        report.items.append(
            done ? *done : DecisionItem{payout.id, DecisionItem::Result::Refused, 0, 0, m_approvals.lastError()});
    }
    return report;
}

DecisionReport ApprovalDecisions::approve(const QList<payout::Payout>& reviewed)
{
    return apply(DecisionReport::Decision::Approve, reviewed,
                 [this](const payout::Payout& payout) -> std::optional<DecisionItem> {
                     const auto outcome = m_approvals.approve(payout.id, m_person.name(), payout.contentHash);
                     if (!outcome) {
                         return std::nullopt;
                     }
                     // Recounted against the policy as it is now, for "1 of 2".
                     const store::ApprovalRequirement requirement = m_approvals.requirementFor(payout.fields);
                     DecisionItem item{payout.id,
                                       *outcome == store::ApprovalOutcome::Approved ? DecisionItem::Result::Approved
                                                                                    : DecisionItem::Result::Recorded,
                                       m_approvals.validApprovals(payout),
                                       requirement.required,
                                       {}};
                     return item;
                 });
}

DecisionReport ApprovalDecisions::reject(const QList<payout::Payout>& reviewed, const QString& reason)
{
    DecisionReport report = apply(DecisionReport::Decision::Reject, reviewed,
                                  [this, &reason](const payout::Payout& payout) -> std::optional<DecisionItem> {
                                      if (!m_approvals.reject(payout.id, m_person.name(), reason)) {
                                          return std::nullopt;
                                      }
                                      return DecisionItem{payout.id, DecisionItem::Result::Rejected, 0, 0, {}};
                                  });
    report.reason = reason.trimmed();
    return report;
}

DecisionReport ApprovalDecisions::cancel(const QList<payout::Payout>& reviewed)
{
    return apply(DecisionReport::Decision::Cancel, reviewed,
                 [this](const payout::Payout& payout) -> std::optional<DecisionItem> {
                     if (!m_approvals.cancel(payout.id, m_person.name())) {
                         return std::nullopt;
                     }
                     return DecisionItem{payout.id, DecisionItem::Result::Cancelled, 0, 0, {}};
                 });
}

} // namespace paydesk::workflow
