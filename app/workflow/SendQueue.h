#pragma once

#include "store/PayoutStore.h"

#include <QList>

namespace paydesk::workflow {

// What "send everything approved" sends, for both front ends: every approved payout and every
// unanswered one (resent under its own third_party_id), oldest first, after claims abandoned by a
// crashed process were turned into `unknown`. Whether each may go out now is decided per payout
// at the moment of sending (PayoutSubmitter asks the approval policy).
QList<qint64> sendablePayoutIds(store::PayoutStore& store, const QString& actor);

} // namespace paydesk::workflow
