#pragma once

#include "ApprovalPolicy.h"
#include "config/Clock.h"
#include "store/PayoutStore.h"

#include <QString>

#include <optional>

namespace paydesk::workflow {

// Whether a payout may go out now, under the policy, and what its claim must then prove.
struct SendCheck
{
    bool allowed = false;
    QString why; // when not allowed, in words
    store::ApprovalRequirement requirement; // the approvals the claim checks again, atomically
};

// Approving, rejecting and cancelling under a profile's policy. The four-eyes rule itself is
// enforced by the store, inside the transaction; this adds the policy's parts.
class ApprovalService
{
public:
    ApprovalService(store::PayoutStore& store, ApprovalPolicy policy, const config::Clock& clock);

    // `reviewedContentHash`: the hash of what the approver saw; a changed payout is refused.
    std::optional<store::ApprovalOutcome> approve(qint64 id, const QString& approver,
                                                  const QByteArray& reviewedContentHash = {});
    bool reject(qint64 id, const QString& actor, const QString& reason);
    bool cancel(qint64 id, const QString& actor);

    // Just before every send, the first and each resend: the policy as it is now. An approved
    // payout whose approvals expired (or no longer meet the policy) goes back to the queue; an
    // unanswered one (which Cregis may have) is held back with the reason instead, as is one
    // unanswered for longer than the policy's resend limit.
    SendCheck checkBeforeSend(const payout::Payout& payout, const QString& actor);
    // Whether the payout's recipient and approvals meet the policy now (nothing else, no changes).
    bool meetsPolicy(const payout::Payout& payout) const;

    const ApprovalPolicy& policy() const { return m_policy; }
    void setPolicy(ApprovalPolicy policy) { m_policy = std::move(policy); }
    QString lastError() const { return m_lastError.isEmpty() ? m_store.lastError() : m_lastError; }

private:
    store::PayoutStore& m_store;
    ApprovalPolicy m_policy;
    const config::Clock& m_clock;
    QString m_lastError;
};

// "3 h 20 min", "2 d 4 h": how long, for people.
QString durationText(qint64 ms);

} // namespace paydesk::workflow
