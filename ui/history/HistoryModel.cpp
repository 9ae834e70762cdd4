#include "HistoryModel.h"

#include "ui/widgets/PayoutCells.h"

#include "store/PayoutQuerySql.h"

#include "words/StatusWords.h"

#include <QDateTime>
#include <QFontDatabase>

#include <algorithm>

namespace paydesk::ui {

namespace {

std::optional<PayoutCell> sharedCell(int column)
{
    switch (static_cast<HistoryModel::Column>(column)) {
    case HistoryModel::IdColumn:
        return PayoutCell::Id;
    case HistoryModel::CreatedColumn:
        return PayoutCell::Created;
    case HistoryModel::CreatedByColumn:
        return PayoutCell::CreatedBy;
    case HistoryModel::StateColumn:
        return PayoutCell::State;
    case HistoryModel::CoinColumn:
        return PayoutCell::Coin;
    case HistoryModel::ToAddressColumn:
        return PayoutCell::ToAddress;
    case HistoryModel::AmountColumn:
        return PayoutCell::Amount;
    case HistoryModel::RemarkColumn:
        return PayoutCell::Remark;
    case HistoryModel::CregisStatusColumn:
    case HistoryModel::CidColumn:
    case HistoryModel::ColumnCount:
        break;
    }
    return std::nullopt;
}

bool descendingId(const payout::Payout& payout, qint64 id)
{
    return payout.id > id;
}

std::optional<store::PayoutSort> columnSort(int column)
{
    switch (static_cast<HistoryModel::Column>(column)) {
    case HistoryModel::IdColumn:
    case HistoryModel::CreatedColumn:
        return store::PayoutSort::Id;
    case HistoryModel::CreatedByColumn:
        return store::PayoutSort::CreatedBy;
    case HistoryModel::StateColumn:
        return store::PayoutSort::State;
    case HistoryModel::CregisStatusColumn:
        return store::PayoutSort::CregisStatus;
    case HistoryModel::CidColumn:
        return store::PayoutSort::Cid;
    case HistoryModel::CoinColumn:
        return store::PayoutSort::Coin;
    case HistoryModel::AmountColumn:
        return store::PayoutSort::Amount;
    case HistoryModel::ToAddressColumn:
    case HistoryModel::RemarkColumn:
    case HistoryModel::ColumnCount:
        break;
    }
    return std::nullopt;
}

} // namespace

HistoryModel::HistoryModel(store::PayoutStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_monoFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    connect(&m_store, &store::PayoutStore::payoutAdded, this, &HistoryModel::handleAdded);
    connect(&m_store, &store::PayoutStore::payoutChanged, this, &HistoryModel::handleChanged);
    // A whole imported run at once: one reload from the first page, not a query per payout.
    connect(&m_store, &store::PayoutStore::payoutsAdded, this, &HistoryModel::reload);
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const payout::Payout& payout = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(payout, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !PayoutCells::errorText(payout).isEmpty()) {
            return PayoutCells::errorText(payout);
        }
        if (index.column() == ToAddressColumn) {
            return payout.fields.toAddress;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case CidColumn:
        case AmountColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::FontRole:
        if (index.column() == ToAddressColumn || index.column() == CidColumn) {
            return m_monoFont;
        }
        return {};
    case PayoutIdRole:
        return payout.id;
    case CidRole:
        return payout.cid ? QVariant(qlonglong(*payout.cid)) : QVariant();
    case StateRole:
        return static_cast<int>(payout.state);
    case ThirdPartyIdRole:
        return payout.thirdPartyId;
    case ErrorRole:
        return PayoutCells::errorText(payout);
    case UnansweredSinceRole: {
        const bool unanswered
            = payout.state == payout::PayoutState::Unknown || payout.state == payout::PayoutState::NeedsReconciliation;
        const std::optional<qint64> since = payout.unansweredSinceMs();
        return unanswered && since ? QVariant(qint64(*since)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant HistoryModel::displayData(const payout::Payout& payout, int column) const
{
    if (const std::optional<PayoutCell> cell = sharedCell(column)) {
        return PayoutCells::text(payout, *cell);
    }
    switch (static_cast<Column>(column)) {
    case CregisStatusColumn:
        return words::StatusWords::cregisStatus(payout.cregisStatus);
    case CidColumn:
        // Text, never a number: a cid above 2^53 must not pass through a double on its way out.
        return payout.cid ? QString::number(*payout.cid) : QString();
    default:
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (const std::optional<PayoutCell> cell = sharedCell(section)) {
        return PayoutCells::header(*cell);
    }
    switch (static_cast<Column>(section)) {
    case CregisStatusColumn:
        return tr("Cregis status");
    case CidColumn:
        return QStringLiteral("cid");
    default:
        break;
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    store::PayoutQuery query = currentQuery();
    query.limit = pageSize;
    if (!m_rows.isEmpty()) {
        query.after = store::PayoutQuerySql::cursorAfter(m_rows.constLast(), query.sort);
    }
    const QList<payout::Payout> page = m_store.payouts(query);
    // A short page is the last one; a failed read also stops paging rather than retrying in a loop.
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    // Listeners of the insertion may ask for the next page; it can only follow this one.
    m_changing = true;
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
    m_changing = false;
}

bool HistoryModel::isSortable(int column)
{
    return columnSort(column).has_value();
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder)) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void HistoryModel::setFilter(const store::PayoutQuery& filter)
{
    m_filter = filter;
    reload();
}

store::PayoutSort HistoryModel::storeSort() const
{
    const store::PayoutSort sort = columnSort(m_sortColumn).value_or(store::PayoutSort::Id);
    // A date range is read from the creation-time index in its own order, which is the id order
    // unless a clock went back; a search is read from the search index in id order.
    const bool dateRange = m_filter.createdFromMs || m_filter.createdUntilMs;
    if (sort == store::PayoutSort::Id && dateRange && m_filter.text.trimmed().isEmpty()) {
        return store::PayoutSort::Created;
    }
    return sort;
}

store::PayoutQuery HistoryModel::currentQuery() const
{
    store::PayoutQuery query = m_filter;
    query.after.reset();
    query.limit = 0;
    query.sort = storeSort();
    query.descending = m_sortOrder == Qt::DescendingOrder;
    return query;
}

void HistoryModel::reload()
{
    // The first page is read inside the reset: views (and the model tester) ask for rows as soon
    // as it ends.
    store::PayoutQuery query = currentQuery();
    query.limit = pageSize;
    beginResetModel();
    m_rows = m_store.payouts(query);
    m_exhausted = m_rows.size() < pageSize;
    // Whoever hears of the reset may ask for more rows at once; a change inside the reset's own
    // notification would be a change nobody has been told is coming.
    m_changing = true;
    endResetModel();
    m_changing = false;
}

bool HistoryModel::matches(qint64 id) const
{
    store::PayoutQuery query = m_filter;
    query.ids = {id};
    query.limit = 1;
    return !m_store.payouts(query).isEmpty();
}

void HistoryModel::handleAdded(qint64 id)
{
    if (rowOf(id) >= 0) {
        return;
    }
    // Only a newest-first list has a place for it that is known without asking the store; in
    // any other order it appears where it belongs at the next reload.
    if (storeSort() != store::PayoutSort::Id || m_sortOrder != Qt::DescendingOrder || !matches(id)) {
        return;
    }
    // Older than every loaded row while more pages remain: the next fetchMore() brings it.
    if (!m_exhausted && !m_rows.isEmpty() && id < m_rows.constLast().id) {
        return;
    }
    const std::optional<payout::Payout> payout = m_store.payout(id);
    if (!payout) {
        return;
    }
    const int row = static_cast<int>(insertPosition(id));
    beginInsertRows(QModelIndex(), row, row);
    m_rows.insert(row, *payout);
    endInsertRows();
}

void HistoryModel::handleChanged(qint64 id)
{
    const qsizetype row = rowOf(id);
    if (row < 0) {
        return;
    }
    const std::optional<payout::Payout> payout = m_store.payout(id);
    if (!payout) {
        return;
    }
    m_rows[row] = *payout;
    Q_EMIT dataChanged(index(static_cast<int>(row), 0), index(static_cast<int>(row), ColumnCount - 1));
}

qsizetype HistoryModel::insertPosition(qint64 id) const
{
    return std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, descendingId) - m_rows.cbegin();
}

qsizetype HistoryModel::rowOf(qint64 id) const
{
    if (storeSort() == store::PayoutSort::Id && m_sortOrder == Qt::DescendingOrder) {
        const qsizetype position = insertPosition(id);
        return position < m_rows.size() && m_rows.at(position).id == id ? position : -1;
    }
    // In another order the loaded rows (a few pages) are searched one by one.
    const auto found
        = std::find_if(m_rows.cbegin(), m_rows.cend(), [id](const payout::Payout& p) { return p.id == id; });
    return found == m_rows.cend() ? -1 : found - m_rows.cbegin();
}

} // namespace paydesk::ui
