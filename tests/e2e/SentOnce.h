#pragma once

#include "store/PayoutStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

// What the concurrency suites check after several desks sent one queue.

// How often a payout may have been requested: once, or again under its own id after a crash.
enum class Requests
{
    Once,
    RetriedUnderItsId,
};

// Every payout the simulator recorded went out under one of `thirdPartyIds` and was recorded
// once (and, for Requests::Once, requested once). Empty when so, else what is wrong; fills
// `cidByThirdPartyId` with the cid Cregis gave each.
inline QString checkEachSentOnce(const QJsonArray& recorded, const QSet<QString>& thirdPartyIds,
                                 QHash<QString, QString>* cidByThirdPartyId, Requests requests = Requests::Once)
{
    for (const QJsonValue& entry : recorded) {
        const QJsonObject payout = entry.toObject();
        const QString thirdPartyId = payout.value(QLatin1String("third_party_id")).toString();
        if (!thirdPartyIds.contains(thirdPartyId)) {
            return QStringLiteral("a payout went out under an id PayDesk did not generate: ") + thirdPartyId;
        }
        if (cidByThirdPartyId->contains(thirdPartyId)) {
            return QStringLiteral("a payout was recorded twice: ") + thirdPartyId;
        }
        if (requests == Requests::Once && payout.value(QLatin1String("attempts")).toInt() != 1) {
            return QStringLiteral("a payout was requested %1 times: %2")
                .arg(payout.value(QLatin1String("attempts")).toInt())
                .arg(thirdPartyId);
        }
        cidByThirdPartyId->insert(thirdPartyId, payout.value(QLatin1String("cid")).toString());
    }
    return {};
}

// How many of the store's payouts are `submitted` with exactly the cid Cregis holds for them.
inline int submittedWithTheirCid(paydesk::store::PayoutStore& store, const QHash<QString, QString>& cidByThirdPartyId)
{
    int submitted = 0;
    store.forEachPayout(paydesk::store::PayoutQuery::every(), [&](const paydesk::payout::Payout& p) {
        if (p.state == paydesk::payout::PayoutState::Submitted && p.cid
            && QString::number(*p.cid) == cidByThirdPartyId.value(p.thirdPartyId)) {
            ++submitted;
        }
        return true;
    });
    return submitted;
}
