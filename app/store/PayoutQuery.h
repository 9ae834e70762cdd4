#pragma once

#include "payout/PayoutState.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::store {

// Which payouts to read, newest first, one page at a time.
struct PayoutQuery
{
    QList<payout::PayoutState> states; // empty = every state (always of the store's own profile)
    std::optional<qint64> beforeId; // keyset paging: rows with a smaller id than this
    int limit = 200;
};

} // namespace paydesk::store
