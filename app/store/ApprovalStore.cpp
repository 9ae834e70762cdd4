#include "ApprovalStore.h"

#include "ApprovalCount.h"
#include "TeamCalls.h"

#include <QSqlError>

#include <limits>

namespace paydesk::store {

using payout::PayoutState;

ApprovalStore::ApprovalStore(const Database& database, AuditLog& audit, PayoutStore& payouts,
                             const config::Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_payouts(payouts)
    , m_clock(clock)
{ }

std::optional<ApprovalOutcome> ApprovalStore::fail(StoreError error)
{
    m_lastError = std::move(error);
    return std::nullopt;
}

std::optional<ApprovalOutcome> ApprovalStore::approve(qint64 id, const QString& approver,
                                                      const ApprovalRequirement& requirement,
                                                      const QByteArray& reviewedContentHash)
{
    if (approver.trimmed().isEmpty()) {
        return fail(StoreError::of(StoreProblem::ApproverRequired, id));
    }
    if (const std::optional<QString>& changed = m_database.teamRulesProblem()) {
        StoreError refused = StoreError::of(StoreProblem::TeamRulesChanged, id);
        refused.detail = *changed;
        return fail(refused);
    }
    if (m_database.isShared()) {
        // The team database decides by its own policy, on the row it locks, as the login.
        QList<QSqlRecord> rows;
        StoreError error;
        if (!TeamCalls(m_database)
                 .step(approver, QStringLiteral("paydesk_approve"),
                       {id, m_payouts.scope().profile, QString::fromLatin1(reviewedContentHash)}, id, &error, &rows)
            || rows.isEmpty()) {
            return fail(error);
        }
        m_payouts.notifyChanged(id);
        return rows.first().value(0).toString() == QLatin1String("approved") ? ApprovalOutcome::Approved
                                                                             : ApprovalOutcome::Recorded;
    }
    WriteTransaction transaction(m_database, approver);
    if (!transaction.isOpen()) {
        return fail(transaction.error());
    }
    const QString profile = m_payouts.scope().profile;
    QSqlQuery row = m_database.prepare(
        QStringLiteral("SELECT state, created_by, content_hash FROM payouts WHERE id = ? AND profile = ?")
            + m_database.dialect().rowLockSuffix(),
        {id, profile});
    if (!row.exec()) {
        return fail(StoreError::database(id, QStringLiteral("read payout %1: %2").arg(id).arg(row.lastError().text())));
    }
    if (!row.next()) {
        return fail(StoreError::of(StoreProblem::NotFound, id));
    }
    const std::optional<PayoutState> state = payout::stateFromStorageName(row.value(0).toString());
    const QString creator = row.value(1).toString();
    const QByteArray contentHash = row.value(2).toString().toLatin1();
    row.finish();
    StoreError refused = StoreError::of(StoreProblem::None, id);
    refused.state = state;
    if (state != PayoutState::PendingApproval) {
        refused.problem = StoreProblem::WrongState;
        refused.wanted = PayoutState::Approved;
        return fail(refused);
    }
    if (creator == approver) {
        refused.problem = StoreProblem::CreatorCannotApprove;
        refused.person = creator;
        return fail(refused);
    }
    if (!reviewedContentHash.isEmpty() && reviewedContentHash != contentHash) {
        refused.problem = StoreProblem::ChangedSinceReview;
        return fail(refused);
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO approvals (payout_id, approver, approved_at, content_hash) VALUES (?, ?, ?, ?)"),
        {id, approver, now, QString::fromLatin1(contentHash)});
    if (!insert.exec()) {
        const QSqlError error = insert.lastError();
        // Only the UNIQUE constraint means "this person already approved exactly this content";
        // anything else the database says is a database error and reads as one.
        if (m_database.dialect().isUniqueViolation(error.nativeErrorCode(), error.text())) {
            refused.problem = StoreProblem::AlreadyApproved;
            refused.person = approver;
            return fail(refused);
        }
        return fail(
            StoreError::database(id, QStringLiteral("record the approval of payout %1: %2").arg(id).arg(error.text())));
    }
    const std::optional<int> valid = countValidApprovals(m_database, id, contentHash, requirement, creator, &refused);
    if (!valid) {
        return fail(refused);
    }
    const bool complete = *valid >= requirement.required;
    StoreError auditError;
    if (!m_audit.append(id, approver, QStringLiteral("approved"),
                        QStringLiteral("approval %1 of %2").arg(*valid).arg(requirement.required), contentHash,
                        &auditError)) {
        return fail(auditError);
    }
    if (complete) {
        QSqlQuery update = m_database.prepare(
            QStringLiteral("UPDATE payouts SET state = ?, approved_by = ?, updated_at = ?"
                           " WHERE id = ? AND state = ? AND content_hash = ?"),
            {payout::toStorageName(PayoutState::Approved), approvers(id, requirement).join(QStringLiteral(", ")), now,
             id, payout::toStorageName(PayoutState::PendingApproval), QString::fromLatin1(contentHash)});
        if (!update.exec() || update.numRowsAffected() != 1) {
            return fail(StoreError::database(
                id, QStringLiteral("mark payout %1 approved: %2").arg(id).arg(update.lastError().text())));
        }
    }
    if (!transaction.commit()) {
        return fail(transaction.error());
    }
    m_payouts.notifyChanged(id);
    return complete ? ApprovalOutcome::Approved : ApprovalOutcome::Recorded;
}

QStringList ApprovalStore::approvers(qint64 id, const ApprovalRequirement& requirement)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT a.approver FROM approvals a JOIN payouts p ON p.id = a.payout_id"
                       " WHERE a.payout_id = ? AND p.profile = ? AND a.content_hash = p.content_hash"
                       " AND a.approved_at >= ? AND a.approved_at <= ? ORDER BY a.approved_at, a.id"),
        {id, m_payouts.scope().profile, requirement.notBeforeMs.value_or(0),
         requirement.notAfterMs.value_or(std::numeric_limits<qint64>::max())});
    QStringList names;
    if (query.exec()) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

int ApprovalStore::validApprovalCount(qint64 id, const ApprovalRequirement& requirement)
{
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT COUNT(*) FROM approvals a JOIN payouts p ON p.id = a.payout_id"
                       " WHERE a.payout_id = ? AND p.profile = ? AND a.content_hash = p.content_hash"
                       " AND a.approved_at >= ? AND a.approved_at <= ?"),
        {id, m_payouts.scope().profile, requirement.notBeforeMs.value_or(0),
         requirement.notAfterMs.value_or(std::numeric_limits<qint64>::max())});
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace paydesk::store
