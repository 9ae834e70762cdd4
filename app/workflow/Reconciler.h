#pragma once

#include "cregis/CregisClient.h"
#include "store/PayoutStore.h"

#include <QObject>

#include <functional>

namespace paydesk::workflow {

// Settles a payout that may have reached Cregis without PayDesk learning its cid (`unknown`, or
// `needs_reconciliation` after E0009). A cid is recorded only after /api/v1/payout/query shows
// the same amount, recipient and third_party_id: never on a guess.
class Reconciler : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        bool recorded = false;
        std::optional<qint64> cid;
        QString message; // what happened, in words
    };
    using Done = std::function<void(const Result&)>;

    Reconciler(store::PayoutStore& store, cregis::CregisClient& client, QString actor, QObject* parent = nullptr);

    // A person's cid: verified, then recorded.
    void reconcileWithCid(qint64 payoutId, qint64 cid, Done done);
    // Looks through the trade history for outgoing trades of the payout's currency with the same
    // recipient and amount, not already held by another payout, and records the one whose payout
    // query carries this payout's third_party_id. With none (or too many to ask about) a person
    // must enter the cid.
    void findAndReconcile(qint64 payoutId, Done done);

    static constexpr int maxCandidates = 20;

private:
    void tryCandidates(const payout::Payout& payout, QList<qint64> candidates, Done done);
    void verifyAndRecord(const payout::Payout& payout, qint64 cid, const QString& how, Done done);

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    QString m_actor;
};

} // namespace paydesk::workflow
