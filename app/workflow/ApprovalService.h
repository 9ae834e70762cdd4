#pragma once

#include "ApprovalPolicy.h"
#include "cregis/Clock.h"
#include "store/PayoutStore.h"

#include <QString>

#include <optional>

namespace paydesk::workflow {

// Approving, rejecting and cancelling under a profile's policy. The four-eyes rule itself is
// enforced by the store, inside the transaction; this adds the policy's parts.
class ApprovalService
{
public:
    ApprovalService(store::PayoutStore& store, ApprovalPolicy policy, const cregis::Clock& clock);

    // `reviewedContentHash`: the hash of what the approver saw; a changed payout is refused.
    std::optional<store::ApprovalOutcome> approve(qint64 id, const QString& approver,
                                                  const QByteArray& reviewedContentHash = {});
    bool reject(qint64 id, const QString& actor, const QString& reason) { return m_store.reject(id, actor, reason); }
    bool cancel(qint64 id, const QString& actor) { return m_store.cancel(id, actor); }

    // Just before sending: an approved payout whose approvals have expired (or no longer meet
    // the policy) goes back to the queue instead. True when it may be sent.
    bool confirmStillApproved(const payout::Payout& payout, const QString& actor);

    const ApprovalPolicy& policy() const { return m_policy; }
    QString lastError() const { return m_lastError.isEmpty() ? m_store.lastError() : m_lastError; }

private:
    store::PayoutStore& m_store;
    ApprovalPolicy m_policy;
    const cregis::Clock& m_clock;
    QString m_lastError;
};

} // namespace paydesk::workflow
