#include "HistoryModel.h"

#include "ui/widgets/PayoutCells.h"

#include "store/PayoutQuerySql.h"

#include "words/StatusWords.h"

#include <QDateTime>
#include <QFontDatabase>

#include <algorithm>

namespace paydesk::ui {

namespace {

// Wide enough for any amount the parser accepts (36 significant digits), so text order is
// numeric order.
constexpr int sortedAmountWidth = 40;

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

QString errorText(const payout::Payout& payout)
{
    if (payout.errorCode.isEmpty() && payout.errorMessage.isEmpty()) {
        return QString();
    }
    if (payout.errorMessage.isEmpty()) {
        return payout.errorCode;
    }
    return payout.errorCode.isEmpty() ? payout.errorMessage
                                      : QStringLiteral("%1 — %2").arg(payout.errorCode, payout.errorMessage);
}

bool descendingId(const payout::Payout& payout, qint64 id)
{
    return payout.id > id;
}

} // namespace

HistoryModel::HistoryModel(store::PayoutStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_monoFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    connect(&m_store, &store::PayoutStore::payoutAdded, this, &HistoryModel::handleAdded);
    connect(&m_store, &store::PayoutStore::payoutChanged, this, &HistoryModel::handleChanged);
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
        if (index.column() == StateColumn && !errorText(payout).isEmpty()) {
            return errorText(payout);
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
    case RawSortRole:
        return sortData(payout, index.column());
    case StateRole:
        return static_cast<int>(payout.state);
    case ThirdPartyIdRole:
        return payout.thirdPartyId;
    case ErrorRole:
        return errorText(payout);
    case UnansweredSinceRole: {
        const bool unanswered
            = payout.state == payout::PayoutState::Unknown || payout.state == payout::PayoutState::NeedsReconciliation;
        const std::optional<qint64> since = payout.unansweredSinceMs();
        return unanswered && since ? QVariant(qint64(*since)) : QVariant();
    }
    case SearchTextRole:
        return QStringList{payout.cid ? QString::number(*payout.cid) : QString(), payout.fields.toAddress,
                           payout.fields.fromAddress, payout.fields.remark, payout.thirdPartyId}
            .join(u'\n');
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

QVariant HistoryModel::sortData(const payout::Payout& payout, int column) const
{
    switch (static_cast<Column>(column)) {
    case IdColumn:
        return payout.id;
    case CreatedColumn:
        return payout.createdAtMs;
    case StateColumn:
        return toStorageName(payout.state);
    case CregisStatusColumn:
        return payout.cregisStatus ? *payout.cregisStatus : -1;
    case CidColumn:
        return payout.cid ? QVariant(qlonglong(*payout.cid)) : QVariant(qlonglong(-1));
    case AmountColumn:
        return QStringLiteral("%1").arg(payout.fields.amount.baseUnitsText(), sortedAmountWidth, QLatin1Char('0'));
    case CreatedByColumn:
    case CoinColumn:
    case ToAddressColumn:
    case RemarkColumn:
        return displayData(payout, column);
    case ColumnCount:
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
    return !parent.isValid() && !m_exhausted;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted) {
        return;
    }
    store::PayoutQuery query;
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
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void HistoryModel::handleAdded(qint64 id)
{
    if (rowOf(id) >= 0) {
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
    const qsizetype position = insertPosition(id);
    return position < m_rows.size() && m_rows.at(position).id == id ? position : -1;
}

} // namespace paydesk::ui
