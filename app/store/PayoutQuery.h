#pragma once

#include "payout/PayoutState.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace paydesk::store {

// The orders a payout listing can take. Each is one indexed column of the store (ties broken by
// id), so the first page of any order is read from an index, not sorted from the whole table.
enum class PayoutSort
{
    Id, // the order in which payouts were queued: creation order, as the store recorded it
    // By the recorded creation time: the same as Id unless clocks went back. The order a date
    // range is read in from its index (see the History model).
    Created,
    CreatedBy,
    State,
    CregisStatus,
    Cid,
    Coin,
    Amount,
};

// Where the previous page ended: its last row's sort key and id.
struct PageCursor
{
    QVariant key;
    qint64 id = 0;
};

// Which payouts to read, in which order, one page at a time (keyset paging: `after` is where the
// previous page ended). Every condition is evaluated by the database, never over loaded rows.
struct PayoutQuery
{
    QList<payout::PayoutState> states; // empty = every state (always of the store's own profile)
    std::optional<PageCursor> after;
    int limit = 200; // 0 = every matching row
    QList<int> cregisStatuses; // empty = any; Cregis's status numbers
    QString currency; // exact `chain_id@token_id`; empty = any
    QString amount; // the exact canonical amount text ("1.5"); empty = any
    std::optional<qint64> createdFromMs; // created at or after
    std::optional<qint64> createdUntilMs; // created before
    QString createdBy; // exact name; empty = anyone
    // A substring of the recipient or sending address, remark, third_party_id, cid or txid, in
    // any letter case. Empty = no text condition.
    QString text;
    QList<qint64> ids; // empty = any; else only these payouts (does a changed payout still match?)
    PayoutSort sort = PayoutSort::Id;
    bool descending = true;

    // Every payout in these states (every state when empty), newest first, in one pass.
    static PayoutQuery every(QList<payout::PayoutState> states = {})
    {
        PayoutQuery query;
        query.states = std::move(states);
        query.limit = 0;
        return query;
    }
};

} // namespace paydesk::store
