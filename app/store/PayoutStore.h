#pragma once

#include "AuditLog.h"
#include "Database.h"
#include "PayoutQuery.h"
#include "RowStream.h"
#include "StoreError.h"
#include "config/Clock.h"
#include "payout/Payout.h"

#include <QObject>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk::store {

class TeamCalls;

// Which payouts a store may see and change: one profile's, queued for one Cregis project. A
// store never reads or writes another profile's payouts, so no caller can act on them by id.
struct StoreScope
{
    QString profile;
    qint64 projectPid = 0; // the profile's Cregis project: payouts of another are never claimed
    QString gateway; // the profile's gateway URL, recorded with each new payout (for people)
};

// What counts as enough approval for one payout, decided by the approval policy.
struct ApprovalRequirement
{
    int required = 1;
    std::optional<qint64> notBeforeMs; // approvals older than this have expired
    // Approvals stamped after this (by a clock ahead) grant nothing: a time from the future is
    // never a licence to outlive the expiry.
    std::optional<qint64> notAfterMs = std::nullopt;
};

struct CregisProgress
{
    int status = 0;
    QString txid;
    QString blockHeight;
    std::optional<qint64> blockTimeMs;
};

struct ClaimResult
{
    std::optional<payout::Payout> claimed; // the row as claimed, read inside the claim
    payout::PayoutState claimedFrom = payout::PayoutState::Approved;
    StoreError error; // why not, when nothing was claimed (and nothing sent)
};

// The payout rows and their state changes. Every change happens in one transaction together with
// its audit event, and changes only a row in an expected state: callers learn from the result
// whether it happened, so two desktops (or a crash) can never both claim a payout.
class PayoutStore : public QObject
{
    Q_OBJECT

public:
    PayoutStore(const Database& database, AuditLog& audit, StoreScope scope, const config::Clock& clock);
    ~PayoutStore() override;

    const StoreError& lastError() const { return m_lastError; }
    const StoreScope& scope() const { return m_scope; }
    // The id `actor`'s claims carry: this process's (on a team database, the session's lease).
    const QString& claimOwner(const QString& actor = {}) const { return m_database.leaseFor(actor).owner(); }

    // Queues a checked payout as pending_approval with a new third_party_id. Returns its id.
    std::optional<qint64> addPayout(const payout::PayoutFields& fields, const QString& actor);
    struct NewPayout
    {
        payout::PayoutFields fields;
        QString thirdPartyId; // empty: a new one is made
    };
    // Queues all of them or none, in one transaction (a bulk import). Returns their ids in order;
    // a third_party_id that is taken fails the whole batch.
    std::optional<QList<qint64>> addPayouts(const QList<NewPayout>& payouts, const QString& actor);
    // Which of these third_party_ids some payout in the file (of any profile) already holds.
    QSet<QString> takenThirdPartyIds(const QStringList& thirdPartyIds);

    std::optional<payout::Payout> payout(qint64 id);
    // The payout of this profile that holds `cid`, if any.
    std::optional<qint64> payoutWithCid(qint64 cid);
    QList<payout::Payout> payouts(const PayoutQuery& query);
    int countPayouts(const PayoutQuery& query);
    // Streams every matching row to `visit` without holding them all; stops when it returns false.
    bool forEachPayout(const PayoutQuery& query, const std::function<bool(const payout::Payout&)>& visit);
    // Every row the query selects (its limit and paging ignored), in its order, as raw values of
    // `columns` (names of the payouts table), from one snapshot. Null with lastError() on failure.
    std::unique_ptr<RowStream> streamPayouts(const PayoutQuery& query, const QStringList& columns);

    // Recipients already used that share the first and last four characters with `address`, in
    // any letter case, but are spelled otherwise: the shape of an address-swapping attack, and
    // the same recipient in another spelling, which the caller tells apart (address::sameAddress).
    QStringList recipientsResembling(const QString& address, int limit = 20);

    // By anyone but the creator, with a reason; final. Never for a payout that was ever sent.
    bool reject(qint64 id, const QString& actor, const QString& reason);
    // By the creator only, before submission; final. Never for a payout that was ever sent.
    bool cancel(qint64 id, const QString& actor);
    // By the creator only, before it was ever sent: new fields and hash, so every approval is void.
    bool editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor);
    // Approved, but its approvals have since expired: back to the queue.
    bool returnToPending(qint64 id, const QString& reason, const QString& actor);

    // `from -> submitting`, one row or none, in one transaction that also checks, on the row as
    // it is then: this profile's project (pid), the content hash recomputed from the fields, and
    // at least `requirement.required` (never fewer than one) valid approvals of that exact
    // content. The claim records this process's owner id and counts the attempt.
    ClaimResult claimForSubmission(qint64 id, const QSet<payout::PayoutState>& from,
                                   const ApprovalRequirement& requirement, const QString& actor);
    // The answers to a claim this process holds; each ends the claim.
    bool recordSubmitted(qint64 id, qint64 cid, const QString& actor);
    bool recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor);
    bool recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor);
    bool recordNeedsReconciliation(qint64 id, const QString& code, const QString& message, const QString& actor);
    // Nothing was sent after all: the claim ends and the payout is back in `backTo` (the state it
    // was claimed from, approved or unknown), with the reason recorded.
    bool releaseClaim(qint64 id, payout::PayoutState backTo, const QString& reason, const QString& actor);
    bool recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor);
    // A cid found for an `unknown` or `needs_reconciliation` payout, verified by the caller.
    bool recordReconciled(qint64 id, qint64 cid, const QString& how, const QString& actor);
    // An `unknown` payout's trade history was searched and held no trace of it: it may be resent
    // under its own third_party_id again (its age for resending starts over).
    bool recordReconcileSearch(qint64 id, const QString& detail, const QString& actor);
    // An `unknown` payout whose approvals no longer meet the policy, after a search that found no
    // trace of it: back to the approval queue under the same third_party_id.
    bool returnForApproval(qint64 id, const QString& reason, const QString& actor);

    // Claims whose owner process is gone (a crash, a kill), or older than 15 minutes whoever holds
    // them: the payout may or may not have reached Cregis, so it becomes `unknown` (reconciled,
    // never resent blindly). Younger claims of a live process are left alone.
    int recoverAbandonedClaims(const QString& actor);

    // For the approvals, which change a payout's state in their own transactions.
    void notifyChanged(qint64 id) { Q_EMIT payoutChanged(id); }

Q_SIGNALS:
    void payoutAdded(qint64 id);
    // Many at once (a bulk import, or changes at other desks while the connection was lost; the
    // list may then be empty): listeners reload rather than take them one by one.
    void payoutsAdded(const QList<qint64>& ids);
    void payoutChanged(qint64 id);

private:
    struct Change;

    bool applyChange(const Change& change);
    std::optional<QList<qint64>> insertPayouts(const QList<NewPayout>& payouts, const QString& actor);
    SearchPlan searchPlan(const PayoutQuery& filter);
    StoreError refusal(qint64 id, const Change& change);
    bool fail(StoreError error);
    ClaimResult refuseClaim(StoreError error, WriteTransaction& transaction);

    // On a team database every write is one of its steps (PayoutStoreTeam.cpp).
    bool teamStep(qint64 id, const QString& actor, const QString& function, QVariantList arguments);
    std::optional<QList<qint64>> teamInsert(const QList<NewPayout>& payouts, const QString& actor);
    bool teamEdit(qint64 id, const payout::PayoutFields& fields, const QString& actor);
    ClaimResult teamClaim(qint64 id, const QSet<payout::PayoutState>& from, const ApprovalRequirement& requirement,
                          const QString& actor);
    int teamRecover(const QString& actor);

    const Database& m_database;
    AuditLog& m_audit;
    StoreScope m_scope;
    const config::Clock& m_clock;
    StoreError m_lastError;
    std::unique_ptr<TeamCalls> m_team; // null on SQLite
    std::unique_ptr<QSqlQuery> m_resembling; // recipientsResembling(), prepared on first use
    int m_resemblingGeneration = 0; // of the connection it was prepared on
};

} // namespace paydesk::store
