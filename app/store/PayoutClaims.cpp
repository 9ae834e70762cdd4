#include "ApprovalCount.h"
#include "PayoutChange.h"
#include "PayoutRow.h"

#include <QSqlError>

// The claim of a payout for sending and the answers that end it (PayoutStore's second half; the
// rows, reads and decisions are in PayoutStore.cpp).

namespace paydesk::store {

using payout::Payout;
using payout::PayoutState;

ClaimResult PayoutStore::refuseClaim(StoreError error, WriteTransaction& transaction)
{
    transaction.rollback();
    fail(error);
    return {std::nullopt, PayoutState::Approved, std::move(error)};
}

ClaimResult PayoutStore::claimForSubmission(qint64 id, const QSet<PayoutState>& from,
                                            const ApprovalRequirement& requirement, const QString& actor)
{
    if (const std::optional<QString>& changed = m_database.teamRulesProblem()) {
        StoreError refused = StoreError::of(StoreProblem::TeamRulesChanged, id);
        refused.detail = *changed;
        fail(refused);
        return {std::nullopt, PayoutState::Approved, refused};
    }
    if (m_team) {
        return teamClaim(id, from, requirement, actor);
    }
    WriteTransaction transaction(m_database, actor);
    if (!transaction.isOpen()) {
        return refuseClaim(transaction.error(), transaction);
    }
    // Everything below is decided on the row as it is inside the write lock, so no other desk
    // can change it between the checks and the claim.
    QSqlQuery row = m_database.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?")
                                           + m_database.dialect().rowLockSuffix(),
                                       {id, m_scope.profile});
    if (!row.exec()) {
        return refuseClaim(
            StoreError::database(id, QStringLiteral("read payout %1: %2").arg(id).arg(row.lastError().text())),
            transaction);
    }
    if (!row.next()) {
        return refuseClaim(StoreError::of(StoreProblem::NotFound, id), transaction);
    }
    Payout payout = PayoutRow(row.record()).read(row);
    row.finish();
    StoreError refused = StoreError::of(StoreProblem::None, id);
    refused.state = payout.state;
    if (payout.state == PayoutState::Submitting) {
        refused.problem = StoreProblem::Busy;
        return refuseClaim(refused, transaction);
    }
    if (!from.contains(payout.state)) {
        refused.problem = StoreProblem::WrongState;
        refused.wanted = PayoutState::Submitting;
        return refuseClaim(refused, transaction);
    }
    if (payout.projectPid != m_scope.projectPid) {
        refused.problem = StoreProblem::WrongProject;
        refused.count = payout.projectPid.value_or(0);
        refused.required = m_scope.projectPid;
        return refuseClaim(refused, transaction);
    }
    // Recomputed from the fields that will be sent, not taken from the row's own hash column:
    // an amount changed in the file behind PayDesk's back no longer matches its approvals.
    const QByteArray recomputed = payout.fields.contentHash(payout.thirdPartyId);
    if (recomputed != payout.contentHash) {
        refused.problem = StoreProblem::ContentChanged;
        return refuseClaim(refused, transaction);
    }
    const std::optional<int> valid
        = countValidApprovals(m_database, id, recomputed, requirement, payout.createdBy, &refused);
    if (!valid) {
        return refuseClaim(refused, transaction);
    }
    const int required = std::max(1, requirement.required);
    if (*valid < required) {
        refused.problem = StoreProblem::NotApproved;
        refused.count = *valid;
        refused.required = required;
        return refuseClaim(refused, transaction);
    }
    const qint64 now = m_clock.nowMs();
    m_database.lease().markClaim();
    // attempts is counted by the statement itself, from the row as the lock holds it.
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE payouts SET state = ?, claim_owner = ?, claimed_at = ?, attempts = attempts + 1,"
                       " first_sent_at = COALESCE(first_sent_at, ?), updated_at = ?"
                       " WHERE id = ? AND profile = ? AND state = ? AND content_hash = ? RETURNING attempts"),
        {stateName(PayoutState::Submitting), claimOwner(), now, now, now, id, m_scope.profile, stateName(payout.state),
         QString::fromLatin1(recomputed)});
    if (!update.exec() || !update.next()) {
        return refuseClaim(
            StoreError::database(id, QStringLiteral("claim payout %1: %2").arg(id).arg(update.lastError().text())),
            transaction);
    }
    const int attempts = update.value(0).toInt();
    update.finish();
    StoreError error;
    if (!m_audit.append(id, actor, QStringLiteral("claimed"),
                        QStringLiteral("attempt %1 by process %2").arg(attempts).arg(claimOwner()), recomputed, &error)
        || !transaction.commit()) {
        return refuseClaim(error.ok() ? transaction.error() : error, transaction);
    }
    Q_EMIT payoutChanged(id);
    ClaimResult result;
    result.claimedFrom = payout.state;
    payout.state = PayoutState::Submitting;
    payout.claimOwner = claimOwner();
    payout.claimedAtMs = now;
    payout.firstSentAtMs = payout.firstSentAtMs.value_or(now);
    payout.attempts = attempts;
    result.claimed = payout;
    return result;
}

bool PayoutStore::recordSubmitted(qint64 id, qint64 cid, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_record_submitted"), {cid});
    }
    Change change(id, {PayoutState::Submitting}, PayoutState::Submitted, QStringLiteral("submitted"),
                  QStringLiteral("cid %1").arg(cid), actor);
    change.columns = {{QStringLiteral("cid"), cid},
                      {QStringLiteral("submitted_at"), m_clock.nowMs()},
                      {QStringLiteral("error_code"), QString()},
                      {QStringLiteral("error_message"), QString()}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_record_answer"), {QStringLiteral("refused"), code, message});
    }
    Change change(id, {PayoutState::Submitting}, PayoutState::Refused, QStringLiteral("refused"), code + u' ' + message,
                  actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_record_answer"), {QStringLiteral("unknown"), kind, message});
    }
    Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                  kind + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), kind}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordNeedsReconciliation(qint64 id, const QString& code, const QString& message,
                                            const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_record_answer"),
                        {QStringLiteral("needs_reconciliation"), code, message});
    }
    Change change(id, {PayoutState::Submitting}, PayoutState::NeedsReconciliation,
                  QStringLiteral("needs_reconciliation"), code + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::releaseClaim(qint64 id, PayoutState backTo, const QString& reason, const QString& actor)
{
    if (backTo != PayoutState::Approved && backTo != PayoutState::Unknown) {
        StoreError error = StoreError::of(StoreProblem::WrongState, id);
        error.wanted = backTo;
        return fail(error);
    }
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_release_claim"), {stateName(backTo), reason});
    }
    Change change(id, {PayoutState::Submitting}, backTo, QStringLiteral("not_sent"), reason, actor);
    change.columns
        = {{QStringLiteral("error_code"), QStringLiteral("not_sent")}, {QStringLiteral("error_message"), reason}};
    // Nothing went out: the attempt the claim counted did not happen (SQL sees the old row).
    change.expressions = {QStringLiteral("attempts = attempts - 1"),
                          QStringLiteral("first_sent_at = CASE WHEN attempts <= 1 THEN NULL ELSE first_sent_at END")};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor)
{
    if (m_team) {
        return teamStep(
            id, actor, QStringLiteral("paydesk_record_status"),
            {progress.status, progress.txid, progress.blockHeight, Database::nullableInt64(progress.blockTimeMs)});
    }
    Change change(id, {PayoutState::Submitted}, PayoutState::Submitted, QStringLiteral("cregis_status"),
                  QStringLiteral("status %1").arg(progress.status), actor);
    change.columns = {{QStringLiteral("cregis_status"), progress.status},
                      {QStringLiteral("txid"), progress.txid},
                      {QStringLiteral("block_height"), progress.blockHeight},
                      {QStringLiteral("block_time"), Database::nullableInt64(progress.blockTimeMs)}};
    return applyChange(change);
}

int PayoutStore::recoverAbandonedClaims(const QString& actor)
{
    if (m_team) {
        return teamRecover(actor);
    }
    // Far longer than any request may take (30 s): a claim this old belongs to a desk that lost its
    // way (a process hung), and waiting longer guesses nothing. Its age is read on the lease's own
    // clock, never this process's, which may run ahead.
    constexpr qint64 claimLimitMs = 15 * 60 * 1000;
    QSqlQuery claims
        = m_database.prepare(QStringLiteral("SELECT id, claim_owner FROM payouts WHERE profile = ? AND state = ?"),
                             {m_scope.profile, stateName(PayoutState::Submitting)});
    if (!claims.exec()) {
        fail(StoreError::database(0, QStringLiteral("look for interrupted claims: %1").arg(claims.lastError().text())));
        return 0;
    }
    QList<std::pair<qint64, QString>> stuck;
    while (claims.next()) {
        stuck.append({claims.value(0).toLongLong(), claims.value(1).toString()});
    }
    claims.finish();
    QHash<QString, bool> recoverable; // asked once per owner
    int recovered = 0;
    for (const auto& [id, owner] : std::as_const(stuck)) {
        if (!recoverable.contains(owner)) {
            const std::optional<qint64> since = m_database.lease().sinceLastClaimMs(owner);
            recoverable.insert(owner, m_database.lease().isAbandoned(owner) || (since && *since > claimLimitMs));
        }
        if (!recoverable.value(owner)) {
            continue; // its process is alive and may still be waiting for Cregis's answer
        }
        Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                      QStringLiteral("interrupted: the process that was sending it (%1) stopped before recording "
                                     "an answer")
                          .arg(owner.isEmpty() ? QStringLiteral("an earlier PayDesk") : owner),
                      actor);
        change.columns
            = {{QStringLiteral("error_code"), QStringLiteral("interrupted")},
               {QStringLiteral("error_message"), QStringLiteral("PayDesk stopped while this payout was being sent.")}};
        change.endOwnClaim(owner);
        if (applyChange(change)) {
            ++recovered;
        }
    }
    return recovered;
}

bool PayoutStore::recordReconciled(qint64 id, qint64 cid, const QString& how, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_reconcile"), {cid, how});
    }
    Change change(id, {PayoutState::NeedsReconciliation, PayoutState::Unknown}, PayoutState::Submitted,
                  QStringLiteral("reconciled"), QStringLiteral("cid %1 (%2)").arg(cid).arg(how), actor);
    change.columns = {{QStringLiteral("cid"), cid},
                      {QStringLiteral("submitted_at"), m_clock.nowMs()},
                      {QStringLiteral("error_code"), QString()},
                      {QStringLiteral("error_message"), QString()}};
    return applyChange(change);
}

bool PayoutStore::recordReconcileSearch(qint64 id, const QString& detail, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_record_reconcile_search"), {detail});
    }
    Change change(id, {PayoutState::Unknown}, PayoutState::Unknown, QStringLiteral("reconcile_searched"), detail,
                  actor);
    change.columns = {{QStringLiteral("reconcile_checked_at"), m_clock.nowMs()}};
    return applyChange(change);
}

bool PayoutStore::returnForApproval(qint64 id, const QString& reason, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_return_for_approval"), {reason});
    }
    Change change(id, {PayoutState::Unknown}, PayoutState::PendingApproval, QStringLiteral("returned_for_approval"),
                  reason, actor);
    change.columns
        = {{QStringLiteral("approved_by"), QString()}, {QStringLiteral("reconcile_checked_at"), m_clock.nowMs()}};
    return applyChange(change);
}

} // namespace paydesk::store
