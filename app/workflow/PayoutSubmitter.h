#pragma once

#include "ApprovalService.h"
#include "SubmitOutcome.h"
#include "config/ActingPerson.h"
#include "cregis/CregisClient.h"
#include "store/PayoutStore.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace paydesk::workflow {

// Sends one payout so that it cannot be paid twice: check the policy, claim it in the store (one
// atomic state change that also proves its content and approvals, committed), check that the
// request about to go out hashes to what was approved, then send, then commit whatever came back
// before anything else happens. A lost answer leaves the payout `unknown`, to be retried with the
// same third_party_id.
class PayoutSubmitter : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const SubmitOutcome&)>;

    PayoutSubmitter(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
                    const config::ActingPerson& person, QObject* parent = nullptr);

    // States a payout may be sent from: `approved`, and `unknown` for a retry under the same id.
    static const QSet<payout::PayoutState>& sendableStates();

    // `done` runs once, always asynchronously (in this submitter's thread), and not at all once
    // `context` is gone.
    void submit(qint64 payoutId, QObject* context, Done done);

private:
    void record(const payout::Payout& claimed, payout::PayoutState claimedFrom,
                const cregis::CregisResult<cregis::PayoutCreated>& result, Done done);
    SubmitOutcome recordAccepted(const payout::Payout& claimed, qint64 cid);
    void finish(QObject* context, Done done, SubmitOutcome outcome);

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    ApprovalService& m_approvals;
    const config::ActingPerson& m_person;
};

} // namespace paydesk::workflow
