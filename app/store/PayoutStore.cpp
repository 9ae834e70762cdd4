#include "PayoutStore.h"

#include "PayoutChange.h"
#include "PayoutQuerySql.h"
#include "PayoutRow.h"
#include "TeamCalls.h"

#include "config/GatewayUrl.h"

#include <QSqlError>
#include <QUuid>

namespace paydesk::store {

using payout::Payout;
using payout::PayoutState;

namespace {

// A payout that was ever sent may be at Cregis: cancelling, rejecting or editing it here would
// not stop it there, and would invite a second payout under a new id.
constexpr auto neverSent = " AND attempts = 0";

} // namespace

PayoutStore::PayoutStore(const Database& database, AuditLog& audit, StoreScope scope, const config::Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_scope(std::move(scope))
    , m_clock(clock)
{
    m_scope.gateway = config::normalizedGatewayUrl(m_scope.gateway);
    if (m_database.isShared()) {
        m_team = std::make_unique<TeamCalls>(m_database);
    }
    // A team store hears what other desks commit and tells this desk's listeners, as if it had
    // happened here; after a lost connection nothing in between was heard, so they reload.
    connect(&m_database, &Database::changedElsewhere, this,
            [this](const QString& kind, qint64 id, const QString& profile) {
                if (profile != m_scope.profile) {
                    return;
                }
                if (kind == QLatin1String("added")) {
                    Q_EMIT payoutAdded(id);
                } else if (kind == QLatin1String("changed")) {
                    Q_EMIT payoutChanged(id);
                } else {
                    Q_EMIT payoutsAdded({});
                }
            });
    connect(&m_database, &Database::reconnected, this, [this] { Q_EMIT payoutsAdded({}); });
}

PayoutStore::~PayoutStore() = default;

bool PayoutStore::fail(StoreError error)
{
    m_lastError = std::move(error);
    return false;
}

std::optional<qint64> PayoutStore::addPayout(const payout::PayoutFields& fields, const QString& actor)
{
    const std::optional<QList<qint64>> ids = insertPayouts({NewPayout{fields, {}}}, actor);
    if (!ids) {
        return std::nullopt;
    }
    Q_EMIT payoutAdded(ids->first());
    return ids->first();
}

std::optional<QList<qint64>> PayoutStore::addPayouts(const QList<NewPayout>& payouts, const QString& actor)
{
    std::optional<QList<qint64>> ids = insertPayouts(payouts, actor);
    if (ids) {
        Q_EMIT payoutsAdded(*ids);
    }
    return ids;
}

std::optional<QList<qint64>> PayoutStore::insertPayouts(const QList<NewPayout>& payouts, const QString& actor)
{
    if (m_team) {
        return teamInsert(payouts, actor);
    }
    // Rows go in as multi-row INSERTs: the search index's trigger flushes its pending terms at the
    // end of every statement, so one statement per row costs six times what one per 200 rows does.
    constexpr qsizetype rowsPerStatement = 200;
    QStringList fieldNames;
    for (const auto& column : PayoutRow::fieldColumns({})) {
        fieldNames << column.first;
    }
    const qsizetype perRow = 4 + fieldNames.size() + 5;
    const QString columns = QStringLiteral("INSERT INTO payouts (profile, project_pid, gateway, third_party_id, ")
        + fieldNames.join(QStringLiteral(", "))
        + QStringLiteral(", content_hash, state, created_by, created_at, updated_at) VALUES ");
    const QString oneRow = u'(' + Database::placeholders(perRow) + u')';
    const auto statementFor = [&](qsizetype rows) {
        QStringList values;
        for (qsizetype i = 0; i < rows; ++i) {
            values << oneRow;
        }
        return columns + values.join(u',') + QStringLiteral(" RETURNING id");
    };
    const qint64 now = m_clock.nowMs();
    WriteTransaction transaction(m_database, actor);
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    QSqlQuery full(m_database.connection());
    QList<qint64> ids;
    ids.reserve(payouts.size());
    QList<AuditEntry> events;
    events.reserve(payouts.size());
    for (qsizetype from = 0; from < payouts.size(); from += rowsPerStatement) {
        const qsizetype count = std::min(rowsPerStatement, payouts.size() - from);
        QSqlQuery partial(m_database.connection());
        QSqlQuery& insert = count == rowsPerStatement ? full : partial;
        if (!insert.isValid() && insert.lastQuery().isEmpty()) {
            insert.prepare(statementFor(count));
        }
        QVariantList values;
        values.reserve(count * perRow);
        for (qsizetype i = from; i < from + count; ++i) {
            const payout::PayoutFields& fields = payouts.at(i).fields;
            // The idempotency key exists before anything is sent, and never changes afterwards.
            const QString thirdPartyId = payouts.at(i).thirdPartyId.isEmpty()
                ? QUuid::createUuid().toString(QUuid::Id128)
                : payouts.at(i).thirdPartyId;
            const QByteArray contentHash = fields.contentHash(thirdPartyId);
            values << m_scope.profile << m_scope.projectPid << m_scope.gateway << thirdPartyId;
            for (const auto& column : PayoutRow::fieldColumns(fields)) {
                values << column.second;
            }
            values << QString::fromLatin1(contentHash) << stateName(PayoutState::PendingApproval) << actor << now
                   << now;
            events << AuditEntry{std::nullopt, actor, QStringLiteral("created"),
                                 fields.amount.toCanonical() + u' ' + fields.currency, contentHash};
        }
        Database::rebind(insert, values);
        if (!insert.exec()) {
            fail(StoreError::database(0, QStringLiteral("save the payout: %1").arg(insert.lastError().text())));
            return std::nullopt;
        }
        // One statement holds the write lock throughout: its rows get consecutive ids in the order
        // of its VALUES, whatever order RETURNING lists them in.
        QList<qint64> statementIds;
        while (insert.next()) {
            statementIds << insert.value(0).toLongLong();
        }
        insert.finish();
        std::sort(statementIds.begin(), statementIds.end());
        if (statementIds.size() != count) {
            fail(StoreError::database(
                0, QStringLiteral("save the payouts: %1 ids for %2 rows").arg(statementIds.size()).arg(count)));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < count; ++i) {
            events[from + i].payoutId = statementIds.at(i);
        }
        ids << statementIds;
    }
    StoreError error;
    if (!m_audit.appendAll(events, &error) || !transaction.commit()) {
        fail(error.ok() ? transaction.error() : error);
        return std::nullopt;
    }
    return ids;
}

QSet<QString> PayoutStore::takenThirdPartyIds(const QStringList& thirdPartyIds)
{
    QSet<QString> taken;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < thirdPartyIds.size(); from += chunk) {
        const QStringList part = thirdPartyIds.mid(from, chunk);
        QSqlQuery query
            = m_database.prepare(QStringLiteral("SELECT third_party_id FROM payouts WHERE third_party_id IN (%1)")
                                     .arg(Database::placeholders(part.size())),
                                 QVariantList(part.cbegin(), part.cend()));
        if (!query.exec()) {
            fail(StoreError::database(0, QStringLiteral("look up third_party_ids: %1").arg(query.lastError().text())));
            continue;
        }
        while (query.next()) {
            taken.insert(query.value(0).toString());
        }
    }
    return taken;
}

std::optional<Payout> PayoutStore::payout(qint64 id)
{
    QSqlQuery query = m_database.prepare(PayoutRow::selectSql() + QStringLiteral(" WHERE id = ? AND profile = ?"),
                                         {id, m_scope.profile});
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
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT id FROM payouts WHERE cid = ? AND profile = ?"),
                                         {cid, m_scope.profile});
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool PayoutStore::forEachPayout(const PayoutQuery& filter, const std::function<bool(const Payout&)>& visit)
{
    QVariantList values;
    const QString sql = PayoutRow::selectColumns()
        + PayoutQuerySql(m_database.dialect(), m_scope.profile, filter, searchPlan(filter)).page(&values);
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

store::SearchPlan PayoutStore::searchPlan(const PayoutQuery& filter)
{
    // In an order other than the id's, a search is either collected whole and sorted (few
    // matches) or asked of each row in that order until the page is full (many matches: a page
    // fills after a few thousand rows, while sorting a hundred thousand matches takes long).
    constexpr int commonMatches = 5000;
    if (filter.text.trimmed().isEmpty() || filter.sort == PayoutSort::Id || filter.limit <= 0) {
        return SearchPlan::Collect;
    }
    const SqlCondition probe = m_database.dialect().countUpTo(filter.text.trimmed(), commonMatches);
    QSqlQuery count = m_database.prepare(probe.sql, probe.values);
    if (!count.exec() || !count.next()) {
        return SearchPlan::Collect;
    }
    return count.value(0).toInt() >= commonMatches ? SearchPlan::ProbeEachRow : SearchPlan::Collect;
}

std::unique_ptr<RowStream> PayoutStore::streamPayouts(const PayoutQuery& filter, const QStringList& columns)
{
    PayoutQuery everything = filter;
    everything.after.reset();
    everything.limit = 0;
    QStringList selected;
    for (const QString& column : columns) {
        selected << QStringLiteral("payouts.") + column;
    }
    QVariantList values;
    const QString sql = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", "))
        + PayoutQuerySql(m_database.dialect(), m_scope.profile, everything).page(&values);
    QString error;
    std::unique_ptr<RowStream> rows = m_database.dialect().streamRows(m_database.connection(), sql, values, &error);
    if (!rows) {
        fail(StoreError::database(0, QStringLiteral("read payouts: %1").arg(error)));
    }
    return rows;
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
    const PayoutQuerySql sql(m_database.dialect(), m_scope.profile, filter);
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT COUNT(*)") + sql.fromWhere(), sql.whereValues());
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
    // Asked for every row of an imported run: prepared once, run many times.
    if (!m_resembling || m_resemblingGeneration != m_database.generation()) {
        m_resemblingGeneration = m_database.generation();
        m_resembling = std::make_unique<QSqlQuery>(m_database.connection());
        m_resembling->prepare(QStringLiteral("SELECT DISTINCT to_address FROM payouts WHERE profile = ?"
                                             " AND lower(substr(to_address, 1, 4)) = ? AND lower(%1) = ?"
                                             " AND to_address <> ? LIMIT ?")
                                  .arg(m_database.dialect().lastChars(QStringLiteral("to_address"), 4)));
    }
    QSqlQuery& query = *m_resembling;
    Database::rebind(query, {m_scope.profile, address.left(4).toLower(), address.right(4).toLower(), address, limit});
    if (!query.exec()) {
        fail(StoreError::database(0, QStringLiteral("look for similar recipients: %1").arg(query.lastError().text())));
        return found;
    }
    while (query.next()) {
        found << query.value(0).toString();
    }
    query.finish();
    return found;
}

StoreError PayoutStore::refusal(qint64 id, const Change& change)
{
    const std::optional<Payout> current = payout(id);
    if (!current) {
        return m_lastError;
    }
    StoreError error
        = StoreError::of(change.from.contains(current->state) ? change.refusal : StoreProblem::WrongState, id);
    error.state = current->state;
    error.wanted = change.to;
    error.person = change.refusalPerson;
    return error;
}

bool PayoutStore::applyChange(const Change& change)
{
    WriteTransaction transaction(m_database, change.actor);
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
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_reject"), {reason.trimmed()});
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
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_cancel"), {});
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
    if (m_team) {
        return teamEdit(id, fields, actor);
    }
    const QByteArray contentHash = fields.contentHash(current->thirdPartyId);
    Change change(id, {PayoutState::PendingApproval, PayoutState::Approved}, PayoutState::PendingApproval,
                  QStringLiteral("edited"), fields.amount.toCanonical() + u' ' + fields.currency, actor);
    change.refusal = StoreProblem::CreatorOnly;
    change.refusalPerson = current->createdBy;
    change.condition = QStringLiteral("created_by = ?") + QLatin1String(neverSent);
    change.conditionValues = {actor};
    change.columns = PayoutRow::fieldColumns(fields);
    change.columns << std::pair{QStringLiteral("content_hash"), QVariant(QString::fromLatin1(contentHash))}
                   << std::pair{QStringLiteral("approved_by"), QVariant(QString())};
    return applyChange(change);
}

bool PayoutStore::returnToPending(qint64 id, const QString& reason, const QString& actor)
{
    if (m_team) {
        return teamStep(id, actor, QStringLiteral("paydesk_return_to_pending"), {reason});
    }
    Change change(id, {PayoutState::Approved}, PayoutState::PendingApproval, QStringLiteral("approval_expired"), reason,
                  actor);
    change.columns = {{QStringLiteral("approved_by"), QString()}};
    return applyChange(change);
}

} // namespace paydesk::store
