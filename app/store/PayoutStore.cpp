#include "PayoutStore.h"

#include "ApprovalCount.h"
#include "PayoutRow.h"

#include "config/GatewayUrl.h"

#include <QSqlError>
#include <QUuid>

namespace paydesk::store {

using payout::Payout;
using payout::PayoutState;

// One state change of one row, with its audit event: from one of `from` to `to`, setting
// `columns`, if `condition` also holds.
struct PayoutStore::Change
{
    Change(qint64 payoutId, QSet<PayoutState> fromStates, PayoutState toState, QString eventName, QString eventDetail,
           QString actorName)
        : id(payoutId)
        , from(std::move(fromStates))
        , to(toState)
        , event(std::move(eventName))
        , detail(std::move(eventDetail))
        , actor(std::move(actorName))
    { }

    qint64 id = 0;
    QSet<PayoutState> from;
    PayoutState to = PayoutState::PendingApproval;
    QList<std::pair<QString, QVariant>> columns; // further columns to set
    QStringList expressions; // further assignments computed by SQL from the row itself
    QString event;
    QString detail; // what happened, for the audit log
    // Why it did not happen when the row is in an allowed state but `condition` failed.
    StoreProblem refusal = StoreProblem::WrongState;
    QString refusalPerson;
    QString actor;
    QString condition; // further SQL condition on the row, with `conditionValues` bound in order
    QVariantList conditionValues;

    // Only the process that holds a claim may end it: one whose claim was recovered after it was
    // wrongly thought gone cannot overwrite what came of that recovery.
    void endOwnClaim(const QString& owner)
    {
        condition = QStringLiteral("claim_owner = ?");
        conditionValues = {owner};
        columns.append({QStringLiteral("claim_owner"), QString()});
        refusal = StoreProblem::NotClaimHolder;
    }
};

namespace {

QString stateName(PayoutState state)
{
    return payout::toStorageName(state);
}

// A payout that was ever sent may be at Cregis: cancelling, rejecting or editing it here would
// not stop it there, and would invite a second payout under a new id.
constexpr auto neverSent = " AND attempts = 0";

// The WHERE clause and its values for a query of one profile, shared by listing and counting.
std::pair<QString, QVariantList> whereClause(const QString& profile, const PayoutQuery& query)
{
    QStringList conditions{QStringLiteral("profile = ?")};
    QVariantList values{profile};
    if (!query.states.isEmpty()) {
        conditions << QStringLiteral("state IN (%1)").arg(Database::placeholders(query.states.size()));
        for (PayoutState state : query.states) {
            values << stateName(state);
        }
    }
    if (query.beforeId) {
        conditions << QStringLiteral("id < ?");
        values << *query.beforeId;
    }
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace

PayoutStore::PayoutStore(const Database& database, AuditLog& audit, StoreScope scope, const config::Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_scope(std::move(scope))
    , m_clock(clock)
{
    m_scope.gateway = config::normalizedGatewayUrl(m_scope.gateway);
}

bool PayoutStore::fail(StoreError error)
{
    m_lastError = std::move(error);
    return false;
}

std::optional<qint64> PayoutStore::addPayout(const payout::PayoutFields& fields, const QString& actor)
{
    // The idempotency key exists before anything is sent, and never changes afterwards.
    const QString thirdPartyId = QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray contentHash = fields.contentHash(thirdPartyId);
    const qint64 now = m_clock.nowMs();
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    QSqlQuery insert = m_database.prepare(
        QStringLiteral(
            "INSERT INTO payouts (profile, project_pid, gateway, third_party_id, wallet_id, currency, coin,"
            " from_address, to_address, amount, amount_units, decimals, memo, remark, callback_url, content_hash,"
            " state, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?) RETURNING id"),
        {m_scope.profile, m_scope.projectPid, m_scope.gateway, thirdPartyId, Database::nullableInt64(fields.walletId),
         fields.currency, fields.coinName, fields.fromAddress, fields.toAddress, fields.amount.toCanonical(),
         fields.amount.baseUnitsText(), fields.amount.decimals(), fields.memo, fields.remark, fields.callbackUrl,
         QString::fromLatin1(contentHash), stateName(PayoutState::PendingApproval), actor, now, now});
    if (!insert.exec() || !insert.next()) {
        fail(StoreError::database(0, QStringLiteral("save the payout: %1").arg(insert.lastError().text())));
        return std::nullopt;
    }
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    StoreError error;
    if (!m_audit.append(id, actor, QStringLiteral("created"), fields.amount.toCanonical() + u' ' + fields.currency,
                        contentHash, &error)
        || !transaction.commit()) {
        fail(error.ok() ? transaction.error() : error);
        return std::nullopt;
    }
    Q_EMIT payoutAdded(id);
    return id;
}

std::optional<Payout> PayoutStore::payout(qint64 id)
{
    QSqlQuery query
        = m_database.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?"), {id, m_scope.profile});
    if (!query.exec()) {
        fail(StoreError::database(id, QStringLiteral("read payout %1: %2").arg(id).arg(query.lastError().text())));
        return std::nullopt;
    }
    if (!query.next()) {
        fail(StoreError::of(StoreProblem::NotFound, id));
        return std::nullopt;
    }
    return PayoutRow(query.record()).read(query);
}

std::optional<qint64> PayoutStore::payoutWithCid(qint64 cid)
{
    QSqlQuery query
        = m_database.prepare(QStringLiteral("SELECT id FROM payouts WHERE cid = ? AND profile = ?"), {cid, m_scope.profile});
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool PayoutStore::forEachPayout(const PayoutQuery& filter, const std::function<bool(const Payout&)>& visit)
{
    const auto [where, values] = whereClause(m_scope.profile, filter);
    QString sql = PayoutRow::selectSql() + where + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    Database::bind(query, values);
    if (!query.exec()) {
        return fail(StoreError::database(0, QStringLiteral("list payouts: %1").arg(query.lastError().text())));
    }
    const PayoutRow row(query.record());
    while (query.next()) {
        if (!visit(row.read(query))) {
            break;
        }
    }
    return true;
}

QList<Payout> PayoutStore::payouts(const PayoutQuery& filter)
{
    QList<Payout> rows;
    forEachPayout(filter, [&rows](const Payout& p) {
        rows.append(p);
        return true;
    });
    return rows;
}

int PayoutStore::countPayouts(const PayoutQuery& filter)
{
    const auto [where, values] = whereClause(m_scope.profile, filter);
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM payouts") + where, values);
    if (!query.exec() || !query.next()) {
        fail(StoreError::database(0, QStringLiteral("count payouts: %1").arg(query.lastError().text())));
        return 0;
    }
    return query.value(0).toInt();
}

QStringList PayoutStore::recipientsResembling(const QString& address, int limit)
{
    QStringList found;
    if (address.size() < 9) {
        return found;
    }
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT DISTINCT to_address FROM payouts WHERE profile = ? AND substr(to_address, 1, 4) = ?"
                       " AND substr(to_address, -4) = ? AND to_address <> ? LIMIT ?"),
        {m_scope.profile, address.left(4), address.right(4), address, limit});
    if (!query.exec()) {
        fail(StoreError::database(0, QStringLiteral("look for similar recipients: %1").arg(query.lastError().text())));
        return found;
    }
    while (query.next()) {
        found << query.value(0).toString();
    }
    return found;
}

StoreError PayoutStore::refusal(qint64 id, const Change& change)
{
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return m_lastError;
    }
    StoreError error = StoreError::of(change.from.contains(current->state) ? change.refusal : StoreProblem::WrongState, id);
    error.state = current->state;
    error.wanted = change.to;
    error.person = change.refusalPerson;
    return error;
}

bool PayoutStore::applyChange(const Change& change)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen()) {
        return fail(transaction.error());
    }
    QStringList assignments{QStringLiteral("state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList values{stateName(change.to), m_clock.nowMs()};
    for (const auto& [column, value] : change.columns) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    assignments << change.expressions;
    values << change.id << m_scope.profile;
    for (PayoutState state : change.from) {
        values << stateName(state);
    }
    values << change.conditionValues;
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE payouts SET %1 WHERE id = ? AND profile = ? AND state IN (%2)%3 RETURNING content_hash")
            .arg(assignments.join(QStringLiteral(", ")), Database::placeholders(change.from.size()),
                 change.condition.isEmpty() ? QString() : QStringLiteral(" AND ") + change.condition),
        values);
    if (!update.exec()) {
        return fail(StoreError::database(
            change.id, QStringLiteral("change payout %1: %2").arg(change.id).arg(update.lastError().text())));
    }
    if (!update.next()) {
        transaction.rollback();
        return fail(refusal(change.id, change));
    }
    const QByteArray contentHash = update.value(0).toString().toLatin1();
    update.finish();
    StoreError error;
    if (!m_audit.append(change.id, change.actor, change.event, change.detail, contentHash, &error)
        || !transaction.commit()) {
        return fail(error.ok() ? transaction.error() : error);
    }
    Q_EMIT payoutChanged(change.id);
    return true;
}

ClaimResult PayoutStore::refuseClaim(StoreError error, WriteTransaction& transaction)
{
    transaction.rollback();
    fail(error);
    return {std::nullopt, PayoutState::Approved, std::move(error)};
}

ClaimResult PayoutStore::claimForSubmission(qint64 id, const QSet<PayoutState>& from,
                                            const ApprovalRequirement& requirement, const QString& actor)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen()) {
        return refuseClaim(transaction.error(), transaction);
    }
    // Everything below is decided on the row as it is inside the write lock, so no other desk
    // can change it between the checks and the claim.
    QSqlQuery row = m_database.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?")
                                           + m_database.dialect().rowLockSuffix(),
                                       {id, m_scope.profile});
    if (!row.exec()) {
        return refuseClaim(StoreError::database(id, QStringLiteral("read payout %1: %2").arg(id).arg(row.lastError().text())),
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
        = countValidApprovals(m_database, id, recomputed, requirement.notBeforeMs, payout.createdBy, &refused);
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
                        QStringLiteral("attempt %1 by process %2").arg(attempts).arg(claimOwner()), recomputed,
                        &error)
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
    Change change(id, {PayoutState::Submitting}, PayoutState::Refused, QStringLiteral("refused"), code + u' ' + message,
                  actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                  kind + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), kind}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordNeedsReconciliation(qint64 id, const QString& code, const QString& message,
                                            const QString& actor)
{
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
    Change change(id, {PayoutState::Submitting}, backTo, QStringLiteral("not_sent"), reason, actor);
    change.columns = {{QStringLiteral("error_code"), QStringLiteral("not_sent")},
                      {QStringLiteral("error_message"), reason}};
    // Nothing went out: the attempt the claim counted did not happen (SQL sees the old row).
    change.expressions = {QStringLiteral("attempts = attempts - 1"),
                          QStringLiteral("first_sent_at = CASE WHEN attempts <= 1 THEN NULL ELSE first_sent_at END")};
    change.endOwnClaim(claimOwner());
    return applyChange(change);
}

bool PayoutStore::recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor)
{
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
    QSqlQuery claims = m_database.prepare(
        QStringLiteral("SELECT id, claim_owner FROM payouts WHERE profile = ? AND state = ?"),
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
    QHash<QString, bool> abandoned; // asked once per owner
    int recovered = 0;
    for (const auto& [id, owner] : std::as_const(stuck)) {
        if (!abandoned.contains(owner)) {
            abandoned.insert(owner, m_database.lease().isAbandoned(owner));
        }
        if (!abandoned.value(owner)) {
            continue; // its process is alive and may still be waiting for Cregis's answer
        }
        Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                      QStringLiteral("interrupted: the process that was sending it (%1) stopped before recording "
                                     "an answer")
                          .arg(owner.isEmpty() ? QStringLiteral("an earlier PayDesk") : owner),
                      actor);
        change.columns = {{QStringLiteral("error_code"), QStringLiteral("interrupted")},
                          {QStringLiteral("error_message"),
                           QStringLiteral("PayDesk stopped while this payout was being sent.")}};
        change.endOwnClaim(owner);
        if (applyChange(change)) {
            ++recovered;
        }
    }
    return recovered;
}

bool PayoutStore::reject(qint64 id, const QString& actor, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return fail(StoreError::of(StoreProblem::ReasonRequired, id));
    }
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return false;
    }
    if (current->attempts > 0) {
        return fail(StoreError::of(StoreProblem::EverSent, id));
    }
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Rejected,
                  QStringLiteral("rejected"), QStringLiteral("reason: %1").arg(reason.trimmed()), actor);
    change.refusal = StoreProblem::CreatorCannotReject;
    change.refusalPerson = current->createdBy;
    change.condition = QStringLiteral("created_by <> ?") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    change.columns = {{QStringLiteral("decision_reason"), reason.trimmed()}};
    return applyChange(change);
}

bool PayoutStore::cancel(qint64 id, const QString& actor)
{
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return false;
    }
    if (current->attempts > 0) {
        return fail(StoreError::of(StoreProblem::EverSent, id));
    }
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Cancelled,
                  QStringLiteral("cancelled"), QString(), actor);
    change.refusal = StoreProblem::CreatorOnly;
    change.refusalPerson = current->createdBy;
    change.condition = QStringLiteral("created_by = ?") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    return applyChange(change);
}

bool PayoutStore::editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor)
{
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return false;
    }
    if (current->attempts > 0) {
        return fail(StoreError::of(StoreProblem::EverSent, id));
    }
    const QByteArray contentHash = fields.contentHash(current->thirdPartyId);
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::PendingApproval,
                  QStringLiteral("edited"), fields.amount.toCanonical() + u' ' + fields.currency, actor);
    change.refusal = StoreProblem::CreatorOnly;
    change.refusalPerson = current->createdBy;
    change.condition = QStringLiteral("created_by = ?") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    change.columns = {{QStringLiteral("wallet_id"), Database::nullableInt64(fields.walletId)},
                      {QStringLiteral("currency"), fields.currency},
                      {QStringLiteral("coin"), fields.coinName},
                      {QStringLiteral("from_address"), fields.fromAddress},
                      {QStringLiteral("to_address"), fields.toAddress},
                      {QStringLiteral("amount"), fields.amount.toCanonical()},
                      {QStringLiteral("amount_units"), fields.amount.baseUnitsText()},
                      {QStringLiteral("decimals"), fields.amount.decimals()},
                      {QStringLiteral("memo"), fields.memo},
                      {QStringLiteral("remark"), fields.remark},
                      {QStringLiteral("callback_url"), fields.callbackUrl},
                      {QStringLiteral("content_hash"), QString::fromLatin1(contentHash)},
                      {QStringLiteral("approved_by"), QString()}};
    return applyChange(change);
}

bool PayoutStore::returnToPending(qint64 id, const QString& reason, const QString& actor)
{
    Change change(id, {PayoutState::Approved}, PayoutState::PendingApproval, QStringLiteral("approval_expired"), reason,
                  actor);
    change.columns = {{QStringLiteral("approved_by"), QString()}};
    return applyChange(change);
}

bool PayoutStore::recordReconciled(qint64 id, qint64 cid, const QString& how, const QString& actor)
{
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
    Change change(id, {PayoutState::Unknown}, PayoutState::Unknown, QStringLiteral("reconcile_searched"), detail,
                  actor);
    change.columns = {{QStringLiteral("reconcile_checked_at"), m_clock.nowMs()}};
    return applyChange(change);
}

bool PayoutStore::returnForApproval(qint64 id, const QString& reason, const QString& actor)
{
    Change change(id, {PayoutState::Unknown}, PayoutState::PendingApproval, QStringLiteral("returned_for_approval"),
                  reason, actor);
    change.columns = {{QStringLiteral("approved_by"), QString()},
                      {QStringLiteral("reconcile_checked_at"), m_clock.nowMs()}};
    return applyChange(change);
}

} // namespace paydesk::store
