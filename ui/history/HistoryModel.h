#pragma once

#include "payout/Payout.h"
#include "store/PayoutStore.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

namespace paydesk::ui {

// The payout history, newest first, read from the store one page at a time (keyset paging on
// the id), so a desk with a million payouts costs no more than the rows a person scrolls past.
// Rows follow the store's signals: a new payout appears at the top, a changed one is reloaded
// in place.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CreatedColumn,
        CreatedByColumn,
        StateColumn,
        CregisStatusColumn,
        CidColumn,
        CoinColumn,
        ToAddressColumn,
        AmountColumn,
        RemarkColumn,
        ColumnCount
    };

    enum Role
    {
        PayoutIdRole = Qt::UserRole, // qint64: the store's id of the row's payout, in every column
        CidRole, // qlonglong: Cregis's cid; an invalid QVariant until Cregis has assigned one
        RawSortRole, // the cell's exact sort key: qint64 for ids and times, zero-padded base units
                     // for amounts, the Cregis status number, plain text otherwise
        StateRole, // int: the payout::PayoutState, for filters that must not parse words
        ThirdPartyIdRole, // QString: the idempotency key sent to Cregis
        ErrorRole, // QString: Cregis's (or the transport's) code and message; empty when none
        SearchTextRole, // QString: cid, addresses, remark and third_party_id, for the search box
        UnansweredSinceRole, // qint64 ms since the epoch: since when an unanswered payout may have been at
                             // Cregis unknown to PayDesk; an invalid QVariant for every other payout
    };

    static constexpr int pageSize = 200;

    // The store's own profile's payouts: a store sees no other.
    explicit HistoryModel(store::PayoutStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void handleAdded(qint64 id);
    void handleChanged(qint64 id);
    // Rows are ordered by descending id, so a row is found by binary search.
    qsizetype rowOf(qint64 id) const;
    qsizetype insertPosition(qint64 id) const;
    QVariant displayData(const payout::Payout& payout, int column) const;
    QVariant sortData(const payout::Payout& payout, int column) const;

    store::PayoutStore& m_store;
    QList<payout::Payout> m_rows;
    bool m_exhausted = false;
    QFont m_monoFont;
};

} // namespace paydesk::ui
