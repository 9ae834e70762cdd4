#pragma once

// What PayoutStore's two source files share: one state change of a row, and state names.

#include "PayoutStore.h"

#include <QVariant>

namespace paydesk::store {

// One state change of one row, with its audit event: from one of `from` to `to`, setting
// `columns`, if `condition` also holds.
struct PayoutStore::Change
{
    Change(qint64 payoutId, QSet<payout::PayoutState> fromStates, payout::PayoutState toState, QString eventName,
           QString eventDetail, QString actorName)
        : id(payoutId)
        , from(std::move(fromStates))
        , to(toState)
        , event(std::move(eventName))
        , detail(std::move(eventDetail))
        , actor(std::move(actorName))
    { }

    qint64 id = 0;
    QSet<payout::PayoutState> from;
    payout::PayoutState to = payout::PayoutState::PendingApproval;
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

inline QString stateName(payout::PayoutState state)
{
    return payout::toStorageName(state);
}

} // namespace paydesk::store
