#pragma once

#include "ApprovalService.h"
#include "config/ActingPerson.h"

#include <QList>
#include <QString>

namespace paydesk::workflow {

// What one decision did to one payout.
struct DecisionItem
{
    enum class Result
    {
        Approved, // its approvals are complete: it may be sent
        Recorded, // counted: `valid` of `required` approvals
        Rejected,
        Cancelled,
        Refused, // not done: `error` says why
    };
    qint64 payoutId = 0;
    Result result = Result::Refused;
    int valid = 0;
    int required = 0;
    DecisionError error;
};

struct DecisionReport
{
    enum class Decision
    {
        Approve,
        Reject,
        Cancel,
    };
    Decision decision = Decision::Approve;
    QString reason; // of a rejection
    QList<DecisionItem> items;

    bool anyDone() const;
    bool anyRefused() const;
};

// Approve, reject or cancel, applied to the payouts a person reviewed, for both front ends: a
// payout whose content or state changed since it was reviewed is refused rather than decided on
// unseen content, and an approval is recounted against the policy afterwards.
class ApprovalDecisions
{
public:
    ApprovalDecisions(store::PayoutStore& payouts, ApprovalService& approvals, const config::ActingPerson& person);

    DecisionReport approve(const QList<payout::Payout>& reviewed);
    DecisionReport reject(const QList<payout::Payout>& reviewed, const QString& reason);
    DecisionReport cancel(const QList<payout::Payout>& reviewed);

    // The payouts as they are now, for a front end that decides on ids (the CLI reviews what it
    // reads at once). Ids that do not exist in this profile come back as refused items.
    QList<payout::Payout> review(const QList<qint64>& ids, QList<DecisionItem>* missing);

    // Empty when the payout's content and state are as reviewed; otherwise why not.
    std::optional<store::StoreError> changedSinceReview(const payout::Payout& reviewed);

private:
    DecisionReport apply(DecisionReport::Decision decision, const QList<payout::Payout>& reviewed,
                         const std::function<std::optional<DecisionItem>(const payout::Payout&)>& action);

    store::PayoutStore& m_payouts;
    ApprovalService& m_approvals;
    const config::ActingPerson& m_person;
};

} // namespace paydesk::workflow
