#pragma once

#include "payout/Payout.h"
#include "store/PayoutStore.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

namespace paydesk::ui {

// The payout history, read from the store one page at a time (keyset paging), so a desk with a
// million payouts costs no more than the rows a person scrolls past. The filter and the sort are
// the store's (SQL on indexed columns), never applied to the loaded rows: a search finds a payout
// that was never loaded. Rows follow the store's signals: a new payout that matches appears at
// the top of a newest-first list, a changed one is reloaded in place.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // In the order shown by default: what a person checks first (when, what, how much, to whom)
    // fits at 1100 px; the rest follows.
    enum Column
    {
        IdColumn,
        CreatedColumn,
        CoinColumn,
        AmountColumn,
        ToAddressColumn,
        StateColumn,
        CregisStatusColumn,
        CidColumn,
        CreatedByColumn,
        RemarkColumn,
        ColumnCount
    };

    enum Role
    {
        PayoutIdRole = Qt::UserRole, // qint64: the store's id of the row's payout, in every column
        CidRole, // qlonglong: Cregis's cid; an invalid QVariant until Cregis has assigned one
        StateRole, // int: the payout::PayoutState, for code that must not parse words
        ThirdPartyIdRole, // QString: the idempotency key sent to Cregis
        ErrorRole, // QString: Cregis's (or the transport's) code and message; empty when none
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
    // Orders by a column the store can sort on (every column but the address and the remark);
    // another column leaves the order as it is.
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

    // Which payouts to show: the filter fields of `filter` (its sort, paging and limit are the
    // model's). Reloads from the first page.
    void setFilter(const store::PayoutQuery& filter);
    const store::PayoutQuery& filter() const { return m_filter; }
    // The filter and the sort as one query for every matching row: what an export writes.
    store::PayoutQuery currentQuery() const;
    // How many payouts match the filter, loaded or not.
    int matchingCount() const { return m_store.countPayouts(m_filter); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    void reload();
    store::PayoutSort storeSort() const;
    bool matches(qint64 id) const;
    void handleAdded(qint64 id);
    void handleChanged(qint64 id);
    // Rows are ordered by descending id, so a row is found by binary search.
    qsizetype rowOf(qint64 id) const;
    qsizetype insertPosition(qint64 id) const;
    QVariant displayData(const payout::Payout& payout, int column) const;

    store::PayoutStore& m_store;
    store::PayoutQuery m_filter;
    int m_sortColumn = IdColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<payout::Payout> m_rows;
    bool m_exhausted = false;
    bool m_changing = false; // inside a reset or an insertion: no nested fetchMore()
    QFont m_monoFont;
};

} // namespace paydesk::ui
