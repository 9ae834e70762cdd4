#pragma once

#include "ClaimLease.h"
#include "PayoutQuery.h"
#include "config/Clock.h"
#include "payout/Payout.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk::store {

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
};

enum class ApprovalOutcome
{
    Recorded, // counted; more approvals are needed
    Approved, // this approval completed the requirement
};

// The first place where the audit log or a payout row no longer matches its recorded hash.
struct AuditVerification
{
    bool intact = true;
    int eventsChecked = 0;
    std::optional<qint64> brokenEventId; // the first audit event whose link or content is wrong
    std::optional<qint64> alteredPayoutId; // a payout whose fields no longer match their hash
    QString reason;
};

struct CregisProgress
{
    int status = 0;
    QString txid;
    QString blockHeight;
    std::optional<qint64> blockTimeMs;
};

// Why a payout could not be claimed for sending. Nothing was sent in any of these cases.
enum class ClaimProblem
{
    None,
    NotFound, // no such payout in this profile
    Busy, // another process (or this one) is sending it right now
    NotSendable, // its state is not one of those asked for
    WrongProject, // queued for another project or gateway than this profile's
    ContentChanged, // its fields no longer hash to the hash its approvals were given for
    NotApproved, // fewer valid approvals of its exact content than required
    Database,
};

struct ClaimResult
{
    std::optional<payout::Payout> claimed; // the row as claimed, read inside the claim
    payout::PayoutState claimedFrom = payout::PayoutState::Approved;
    ClaimProblem problem = ClaimProblem::None;
    QString detail; // words for the problem
};

// The only place with SQL. Every state change happens in one transaction together with its
// audit event, and changes only rows in the expected state: callers learn from the return value
// whether the change happened, so two desktops (or a crash) can never both claim a payout.
class PayoutStore : public QObject
{
    Q_OBJECT

public:
    // Opens (creating if needed) an SQLite file with WAL, foreign keys and synchronous=FULL,
    // migrates it, and takes this process's claim lease beside it. Returns nullptr and fills
    // `error` when that fails.
    static std::unique_ptr<PayoutStore> openSqlite(const QString& path, StoreScope scope, const config::Clock& clock,
                                                   QString* error);
    ~PayoutStore() override;

    QString lastError() const { return m_lastError; }
    int schemaVersion();
    const StoreScope& scope() const { return m_scope; }
    // The id this store writes into its claims.
    const QString& claimOwner() const { return m_lease->owner(); }

    // Queues a checked payout as pending_approval with a new third_party_id. Returns its id.
    std::optional<qint64> addPayout(const payout::PayoutFields& fields, const QString& actor);

    std::optional<payout::Payout> payout(qint64 id);
    // The payout of this profile that holds `cid`, if any.
    std::optional<qint64> payoutWithCid(qint64 cid);
    QList<payout::Payout> payouts(const PayoutQuery& query);
    int countPayouts(const PayoutQuery& query);
    // Streams every matching row to `visit` without holding them all; stops when it returns false.
    bool forEachPayout(const PayoutQuery& query, const std::function<bool(const payout::Payout&)>& visit);

    // Recipients already used that share the first and last four characters with `address` but
    // differ from it: the shape of an address-swapping attack.
    QStringList recipientsResembling(const QString& address, int limit = 5);

    // Four eyes: refused for the payout's creator, for a second approval by the same person, and
    // for anything not pending. Bound to the current content hash.
    // With `reviewedContentHash`, the approval is refused if the payout changed since the
    // approver looked at it (checked inside the transaction, so another desk cannot slip in).
    std::optional<ApprovalOutcome> approve(qint64 id, const QString& approver, const ApprovalRequirement& requirement,
                                           const QByteArray& reviewedContentHash = {});
    int validApprovalCount(qint64 id, const ApprovalRequirement& requirement);
    // Who has approved the payout's current content (unexpired), in order.
    QStringList approvers(qint64 id, const ApprovalRequirement& requirement);
    // By anyone but the creator, with a reason; final. Never for a payout that was ever sent.
    bool reject(qint64 id, const QString& actor, const QString& reason);
    // By the creator only, before submission; final. Never for a payout that was ever sent.
    bool cancel(qint64 id, const QString& actor);
    // By the creator only, before it was ever sent: new fields and hash, so every approval is void.
    bool editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor);
    // Approved, but its approvals have since expired: back to the queue.
    bool returnToPending(qint64 id, const QString& reason, const QString& actor);

    // `from -> submitting`, one row or none, in one transaction that also checks, on the row as
    // it is then: this profile's project (pid), the content hash recomputed from the fields, and at
    // least `requirement.required` (never fewer than one) valid approvals of that exact content.
    // The claim records this store's owner id and counts the attempt.
    ClaimResult claimForSubmission(qint64 id, const QSet<payout::PayoutState>& from,
                                   const ApprovalRequirement& requirement, const QString& actor);
    // The answers to a claim this store holds; each ends the claim.
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

    AuditVerification verifyAudit();
    // Claims whose owner process is gone (a crash, a kill): the payout may or may not have reached
    // Cregis, so it becomes `unknown`. Claims held by a live process are left alone.
    int recoverAbandonedClaims(const QString& actor);

Q_SIGNALS:
    void payoutAdded(qint64 id);
    void payoutChanged(qint64 id);

private:
    struct Change;

    PayoutStore(QString connectionName, StoreScope scope, const config::Clock& clock);
    bool applyChange(const Change& change);
    QString refusalReason(qint64 id, const Change& change);
    bool appendAudit(std::optional<qint64> payoutId, const QString& actor, const QString& event, const QString& detail,
                     const QByteArray& payoutHash);
    bool beginWrite();
    bool fail(const QString& what, const QString& sqlError);
    ClaimResult refuseClaim(ClaimProblem problem, const QString& detail);
    bool bindUnboundPayouts(QString* error);
    QSqlDatabase database() const;

    QString m_connectionName;
    StoreScope m_scope;
    const config::Clock& m_clock;
    std::unique_ptr<ClaimLease> m_lease;
    QString m_lastError;
};

} // namespace paydesk::store
