#pragma once

#include "PayoutStore.h"

#include <QStringList>

#include <optional>

namespace paydesk::store {

enum class ApprovalOutcome
{
    Recorded, // counted; more approvals are needed
    Approved, // this approval completed the requirement
};

// The approvals of one profile's payouts. Four eyes is enforced here, inside the transaction: the
// creator is refused, a person counts once, and an approval is bound to the content hash of what
// was approved, so an edit voids it without anyone having to remember to delete it.
class ApprovalStore
{
public:
    ApprovalStore(const Database& database, AuditLog& audit, PayoutStore& payouts, const config::Clock& clock);

    // With `reviewedContentHash`, the approval is refused if the payout changed since the approver
    // looked at it (checked inside the transaction, so another desk cannot slip in).
    std::optional<ApprovalOutcome> approve(qint64 id, const QString& approver, const ApprovalRequirement& requirement,
                                           const QByteArray& reviewedContentHash = {});
    int validApprovalCount(qint64 id, const ApprovalRequirement& requirement);
    // Who has approved the payout's current content (unexpired), in order.
    QStringList approvers(qint64 id, const ApprovalRequirement& requirement);

    const StoreError& lastError() const { return m_lastError; }

private:
    std::optional<ApprovalOutcome> fail(StoreError error);

    const Database& m_database;
    AuditLog& m_audit;
    PayoutStore& m_payouts;
    const config::Clock& m_clock;
    StoreError m_lastError;
};

} // namespace paydesk::store
