#pragma once

#include "ApprovalService.h"
#include "config/ActingPerson.h"
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
    // How a reconciliation ended. Typed: each front end words it.
    struct Result
    {
        enum class Outcome
        {
            Recorded, // `cid` is the payout's, confirmed by Cregis, and saved (`how`)
            MayBeResent, // no trace in the trade history: resending under its own id is safe
            ReturnedForApproval, // no trace, and its approvals no longer meet the policy: back in the queue
            EnterCid, // Cregis has it (E0009) but the trade history shows no trace yet
            TooManyMatches, // `matches` trades look alike: a person picks the cid
            TooManyTrades, // the window holds more trades than are read
            NotConfirmed, // Cregis could not confirm `cid` (`cregis`)
            NotThisPayout, // `cid` belongs to another payout: `mismatches`
            HistoryUnreadable, // the trade history could not be read (`cregis`)
            NotReconcilable, // the payout is in no state to reconcile, or of another project (`store`)
            StoreFailed, // the store did not take it (`store`)
        };
        struct Mismatch
        {
            enum class Field
            {
                ThirdPartyId,
                Amount,
                Address,
            } field;
            QString theirs;
            QString ours;
        };

        Outcome outcome = Outcome::NotReconcilable;
        qint64 payoutId = 0;
        std::optional<qint64> cid;
        bool enteredByPerson = false; // `cid` came from a person, not from the trade history
        int matches = 0;
        QList<Mismatch> mismatches;
        cregis::CregisError cregis;
        store::StoreError store;

        bool recorded() const { return outcome == Outcome::Recorded; }
    };
    using Done = std::function<void(const Result&)>;

    Reconciler(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
               const config::Clock& clock, const config::ActingPerson& person, QObject* parent = nullptr);

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
    void verifyAndRecord(const payout::Payout& payout, qint64 cid, bool enteredByPerson, Done done);
    std::optional<Result> refusal(qint64 payoutId, const std::optional<payout::Payout>& payout) const;
    Result result(Result::Outcome outcome, const payout::Payout& payout) const;

    store::PayoutStore& m_store;
    cregis::CregisClient& m_client;
    ApprovalService& m_approvals;
    const config::Clock& m_clock;
    const config::ActingPerson& m_person;
};

} // namespace paydesk::workflow
