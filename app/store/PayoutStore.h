#pragma once

#include "PayoutQuery.h"
#include "cregis/Clock.h"
#include "payout/Payout.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk::store {

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

// The only place with SQL. Every state change happens in one transaction together with its
// audit event, and changes only rows in the expected state: callers learn from the return value
// whether the change happened, so two desktops (or a crash) can never both claim a payout.
class PayoutStore : public QObject
{
    Q_OBJECT

public:
    // Opens (creating if needed) an SQLite file with WAL, foreign keys and synchronous=FULL,
    // and migrates it. Returns nullptr and fills `error` when that fails.
    static std::unique_ptr<PayoutStore> openSqlite(const QString& path, const cregis::Clock& clock, QString* error);
    ~PayoutStore() override;

    QString lastError() const { return m_lastError; }
    int schemaVersion();

    // Queues a checked payout as pending_approval with a new third_party_id. Returns its id.
    std::optional<qint64> addPayout(const QString& profile, const payout::PayoutFields& fields, const QString& actor);

    std::optional<payout::Payout> payout(qint64 id);
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
    // By anyone but the creator, with a reason; final.
    bool reject(qint64 id, const QString& actor, const QString& reason);
    // By the creator only, before submission; final.
    bool cancel(qint64 id, const QString& actor);
    // By the creator only, before submission: new fields and hash, so every approval is void.
    bool editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor);
    // Approved, but its approvals have since expired: back to the queue.
    bool returnToPending(qint64 id, const QString& reason, const QString& actor);

    // `from -> submitting`, one row or none; also counts the attempt.
    bool claimForSubmission(qint64 id, const QSet<payout::PayoutState>& from, const QString& actor);
    bool recordSubmitted(qint64 id, qint64 cid, const QString& actor);
    bool recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor);
    bool recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor);
    bool recordNeedsReconciliation(qint64 id, const QString& code, const QString& message, const QString& actor);
    bool recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor);
    // A cid found for an `unknown` or `needs_reconciliation` payout, verified by the caller.
    bool recordReconciled(qint64 id, qint64 cid, const QString& how, const QString& actor);

    AuditVerification verifyAudit();
    // After a crash: every row still `submitting` may or may not have reached Cregis.
    int recoverInterruptedSubmissions(const QString& actor);

Q_SIGNALS:
    void payoutAdded(qint64 id);
    void payoutChanged(qint64 id);

private:
    struct Change;

    PayoutStore(QString connectionName, const cregis::Clock& clock);
    bool applyChange(const Change& change);
    QString refusalReason(qint64 id, const Change& change);
    bool appendAudit(std::optional<qint64> payoutId, const QString& actor, const QString& event, const QString& detail,
                     const QByteArray& payoutHash);
    bool beginWrite();
    bool fail(const QString& what, const QString& sqlError);
    QSqlDatabase database() const;

    QString m_connectionName;
    const cregis::Clock& m_clock;
    QString m_lastError;
};

} // namespace paydesk::store
