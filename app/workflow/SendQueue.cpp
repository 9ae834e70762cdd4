#include "SendQueue.h"

#include <algorithm>

namespace paydesk::workflow {

using payout::PayoutState;

QList<qint64> sendablePayoutIds(store::PayoutStore& store, const QString& actor)
{
    store.recoverAbandonedClaims(actor);
    QList<qint64> ids;
    store.forEachPayout(store::PayoutQuery::every({PayoutState::Approved, PayoutState::Unknown}),
                        [&ids](const payout::Payout& p) {
                            ids.append(p.id);
                            return true;
                        });
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace paydesk::workflow
