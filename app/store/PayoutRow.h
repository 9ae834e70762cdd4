#pragma once

#include "payout/Payout.h"

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <utility>

#include <array>

class QSqlQuery;

namespace paydesk::store {

// The payouts table's columns as the store reads them, by name: a query's result is matched to
// the columns once, so no code depends on their order.
class PayoutRow
{
public:
    enum Column
    {
        Id,
        Profile,
        ProjectPid,
        Gateway,
        ThirdPartyId,
        WalletId,
        Currency,
        Coin,
        FromAddress,
        ToAddress,
        Amount,
        Decimals,
        Memo,
        Remark,
        CallbackUrl,
        ContentHash,
        State,
        CregisStatus,
        Cid,
        Txid,
        BlockHeight,
        BlockTime,
        ErrorCode,
        ErrorMessage,
        Attempts,
        CreatedBy,
        CreatedAt,
        ApprovedBy,
        SubmittedAt,
        UpdatedAt,
        ClaimOwner,
        ClaimedAt,
        FirstSentAt,
        ReconcileCheckedAt,
        ColumnCount
    };

    static QString columnName(Column column);
    // "SELECT <every column> FROM payouts".
    static QString selectSql();
    // "SELECT payouts.<every column>", for a FROM clause that joins other tables.
    static QString selectColumns();
    // A payout's fields as the columns that hold them (wallet id to callback URL, the amount's
    // base units, decimals and sort key included): one list for every write that sets them.
    static QList<std::pair<QString, QVariant>> fieldColumns(const payout::PayoutFields& fields);

    explicit PayoutRow(const QSqlRecord& record);
    payout::Payout read(const QSqlQuery& query) const;
    // The same from a row a team database's step returned.
    payout::Payout read(const QSqlRecord& record) const;

private:
    template <typename Source>
    static payout::Payout readFrom(const Source& source, const std::array<int, ColumnCount>& index);

    std::array<int, ColumnCount> m_index{};
};

} // namespace paydesk::store
