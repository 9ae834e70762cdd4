#pragma once

#include "ApprovalService.h"
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

    Reconciler(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
               const config::Clock& clock, QString actor, QObject* parent = nullptr);

    // A person's cid: verified, then recorded.
    void reconcileWithCid(qint64 payoutId, qint64 cid, Done done);
    // Reads every page of the trade history within a window around the payout (from shortly
    // before its first send until now) for outgoing trades of its currency with the same recipient
    // and amount, not already held by another payout, and records the one whose payout query
    // carries this payout's third_party_id. With none, an `unknown` payout may be resent under its
    // own id again (or, when its approvals no longer meet the policy, goes back to the approval
    // queue); otherwise a person must enter the cid.
    void findAndReconcile(qint64 payoutId, Done done);

    static constexpr int maxCandidates = 20;
    static constexpr int maxPages = 100; // 10,000 trades: beyond that a person enters the cid
    static constexpr qint64 windowMarginMs = 60 * 60 * 1000;

private:
    struct Search;

    void readPage(std::shared_ptr<Search> search);
    void searched(const std::shared_ptr<Search>& search);
    void nothingFound(const payout::Payout& payout, Done done);
    void tryCandidates(const payout::Payout& payout, QList<qint64> candidates, Done done);
    void verifyAndRecord(const payout::Payout& payout, qint64 cid, const QString& how, Done done);
    std::optional<QString> refusal(const std::optional<payout::Payout>& payout) const;

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    ApprovalService& m_approvals;
    const config::Clock& m_clock;
    QString m_actor;
};

} // namespace paydesk::workflow
