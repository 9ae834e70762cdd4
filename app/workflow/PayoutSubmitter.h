#pragma once

#include "SubmitOutcome.h"
#include "cregis/CregisClient.h"
#include "store/PayoutStore.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace paydesk::workflow {

// Sends one payout so that it cannot be paid twice: claim it in the store (one atomic state
// change, committed), then send, then commit whatever came back before anything else happens.
// A lost answer leaves the payout `unknown`, to be retried with the same third_party_id.
class PayoutSubmitter : public QObject
{
    Q_OBJECT

public:
    PayoutSubmitter(store::PayoutStore& store, cregis::CregisClient& client, QString actor, QObject* parent = nullptr);

    // States a payout may be sent from: `approved`, and `unknown` for a retry under the same id.
    void setSendableStates(QSet<payout::PayoutState> states) { m_sendable = std::move(states); }
    // A last check just before the claim (the approval policy); false stops the send with `why`.
    using Gate = std::function<bool(const payout::Payout&, QString* why)>;
    void setGate(Gate gate) { m_gate = std::move(gate); }

    void submit(qint64 payoutId);

    static cregis::PayoutRequest requestFor(const payout::Payout& payout);

Q_SIGNALS:
    void finished(qint64 payoutId, const paydesk::workflow::SubmitOutcome& outcome);

private:
    void record(qint64 payoutId, const cregis::CregisResult<cregis::PayoutCreated>& result);
    void finish(qint64 payoutId, SubmitOutcome outcome);

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    QString m_actor;
    QSet<payout::PayoutState> m_sendable;
    Gate m_gate;
};

} // namespace paydesk::workflow
