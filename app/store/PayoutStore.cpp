#include "PayoutStore.h"

#include "Migrations.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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
    QString detail;
    QString actor;
    QString condition; // further SQL condition on the row, with `conditionValues` bound in order
    QVariantList conditionValues;
};

namespace {

constexpr auto selectColumns = "SELECT id, profile, third_party_id, wallet_id, currency, coin, from_address,"
                               " to_address, amount, amount_units, decimals, memo, remark, callback_url,"
                               " content_hash, state, cregis_status, cid, txid, block_height, block_time,"
                               " error_code, error_message, attempts, created_by, created_at, approved_by,"
                               " submitted_at, updated_at FROM payouts";

std::optional<qint64> optionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableInt64(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

Payout readPayout(const QSqlQuery& query)
{
    Payout p;
    p.id = query.value(0).toLongLong();
    p.profile = query.value(1).toString();
    p.thirdPartyId = query.value(2).toString();
    p.fields.walletId = optionalInt64(query.value(3));
    p.fields.currency = query.value(4).toString();
    p.fields.coinName = query.value(5).toString();
    p.fields.fromAddress = query.value(6).toString();
    p.fields.toAddress = query.value(7).toString();
    const int decimals = query.value(10).toInt();
    // The canonical text is authoritative; it was produced by Amount and parses back exactly.
    p.fields.amount = money::Amount::parse(query.value(8).toString(), decimals).amount.value_or(money::Amount());
    p.fields.memo = query.value(11).toString();
    p.fields.remark = query.value(12).toString();
    p.fields.callbackUrl = query.value(13).toString();
    p.contentHash = query.value(14).toString().toLatin1();
    p.state = payout::stateFromStorageName(query.value(15).toString()).value_or(PayoutState::Unknown);
    if (!query.value(16).isNull()) {
        p.cregisStatus = query.value(16).toInt();
    }
    p.cid = optionalInt64(query.value(17));
    p.txid = query.value(18).toString();
    p.blockHeight = query.value(19).toString();
    p.blockTimeMs = optionalInt64(query.value(20));
    p.errorCode = query.value(21).toString();
    p.errorMessage = query.value(22).toString();
    p.attempts = query.value(23).toInt();
    p.createdBy = query.value(24).toString();
    p.createdAtMs = query.value(25).toLongLong();
    p.approvedBy = query.value(26).toString();
    p.submittedAtMs = optionalInt64(query.value(27));
    p.updatedAtMs = query.value(28).toLongLong();
    return p;
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

// The WHERE clause and its values for a query, shared by listing and counting.
std::pair<QString, QVariantList> whereClause(const PayoutQuery& query)
{
    QStringList conditions;
    QVariantList values;
    if (!query.states.isEmpty()) {
        conditions << QStringLiteral("state IN (%1)").arg(placeholders(query.states.size()));
        for (PayoutState state : query.states) {
            values << payout::toStorageName(state);
        }
    }
    if (!query.profile.isEmpty()) {
        conditions << QStringLiteral("profile = ?");
        values << query.profile;
    }
    if (query.beforeId) {
        conditions << QStringLiteral("id < ?");
        values << *query.beforeId;
    }
    return {conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values};
}

} // namespace

PayoutStore::PayoutStore(QString connectionName, const cregis::Clock& clock)
    : m_connectionName(std::move(connectionName))
    , m_clock(clock)
{ }

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

std::unique_ptr<PayoutStore> PayoutStore::openSqlite(const QString& path, const cregis::Clock& clock, QString* error)
{
    const QString name = uniqueConnectionName();
    std::unique_ptr<PayoutStore> store(new PayoutStore(name, clock));
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
        for (const char* statement : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            if (!pragma.exec(QString::fromLatin1(statement))) {
                *error = QStringLiteral("Cannot prepare the payout database: %1").arg(pragma.lastError().text());
                return nullptr;
            }
        }
        if (!Migrations::migrate(db, error)) {
            return nullptr;
        }
    }
    return store;
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

std::optional<qint64> PayoutStore::addPayout(const QString& profile, const payout::PayoutFields& fields,
                                             const QString& actor)
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
        "INSERT INTO payouts (profile, third_party_id, wallet_id, currency, coin, from_address, to_address, amount,"
        " amount_units, decimals, memo, remark, callback_url, content_hash, state, created_by, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(insert,
            {profile, thirdPartyId, nullableInt64(fields.walletId), fields.currency, fields.coinName,
             fields.fromAddress, fields.toAddress, fields.amount.toCanonical(), fields.amount.baseUnitsText(),
             fields.amount.decimals(), fields.memo, fields.remark, fields.callbackUrl, QString::fromLatin1(contentHash),
             payout::toStorageName(PayoutState::PendingApproval), actor, now, now});
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
    query.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError = QStringLiteral("There is no payout %1.").arg(id);
        return std::nullopt;
    }
    return readPayout(query);
}

std::optional<qint64> PayoutStore::payoutWithCid(qint64 cid)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM payouts WHERE cid = ?"));
    query.addBindValue(cid);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool PayoutStore::forEachPayout(const PayoutQuery& filter, const std::function<bool(const Payout&)>& visit)
{
    const auto [where, values] = whereClause(filter);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    QString sql = QString::fromLatin1(selectColumns) + where + QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    }
    query.prepare(sql);
    bindAll(query, values);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (!visit(readPayout(query))) {
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
    const auto [where, values] = whereClause(filter);
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
    query.prepare(QStringLiteral("SELECT DISTINCT to_address FROM payouts WHERE substr(to_address, 1, 4) = ?"
                                 " AND substr(to_address, -4) = ? AND to_address <> ? LIMIT ?"));
    bindAll(query, {address.left(4), address.right(4), address, limit});
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
        return QStringLiteral("There is no payout %1.").arg(id);
    }
    if (!change.from.contains(current->state)) {
        return QStringLiteral("Payout %1 is %2; it cannot become %3.")
            .arg(id)
            .arg(payout::toStorageName(current->state), payout::toStorageName(change.to));
    }
    return QStringLiteral("Payout %1 was created by %2: %3.").arg(id).arg(current->createdBy, change.detail);
}

bool PayoutStore::applyChange(const Change& change)
{
    if (!beginWrite()) {
        return false;
    }
    QStringList assignments{QStringLiteral("state = ?"), QStringLiteral("updated_at = ?")};
    QVariantList values{payout::toStorageName(change.to), m_clock.nowMs()};
    for (const auto& [column, value] : change.columns) {
        assignments << column + QStringLiteral(" = ?");
        values << value;
    }
    QSqlQuery update(database());
    update.prepare(QStringLiteral("UPDATE payouts SET %1 WHERE id = ? AND state IN (%2)%3")
                       .arg(assignments.join(QStringLiteral(", ")), placeholders(change.from.size()),
                            change.condition.isEmpty() ? QString() : QStringLiteral(" AND ") + change.condition));
    bindAll(update, values);
    update.addBindValue(change.id);
    for (PayoutState state : change.from) {
        update.addBindValue(payout::toStorageName(state));
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

bool PayoutStore::claimForSubmission(qint64 id, const QSet<PayoutState>& from, const QString& actor)
{
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return false;
    }
    // The attempt count travels in the same statement as the claim, so it cannot drift from it.
    Change change(id, from, PayoutState::Submitting, QStringLiteral("claimed"),
                  QStringLiteral("attempt %1").arg(current->attempts + 1), actor);
    change.columns = {{QStringLiteral("attempts"), current->attempts + 1}};
    return applyChange(change);
}

bool PayoutStore::recordSubmitted(qint64 id, qint64 cid, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Submitted, QStringLiteral("submitted"),
                  QStringLiteral("cid %1").arg(cid), actor);
    change.columns = {{QStringLiteral("cid"), cid},
                      {QStringLiteral("submitted_at"), m_clock.nowMs()},
                      {QStringLiteral("error_code"), QString()},
                      {QStringLiteral("error_message"), QString()}};
    return applyChange(change);
}

bool PayoutStore::recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Refused, QStringLiteral("refused"), code + u' ' + message,
                  actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
    return applyChange(change);
}

bool PayoutStore::recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::Unknown, QStringLiteral("no_answer"),
                  kind + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), kind}, {QStringLiteral("error_message"), message}};
    return applyChange(change);
}

bool PayoutStore::recordNeedsReconciliation(qint64 id, const QString& code, const QString& message,
                                            const QString& actor)
{
    Change change(id, {PayoutState::Submitting}, PayoutState::NeedsReconciliation,
                  QStringLiteral("needs_reconciliation"), code + u' ' + message, actor);
    change.columns = {{QStringLiteral("error_code"), code}, {QStringLiteral("error_message"), message}};
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

int PayoutStore::recoverInterruptedSubmissions(const QString& actor)
{
    int recovered = 0;
    const QList<Payout> stuck = payouts(PayoutQuery{{PayoutState::Submitting}, {}, std::nullopt, 0});
    for (const Payout& p : stuck) {
        if (recordUnknown(p.id, QStringLiteral("interrupted"),
                          QStringLiteral("PayDesk stopped while this payout was being sent."), actor)) {
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
    row.prepare(QStringLiteral("SELECT state, created_by, content_hash FROM payouts WHERE id = ?"));
    row.addBindValue(id);
    if (!row.exec() || !row.next()) {
        fail(QStringLiteral("There is no payout %1.").arg(id), row.lastError().text());
        return std::nullopt;
    }
    const QString state = row.value(0).toString();
    const QString creator = row.value(1).toString();
    const QByteArray contentHash = row.value(2).toString().toLatin1();
    if (state != payout::toStorageName(PayoutState::PendingApproval)) {
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
                {payout::toStorageName(PayoutState::Approved), names.join(QStringLiteral(", ")), now, id,
                 payout::toStorageName(PayoutState::PendingApproval), QString::fromLatin1(contentHash)});
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
                                 " WHERE a.payout_id = ? AND a.content_hash = p.content_hash AND a.approved_at >= ?"
                                 " ORDER BY a.approved_at, a.id"));
    bindAll(query, {id, requirement.notBeforeMs.value_or(0)});
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
                                 " WHERE a.payout_id = ? AND a.content_hash = p.content_hash AND a.approved_at >= ?"));
    bindAll(query, {id, requirement.notBeforeMs.value_or(0)});
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool PayoutStore::reject(qint64 id, const QString& actor, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        m_lastError = QStringLiteral("A rejection needs a reason.");
        return false;
    }
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Rejected,
                  QStringLiteral("rejected"), QStringLiteral("its creator cannot reject it; cancel it instead"), actor);
    change.condition = QStringLiteral("created_by <> ?");
    change.conditionValues = {actor};
    change.columns = {{QStringLiteral("decision_reason"), reason.trimmed()}};
    if (!applyChange(change)) {
        return false;
    }
    return true;
}

bool PayoutStore::cancel(qint64 id, const QString& actor)
{
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::Cancelled,
                  QStringLiteral("cancelled"), QStringLiteral("only its creator can cancel it"), actor);
    change.condition = QStringLiteral("created_by = ?");
    change.conditionValues = {actor};
    return applyChange(change);
}

bool PayoutStore::editPayout(qint64 id, const payout::PayoutFields& fields, const QString& actor)
{
    const auto current = payout(id);
    if (!current) {
        return false;
    }
    const QByteArray contentHash = fields.contentHash(current->thirdPartyId);
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::PendingApproval,
                  QStringLiteral("edited"), QStringLiteral("only its creator can edit it"), actor);
    change.condition = QStringLiteral("created_by = ?");
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
    // The payouts themselves: every row's fields must still hash to the hash the log last saw.
    const bool rowsRead = forEachPayout(PayoutQuery{{}, {}, std::nullopt, 0}, [&](const Payout& p) {
        const QByteArray recomputed = p.fields.contentHash(p.thirdPartyId);
        if (recomputed != p.contentHash || lastPayoutHash.value(p.id) != p.contentHash) {
            result = {
                false, result.eventsChecked, std::nullopt, p.id,
                QStringLiteral("payout %1 no longer matches the hash in its audit trail (fields altered)").arg(p.id)};
            return false;
        }
        return true;
    });
    if (!rowsRead) {
        return {false, result.eventsChecked, std::nullopt, std::nullopt, m_lastError};
    }
    return result;
}

} // namespace paydesk::store
