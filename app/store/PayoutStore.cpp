#include "PayoutStore.h"

#include "Migrations.h"
#include "PayoutRow.h"

#include "config/GatewayUrl.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace paydesk::store {

using payout::Payout;
using payout::PayoutState;

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
    QString event;
    QString detail; // what happened, for the audit log
    QString refusal; // why it could not happen when the row is in an allowed state: for the caller
    QString actor;
    QStringList expressions; // further assignments computed by SQL from the row itself
    QString condition; // further SQL condition on the row, with `conditionValues` bound in order
    QVariantList conditionValues;

    // Only the process that holds a claim may end it: one whose claim was recovered after it was
    // wrongly thought gone cannot overwrite what came of that recovery.
    void endOwnClaim(qint64 payoutId, const QString& owner)
    {
        condition = QStringLiteral("claim_owner = ?");
        conditionValues = {owner};
        columns.append({QStringLiteral("claim_owner"), QString()});
        refusal = QStringLiteral("Payout %1's claim is no longer this process's.").arg(payoutId);
    }
};

namespace {

std::optional<qint64> optionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableInt64(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; text columns hold "" instead, so NOT NULL holds and
// comparisons stay simple. Ids meant to be NULL are typed LongLong nulls and pass through.
void bindAll(QSqlQuery& query, const QVariantList& values)
{
    for (const QVariant& value : values) {
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QStringLiteral("")) : value);
    }
}

// Each event hashes its own content together with the previous event's hash, so editing or
// removing any row breaks every link after it. Length prefixes keep fields from running together.
QByteArray auditHash(const QByteArray& previous, const std::optional<qint64>& payoutId, qint64 at, const QString& actor,
                     const QString& event, const QString& detail, const QByteArray& payoutHash)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray& part :
         {previous, payoutId ? QByteArray::number(*payoutId) : QByteArray(), QByteArray::number(at), actor.toUtf8(),
          event.toUtf8(), detail.toUtf8(), payoutHash}) {
        hash.addData(QByteArray::number(part.size()) + ':' + part);
    }
    return hash.result().toHex();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QLatin1Char(','));
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("paydesk-store-%1").arg(++counter);
}

QString stateName(PayoutState state)
{
    return payout::toStorageName(state);
}

} // namespace

PayoutStore::PayoutStore(QString connectionName, StoreScope scope, const config::Clock& clock)
    : m_connectionName(std::move(connectionName))
    , m_scope(std::move(scope))
    , m_clock(clock)
{
    m_scope.gateway = config::normalizedGatewayUrl(m_scope.gateway);
}

PayoutStore::~PayoutStore()
{
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PayoutStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<PayoutStore> PayoutStore::openSqlite(const QString& path, StoreScope scope, const config::Clock& clock,
                                                     QString* error)
{
    const QString name = uniqueConnectionName();
    std::unique_ptr<PayoutStore> store(new PayoutStore(name, std::move(scope), clock));
    store->m_lease = ClaimLease::acquire(ClaimLease::directoryFor(path), error);
    if (!store->m_lease) {
        return nullptr;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Another PayDesk process (the CLI beside the window) may hold the write lock briefly.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = QStringLiteral("Cannot open the payout database %1: %2").arg(path, db.lastError().text());
            return nullptr;
        }
        QSqlQuery pragma(db);
        // Foreign keys are switched on after the migrations: a step that rebuilds a table must
        // be able to drop the old one while other tables still refer to it.
        for (const char* statement :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=OFF"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                *error = QStringLiteral("Cannot prepare the payout database: %1").arg(pragma.lastError().text());
                return nullptr;
            }
        }
        if (!Migrations::migrate(db, error)) {
            return nullptr;
        }
        if (!pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"))) {
            *error = QStringLiteral("Cannot prepare the payout database: %1").arg(pragma.lastError().text());
            return nullptr;
        }
    }
    if (!store->bindUnboundPayouts(error)) {
        return nullptr;
    }
    return store;
}

bool PayoutStore::bindUnboundPayouts(QString* error)
{
    // Payouts queued before payouts carried their project belong to the project their profile
    // names now: the best knowledge there is, recorded once.
    QSqlQuery update(database());
    update.prepare(
        QStringLiteral("UPDATE payouts SET project_pid = ?, gateway = ? WHERE profile = ? AND project_pid IS NULL"));
    bindAll(update, {m_scope.projectPid, m_scope.gateway, m_scope.profile});
    if (!update.exec()) {
        *error = QStringLiteral("Cannot prepare the payout database: %1").arg(update.lastError().text());
        return false;
    }
    return true;
}

int PayoutStore::schemaVersion()
{
    QSqlDatabase db = database();
    return Migrations::currentVersion(db);
}

bool PayoutStore::fail(const QString& what, const QString& sqlError)
{
    m_lastError = sqlError.isEmpty() ? what : QStringLiteral("%1: %2").arg(what, sqlError);
    QSqlDatabase db = database();
    db.rollback();
    return false;
}

bool PayoutStore::beginWrite()
{
    // IMMEDIATE takes SQLite's write lock up front, so two processes cannot both read a state
    // and then both change it.
    QSqlQuery begin(database());
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = QStringLiteral("Cannot start a database transaction: %1").arg(begin.lastError().text());
        return false;
    }
    return true;
}

bool PayoutStore::appendAudit(std::optional<qint64> payoutId, const QString& actor, const QString& event,
                              const QString& detail, const QByteArray& payoutHash)
{
    QSqlQuery last(database());
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1"))) {
        return fail(QStringLiteral("Cannot read the audit log"), last.lastError().text());
    }
    const QByteArray previous = last.next() ? last.value(0).toString().toLatin1() : QByteArray(64, '0');
    const qint64 at = m_clock.nowMs();

    const QByteArray hash = auditHash(previous, payoutId, at, actor, event, detail, payoutHash);

    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO audit_events (payout_id, at, actor, event, detail, payout_hash,"
                                  " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(insert,
            {nullableInt64(payoutId), at, actor, event, detail, QString::fromLatin1(payoutHash),
             QString::fromLatin1(previous), QString::fromLatin1(hash)});
    if (!insert.exec()) {
        return fail(QStringLiteral("Cannot write the audit log"), insert.lastError().text());
    }
    return true;
}

std::optional<qint64> PayoutStore::addPayout(const payout::PayoutFields& fields, const QString& actor)
{
    // The idempotency key exists before anything is sent, and never changes afterwards.
    const QString thirdPartyId = QUuid::createUuid().toString(QUuid::Id128);
    const QByteArray contentHash = fields.contentHash(thirdPartyId);
    const qint64 now = m_clock.nowMs();
    if (!beginWrite()) {
        return std::nullopt;
    }
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral(
        "INSERT INTO payouts (profile, project_pid, gateway, third_party_id, wallet_id, currency, coin, from_address,"
        " to_address, amount, amount_units, decimals, memo, remark, callback_url, content_hash, state, created_by,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(insert,
            {m_scope.profile,
             m_scope.projectPid,
             m_scope.gateway,
             thirdPartyId,
             nullableInt64(fields.walletId),
             fields.currency,
             fields.coinName,
             fields.fromAddress,
             fields.toAddress,
             fields.amount.toCanonical(),
             fields.amount.baseUnitsText(),
             fields.amount.decimals(),
             fields.memo,
             fields.remark,
             fields.callbackUrl,
             QString::fromLatin1(contentHash),
             stateName(PayoutState::PendingApproval),
             actor,
             now,
             now});
    if (!insert.exec()) {
        fail(QStringLiteral("Cannot save the payout"), insert.lastError().text());
        return std::nullopt;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    if (!appendAudit(id, actor, QStringLiteral("created"), fields.amount.toCanonical() + u' ' + fields.currency,
                     contentHash)) {
        return std::nullopt;
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        fail(QStringLiteral("Cannot commit the payout"), db.lastError().text());
        return std::nullopt;
    }
    Q_EMIT payoutAdded(id);
    return id;
}

std::optional<Payout> PayoutStore::payout(qint64 id)
{
    QSqlQuery query(database());
    query.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?"));
    bindAll(query, {id, m_scope.profile});
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError = QStringLiteral("There is no payout %1 in profile %2.").arg(id).arg(m_scope.profile);
        return std::nullopt;
    }
    return PayoutRow(query.record()).read(query);
}

std::optional<qint64> PayoutStore::payoutWithCid(qint64 cid)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM payouts WHERE cid = ? AND profile = ?"));
    bindAll(query, {cid, m_scope.profile});
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

namespace {

// The WHERE clause and its values for a query of one profile, shared by listing and counting.
std::pair<QString, QVariantList> whereClause(const QString& profile, const PayoutQuery& query)
{
    QStringList conditions{QStringLiteral("profile = ?")};
    QVariantList values{profile};
    if (!query.states.isEmpty()) {
        conditions << QStringLiteral("state IN (%1)").arg(placeholders(query.states.size()));
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

bool PayoutStore::forEachPayout(const PayoutQuery& filter, const std::function<bool(const Payout&)>& visit)
{
    const auto [where, values] = whereClause(m_scope.profile, filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QString sql = PayoutRow::selectSql() + where + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    query.prepare(sql);
    bindAll(query, values);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
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
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM payouts") + where);
    bindAll(query, values);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
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
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT DISTINCT to_address FROM payouts WHERE profile = ? AND substr(to_address, 1, 4) = ?"
                       " AND substr(to_address, -4) = ? AND to_address <> ? LIMIT ?"));
    bindAll(query, {m_scope.profile, address.left(4), address.right(4), address, limit});
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return found;
    }
    while (query.next()) {
        found << query.value(0).toString();
    }
    return found;
}

QString PayoutStore::refusalReason(qint64 id, const Change& change)
{
    const auto current = payout(id);
    if (!current) {
        return m_lastError;
    }
    if (!change.from.contains(current->state)) {
        return QStringLiteral("Payout %1 is %2; it cannot become %3.")
            .arg(id)
            .arg(stateName(current->state), stateName(change.to));
    }
    return change.refusal.isEmpty() ? QStringLiteral("Payout %1 changed meanwhile; look at it again.").arg(id)
                                    : change.refusal;
}

bool PayoutStore::applyChange(const Change& change)
{
    if (!beginWrite()) {
        return false;
    }
    QStringList assignments{QStringLiteral("state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList values{stateName(change.to), m_clock.nowMs()};
    for (const auto& [column, value] : change.columns) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    assignments << change.expressions;
    QSqlQuery update(database());
    update.prepare(QStringLiteral("UPDATE payouts SET %1 WHERE id = ? AND profile = ? AND state IN (%2)%3")
                       .arg(assignments.join(QStringLiteral(", ")), placeholders(change.from.size()),
                            change.condition.isEmpty() ? QString() : QStringLiteral(" AND ") + change.condition));
    bindAll(update, values);
    bindAll(update, {change.id, m_scope.profile});
    for (PayoutState state : change.from) {
        update.addBindValue(stateName(state));
    }
    bindAll(update, change.conditionValues);
    if (!update.exec()) {
        return fail(QStringLiteral("Cannot change payout %1").arg(change.id), update.lastError().text());
    }
    if (update.numRowsAffected() != 1) {
        return fail(refusalReason(change.id, change), {});
    }
    QSqlQuery hashQuery(database());
    hashQuery.prepare(QStringLiteral("SELECT content_hash FROM payouts WHERE id = ?"));
    hashQuery.addBindValue(change.id);
    const QByteArray contentHash
        = hashQuery.exec() && hashQuery.next() ? hashQuery.value(0).toString().toLatin1() : QByteArray();
    if (!appendAudit(change.id, change.actor, change.event, change.detail, contentHash)) {
        return false;
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        return fail(QStringLiteral("Cannot commit the change to payout %1").arg(change.id), db.lastError().text());
    }
    Q_EMIT payoutChanged(change.id);
    return true;
}

ClaimResult PayoutStore::refuseClaim(ClaimProblem problem, const QString& detail)
{
    fail(detail, {});
    ClaimResult result;
    result.problem = problem;
    result.detail = m_lastError;
    return result;
}

ClaimResult PayoutStore::claimForSubmission(qint64 id, const QSet<PayoutState>& from,
                                            const ApprovalRequirement& requirement, const QString& actor)
{
    if (!beginWrite()) {
        return {std::nullopt, PayoutState::Approved, ClaimProblem::Database, m_lastError};
    }
    // Everything below is decided on the row as it is inside the write lock, so no other desk
    // can change it between the checks and the claim.
    QSqlQuery row(database());
    row.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?"));
    bindAll(row, {id, m_scope.profile});
    if (!row.exec()) {
        return refuseClaim(ClaimProblem::Database,
                           QStringLiteral("Cannot read payout %1: %2").arg(id).arg(row.lastError().text()));
    }
    if (!row.next()) {
        return refuseClaim(ClaimProblem::NotFound,
                           QStringLiteral("There is no payout %1 in profile %2.").arg(id).arg(m_scope.profile));
    }
    Payout payout = PayoutRow(row.record()).read(row);
    row.finish();
    if (payout.state == PayoutState::Submitting) {
        return refuseClaim(ClaimProblem::Busy,
                           QStringLiteral("Payout %1 is being sent right now by another PayDesk process; it is left "
                                          "to that process.")
                               .arg(id));
    }
    if (!from.contains(payout.state)) {
        return refuseClaim(
            ClaimProblem::NotSendable,
            QStringLiteral("Payout %1 is %2; only approved payouts are sent.").arg(id).arg(stateName(payout.state)));
    }
    if (payout.projectPid != m_scope.projectPid) {
        return refuseClaim(ClaimProblem::WrongProject,
                           QStringLiteral("Payout %1 was queued for project %2; this profile now points to project "
                                          "%3, so it is not sent.")
                               .arg(id)
                               .arg(payout.projectPid.value_or(0))
                               .arg(m_scope.projectPid));
    }
    // Recomputed from the fields that will be sent, not taken from the row's own hash column:
    // an amount changed in the file behind PayDesk's back no longer matches its approvals.
    const QByteArray recomputed = payout.fields.contentHash(payout.thirdPartyId);
    if (recomputed != payout.contentHash) {
        return refuseClaim(ClaimProblem::ContentChanged,
                           QStringLiteral("Payout %1 was not sent: its fields no longer match what was approved "
                                          "(changed outside PayDesk). Run `audit verify`.")
                               .arg(id));
    }
    QSqlQuery approvals(database());
    approvals.prepare(QStringLiteral("SELECT COUNT(DISTINCT approver) FROM approvals WHERE payout_id = ?"
                                     " AND content_hash = ? AND approved_at >= ? AND approver <> ?"));
    bindAll(approvals, {id, QString::fromLatin1(recomputed), requirement.notBeforeMs.value_or(0), payout.createdBy});
    if (!approvals.exec() || !approvals.next()) {
        return refuseClaim(
            ClaimProblem::Database,
            QStringLiteral("Cannot count the approvals of payout %1: %2").arg(id).arg(approvals.lastError().text()));
    }
    const int valid = approvals.value(0).toInt();
    const int required = std::max(1, requirement.required);
    approvals.finish();
    if (valid < required) {
        return refuseClaim(ClaimProblem::NotApproved,
                           QStringLiteral("Payout %1 was not sent: it has %2 valid approval(s) of exactly this "
                                          "content, and %3 are required.")
                               .arg(id)
                               .arg(valid)
                               .arg(required));
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery update(database());
    // attempts is counted by the statement itself, from the row as the lock holds it.
    update.prepare(
        QStringLiteral("UPDATE payouts SET state = ?, claim_owner = ?, claimed_at = ?, attempts = attempts + 1,"
                       " first_sent_at = COALESCE(first_sent_at, ?), updated_at = ?"
                       " WHERE id = ? AND profile = ? AND state = ? AND content_hash = ?"));
    bindAll(update,
            {stateName(PayoutState::Submitting), m_lease->owner(), now, now, now, id, m_scope.profile,
             stateName(payout.state), QString::fromLatin1(recomputed)});
    if (!update.exec() || update.numRowsAffected() != 1) {
        return refuseClaim(ClaimProblem::Database,
                           QStringLiteral("Cannot claim payout %1: %2").arg(id).arg(update.lastError().text()));
    }
    if (!appendAudit(id, actor, QStringLiteral("claimed"),
                     QStringLiteral("attempt %1 by process %2").arg(payout.attempts + 1).arg(m_lease->owner()),
                     recomputed)) {
        return {std::nullopt, payout.state, ClaimProblem::Database, m_lastError};
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        return refuseClaim(
            ClaimProblem::Database,
            QStringLiteral("Cannot commit the claim of payout %1: %2").arg(id).arg(db.lastError().text()));
    }
    Q_EMIT payoutChanged(id);
    ClaimResult result;
    result.claimedFrom = payout.state;
    payout.state = PayoutState::Submitting;
    payout.claimOwner = m_lease->owner();
    payout.claimedAtMs = now;
    payout.firstSentAtMs = payout.firstSentAtMs.value_or(now);
    payout.attempts += 1;
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
    change.endOwnClaim(id, m_lease->owner());
    return applyChange(change);
}

bool PayoutStore::recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Refused, QStringLiteral("refused"), code + u' ' + message,
                  actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(id, m_lease->owner());
    return applyChange(change);
}

bool PayoutStore::recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                  kind + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), kind}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(id, m_lease->owner());
    return applyChange(change);
}

bool PayoutStore::recordNeedsReconciliation(qint64 id, const QString& code, const QString& message,
                                            const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::NeedsReconciliation,
                  QStringLiteral("needs_reconciliation"), code + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    change.endOwnClaim(id, m_lease->owner());
    return applyChange(change);
}

bool PayoutStore::releaseClaim(qint64 id, PayoutState backTo, const QString& reason, const QString& actor)
{
    if (backTo != PayoutState::Approved && backTo != PayoutState::Unknown) {
        m_lastError = QStringLiteral("A claim goes back only to approved or unknown.");
        return false;
    }
    Change change(id, {PayoutState::Submitting}, backTo, QStringLiteral("not_sent"), reason, actor);
    change.columns
        = {{QStringLiteral("error_code"), QStringLiteral("not_sent")}, {QStringLiteral("error_message"), reason}};
    // Nothing went out: the attempt the claim counted did not happen (SQL sees the old row).
    change.expressions = {QStringLiteral("attempts = attempts - 1"),
                          QStringLiteral("first_sent_at = CASE WHEN attempts <= 1 THEN NULL ELSE first_sent_at END")};
    change.endOwnClaim(id, m_lease->owner());
    return applyChange(change);
}

bool PayoutStore::recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor)
{
    Change change(id, {PayoutState::Submitted}, PayoutState::Submitted, QStringLiteral("cregis_status"),
                  QStringLiteral("status %1").arg(progress.status), actor);
    change.columns = {{QStringLiteral("cregis_status"), progress.status},
                      {QStringLiteral("txid"), progress.txid},
                      {QStringLiteral("block_height"), progress.blockHeight},
                      {QStringLiteral("block_time"), nullableInt64(progress.blockTimeMs)}};
    return applyChange(change);
}

int PayoutStore::recoverAbandonedClaims(const QString& actor)
{
    QSqlQuery claims(database());
    claims.prepare(QStringLiteral("SELECT id, claim_owner FROM payouts WHERE profile = ? AND state = ?"));
    bindAll(claims, {m_scope.profile, stateName(PayoutState::Submitting)});
    if (!claims.exec()) {
        m_lastError = claims.lastError().text();
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
            abandoned.insert(owner, m_lease->isAbandoned(owner));
        }
        if (!abandoned.value(owner)) {
            continue; // its process is alive and may still be waiting for Cregis's answer
        }
        Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                      QStringLiteral("interrupted: the process that was sending it (%1) stopped before recording "
                                     "an answer")
                          .arg(owner.isEmpty() ? QStringLiteral("an earlier PayDesk") : owner),
                      actor);
        change.columns
            = {{QStringLiteral("error_code"), QStringLiteral("interrupted")},
               {QStringLiteral("error_message"), QStringLiteral("PayDesk stopped while this payout was being sent.")},
               {QStringLiteral("claim_owner"), QString()}};
        change.condition = QStringLiteral("claim_owner = ?");
        change.conditionValues = {owner};
        if (applyChange(change)) {
            ++recovered;
        }
    }
    return recovered;
}

std::optional<ApprovalOutcome> PayoutStore::approve(qint64 id, const QString& approver,
                                                    const ApprovalRequirement& requirement,
                                                    const QByteArray& reviewedContentHash)
{
    if (approver.trimmed().isEmpty()) {
        m_lastError = QStringLiteral("An approval needs the approver's name.");
        return std::nullopt;
    }
    if (!beginWrite()) {
        return std::nullopt;
    }
    QSqlQuery row(database());
    row.prepare(QStringLiteral("SELECT state, created_by, content_hash FROM payouts WHERE id = ? AND profile = ?"));
    bindAll(row, {id, m_scope.profile});
    if (!row.exec() || !row.next()) {
        fail(QStringLiteral("There is no payout %1 in profile %2.").arg(id).arg(m_scope.profile),
             row.lastError().text());
        return std::nullopt;
    }
    const QString state = row.value(0).toString();
    const QString creator = row.value(1).toString();
    const QByteArray contentHash = row.value(2).toString().toLatin1();
    row.finish();
    if (state != stateName(PayoutState::PendingApproval)) {
        fail(QStringLiteral("Payout %1 is %2; only a payout pending approval can be approved.").arg(id).arg(state), {});
        return std::nullopt;
    }
    if (creator == approver) {
        fail(QStringLiteral("Payout %1 was created by %2, who cannot also approve it.").arg(id).arg(creator), {});
        return std::nullopt;
    }
    if (!reviewedContentHash.isEmpty() && reviewedContentHash != contentHash) {
        fail(QStringLiteral("Payout %1 changed after you reviewed it; look at it again.").arg(id), {});
        return std::nullopt;
    }
    const qint64 now = m_clock.nowMs();
    QSqlQuery insert(database());
    insert.prepare(QStringLiteral("INSERT INTO approvals (payout_id, approver, approved_at, content_hash)"
                                  " VALUES (?, ?, ?, ?)"));
    bindAll(insert, {id, approver, now, QString::fromLatin1(contentHash)});
    if (!insert.exec()) {
        // The UNIQUE constraint: this person already approved exactly this content.
        fail(QStringLiteral("%1 has already approved payout %2.").arg(approver).arg(id), {});
        return std::nullopt;
    }
    QSqlQuery approvers(database());
    approvers.prepare(QStringLiteral("SELECT approver FROM approvals WHERE payout_id = ? AND content_hash = ?"
                                     " AND approved_at >= ? ORDER BY approved_at, id"));
    bindAll(approvers, {id, QString::fromLatin1(contentHash), requirement.notBeforeMs.value_or(0)});
    QStringList names;
    if (approvers.exec()) {
        while (approvers.next()) {
            names << approvers.value(0).toString();
        }
    }
    const bool complete = names.size() >= requirement.required;
    if (!appendAudit(id, approver, QStringLiteral("approved"),
                     QStringLiteral("approval %1 of %2").arg(names.size()).arg(requirement.required), contentHash)) {
        return std::nullopt;
    }
    if (complete) {
        QSqlQuery update(database());
        update.prepare(QStringLiteral("UPDATE payouts SET state = ?, approved_by = ?, updated_at = ?"
                                      " WHERE id = ? AND state = ? AND content_hash = ?"));
        bindAll(update,
                {stateName(PayoutState::Approved), names.join(QStringLiteral(", ")), now, id,
                 stateName(PayoutState::PendingApproval), QString::fromLatin1(contentHash)});
        if (!update.exec() || update.numRowsAffected() != 1) {
            fail(QStringLiteral("Payout %1 changed while it was being approved.").arg(id), update.lastError().text());
            return std::nullopt;
        }
    }
    QSqlDatabase db = database();
    if (!db.commit()) {
        fail(QStringLiteral("Cannot commit the approval of payout %1").arg(id), db.lastError().text());
        return std::nullopt;
    }
    Q_EMIT payoutChanged(id);
    return complete ? ApprovalOutcome::Approved : ApprovalOutcome::Recorded;
}

QStringList PayoutStore::approvers(qint64 id, const ApprovalRequirement& requirement)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT a.approver FROM approvals a JOIN payouts p ON p.id = a.payout_id"
                                 " WHERE a.payout_id = ? AND p.profile = ? AND a.content_hash = p.content_hash"
                                 " AND a.approved_at >= ? ORDER BY a.approved_at, a.id"));
    bindAll(query, {id, m_scope.profile, requirement.notBeforeMs.value_or(0)});
    QStringList names;
    if (query.exec()) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

int PayoutStore::validApprovalCount(qint64 id, const ApprovalRequirement& requirement)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM approvals a JOIN payouts p ON p.id = a.payout_id"
                                 " WHERE a.payout_id = ? AND p.profile = ? AND a.content_hash = p.content_hash"
                                 " AND a.approved_at >= ?"));
    bindAll(query, {id, m_scope.profile, requirement.notBeforeMs.value_or(0)});
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

namespace {

// A payout that was ever sent may be at Cregis: cancelling, rejecting or editing it here would
// not stop it there, and would invite a second payout under a new id.
constexpr auto neverSent = "attempts = 0";

QString everSentRefusal(qint64 id)
{
    return QStringLiteral("Payout %1 was already sent to Cregis once and may be there; it can only be resent under "
                          "its own third_party_id or reconciled.")
        .arg(id);
}

} // namespace

bool PayoutStore::reject(qint64 id, const QString& actor, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_lastError = QStringLiteral("A rejection needs a reason.");
        return false;
    }
    const auto current = payout(id);
    if (current && current->attempts > 0) {
        m_lastError = everSentRefusal(id);
        return false;
    }
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Rejected,
                  QStringLiteral("rejected"), QStringLiteral("reason: %1").arg(reason.trimmed()), actor);
    change.refusal = QStringLiteral("Payout %1 was created by %2, who cannot reject it; cancel it instead.")
                         .arg(id)
                         .arg(current ? current->createdBy : actor);
    change.condition = QStringLiteral("created_by <> ? AND ") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    change.columns = {{QStringLiteral("decision_reason"), reason.trimmed()}};
    return applyChange(change);
}

bool PayoutStore::cancel(qint64 id, const QString& actor)
{
    const auto current = payout(id);
    if (current && current->attempts > 0) {
        m_lastError = everSentRefusal(id);
        return false;
    }
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Cancelled,
                  QStringLiteral("cancelled"), QString(), actor);
    change.refusal = QStringLiteral("Payout %1 was created by %2: only its creator can cancel it.")
                         .arg(id)
                         .arg(current ? current->createdBy : QString());
    change.condition = QStringLiteral("created_by = ? AND ") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    return applyChange(change);
}

bool PayoutStore::editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor)
{
    const auto current = payout(id);
    if (!current) {
        return false;
    }
    if (current->attempts > 0) {
        m_lastError = everSentRefusal(id);
        return false;
    }
    const QByteArray contentHash = fields.contentHash(current->thirdPartyId);
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::PendingApproval,
                  QStringLiteral("edited"), fields.amount.toCanonical() + u' ' + fields.currency, actor);
    change.refusal
        = QStringLiteral("Payout %1 was created by %2: only its creator can edit it.").arg(id).arg(current->createdBy);
    change.condition = QStringLiteral("created_by = ? AND ") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    change.columns = {{QStringLiteral("wallet_id"), nullableInt64(fields.walletId)},
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
    change.columns
        = {{QStringLiteral("approved_by"), QString()}, {QStringLiteral("reconcile_checked_at"), m_clock.nowMs()}};
    return applyChange(change);
}

AuditVerification PayoutStore::verifyAudit()
{
    AuditVerification result;
    QSqlQuery events(database());
    events.setForwardOnly(true);
    if (!events.exec(QStringLiteral("SELECT id, payout_id, at, actor, event, detail, payout_hash, prev_hash, hash"
                                    " FROM audit_events ORDER BY id"))) {
        return {false, 0, std::nullopt, std::nullopt, events.lastError().text()};
    }
    QByteArray previous(64, '0');
    QHash<qint64, QByteArray> lastPayoutHash;
    while (events.next()) {
        const qint64 eventId = events.value(0).toLongLong();
        const std::optional<qint64> payoutId = optionalInt64(events.value(1));
        const QByteArray payoutHash = events.value(6).toString().toLatin1();
        const QByteArray recorded = events.value(8).toString().toLatin1();
        ++result.eventsChecked;
        if (events.value(7).toString().toLatin1() != previous) {
            return {false, result.eventsChecked, eventId, payoutId,
                    QStringLiteral("audit event %1 does not follow the event before it (removed or inserted rows)")
                        .arg(eventId)};
        }
        const QByteArray expected
            = auditHash(previous, payoutId, events.value(2).toLongLong(), events.value(3).toString(),
                        events.value(4).toString(), events.value(5).toString(), payoutHash);
        if (expected != recorded) {
            return {false, result.eventsChecked, eventId, payoutId,
                    QStringLiteral("audit event %1 was altered after it was written").arg(eventId)};
        }
        if (payoutId) {
            lastPayoutHash.insert(*payoutId, payoutHash);
        }
        previous = recorded;
    }
    // The payouts themselves, of every profile (the log is one chain for the whole file): every
    // row's fields must still hash to the hash the log last saw.
    QSqlQuery rows(database());
    rows.setForwardOnly(true);
    if (!rows.exec(PayoutRow::selectSql())) {
        return {false, result.eventsChecked, std::nullopt, std::nullopt, rows.lastError().text()};
    }
    const PayoutRow reader(rows.record());
    while (rows.next()) {
        const Payout p = reader.read(rows);
        const QByteArray recomputed = p.fields.contentHash(p.thirdPartyId);
        if (recomputed != p.contentHash || lastPayoutHash.value(p.id) != p.contentHash) {
            return {
                false, result.eventsChecked, std::nullopt, p.id,
                QStringLiteral("payout %1 no longer matches the hash in its audit trail (fields altered)").arg(p.id)};
        }
    }
    return result;
}

} // namespace paydesk::store
