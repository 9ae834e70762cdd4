#include "PayoutStore.h"

#include "ApprovalCount.h"
#include "PayoutChange.h"
#include "PayoutRow.h"
#include "TeamCalls.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

// PayoutStore's writes on a team database: each is one step of the database's own API (see
// TeamRules), which decides on the row it locks; the desk's own checks came before it. The SQLite
// writes are in PayoutStore.cpp and PayoutClaims.cpp.

namespace paydesk::store {

using payout::Payout;
using payout::PayoutState;

namespace {

// The fields as the JSON a step's jsonb_to_recordset reads: the same columns as a local write, an
// int64 (the wallet id) as text so no JSON reader rounds it.
QJsonObject fieldsJson(const payout::PayoutFields& fields)
{
    QJsonObject json;
    for (const auto& [column, value] : PayoutRow::fieldColumns(fields)) {
        if (value.isNull()) {
            json.insert(column, QJsonValue());
        } else if (value.typeId() == QMetaType::LongLong) {
            json.insert(column, QString::number(value.toLongLong()));
        } else {
            json.insert(column, QJsonValue::fromVariant(value));
        }
    }
    return json;
}

QString compact(const QJsonValue& value)
{
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

bool PayoutStore::teamStep(qint64 id, const QString& actor, const QString& function, QVariantList arguments)
{
    arguments.prepend(m_scope.profile);
    arguments.prepend(id);
    StoreError error;
    if (!m_team->step(actor, function, arguments, id, &error)) {
        return fail(error);
    }
    Q_EMIT payoutChanged(id);
    return true;
}

std::optional<QList<qint64>> PayoutStore::teamInsert(const QList<NewPayout>& payouts, const QString& actor)
{
    // In calls of a few thousand rows, all in one transaction: all or nothing, as on SQLite.
    constexpr qsizetype rowsPerCall = 2000;
    WriteTransaction transaction(m_database, actor);
    if (!transaction.isOpen()) {
        fail(transaction.error());
        return std::nullopt;
    }
    QList<qint64> ids;
    ids.reserve(payouts.size());
    for (qsizetype from = 0; from < payouts.size(); from += rowsPerCall) {
        QJsonArray batch;
        for (qsizetype i = from; i < std::min(from + rowsPerCall, payouts.size()); ++i) {
            QJsonObject row = fieldsJson(payouts.at(i).fields);
            row.insert(QStringLiteral("third_party_id"),
                       payouts.at(i).thirdPartyId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128)
                                                            : payouts.at(i).thirdPartyId);
            batch.append(row);
        }
        QList<QSqlRecord> rows;
        StoreError error;
        if (!m_team->stepIn(transaction, QStringLiteral("paydesk_queue"),
                            {m_scope.profile, m_scope.projectPid, m_scope.gateway, compact(batch)}, 0, &error, &rows)) {
            fail(error);
            return std::nullopt;
        }
        for (const QSqlRecord& row : std::as_const(rows)) {
            ids << row.value(0).toLongLong();
        }
    }
    if (ids.size() != payouts.size() || !transaction.commit()) {
        fail(transaction.error().ok() ? StoreError::database(
                 0, QStringLiteral("save the payouts: %1 ids for %2 rows").arg(ids.size()).arg(payouts.size()))
                                      : transaction.error());
        return std::nullopt;
    }
    return ids;
}

bool PayoutStore::teamEdit(qint64 id, const payout::PayoutFields& fields, const QString& actor)
{
    return teamStep(id, actor, QStringLiteral("paydesk_edit"), {compact(fieldsJson(fields))});
}

ClaimResult PayoutStore::teamClaim(qint64 id, const QSet<PayoutState>& from, const ApprovalRequirement& requirement,
                                   const QString& actor)
{
    // The lease is opened, if this session has none yet, outside the claim's transaction: a
    // refused claim must not take it along when it rolls back.
    m_database.leaseFor(actor).owner();
    const std::optional<Payout> before = payout(id);
    // The desk's own requirement too (never fewer than one approval): the database applies the
    // team policy, a desk may ask more, never less.
    if (before) {
        StoreError refused = StoreError::of(StoreProblem::NotApproved, id);
        const std::optional<int> valid
            = countValidApprovals(m_database, id, before->contentHash, requirement, before->createdBy, &refused);
        const int required = std::max(1, requirement.required);
        if (!valid || *valid < required) {
            refused.count = valid.value_or(0);
            refused.required = required;
            fail(refused);
            return {std::nullopt, PayoutState::Approved, refused};
        }
    }
    QStringList states;
    for (PayoutState state : from) {
        states << stateName(state);
    }
    QList<QSqlRecord> rows;
    StoreError error;
    if (!m_team->step(actor, QStringLiteral("paydesk_claim"),
                      {id, m_scope.profile, m_scope.projectPid, u'{' + states.join(u',') + u'}'}, id, &error, &rows)
        || rows.isEmpty()) {
        fail(error);
        return {std::nullopt, PayoutState::Approved, error};
    }
    Q_EMIT payoutChanged(id);
    ClaimResult result;
    result.claimedFrom = before ? before->state : PayoutState::Approved;
    result.claimed = PayoutRow(rows.first()).read(rows.first());
    return result;
}

int PayoutStore::teamRecover(const QString& actor)
{
    QList<QSqlRecord> rows;
    StoreError error;
    if (!m_team->step(actor, QStringLiteral("paydesk_recover_claims"), {m_scope.profile}, 0, &error, &rows)) {
        fail(error);
        return 0;
    }
    const int recovered = rows.isEmpty() ? 0 : rows.first().value(0).toInt();
    if (recovered > 0) {
        Q_EMIT payoutsAdded({}); // several rows changed: listeners reload
    }
    return recovered;
}

} // namespace paydesk::store
