#include "ApprovalQueueModel.h"

#include "ui/widgets/PayoutCells.h"

#include "words/StatusWords.h"

#include "desk/Desk.h"

#include <QFontDatabase>

#include <algorithm>

namespace paydesk::ui {

using payout::PayoutState;

namespace {

std::optional<PayoutCell> sharedCell(int column)
{
    switch (static_cast<ApprovalQueueModel::Column>(column)) {
    case ApprovalQueueModel::IdColumn:
        return PayoutCell::Id;
    case ApprovalQueueModel::CreatedColumn:
        return PayoutCell::Created;
    case ApprovalQueueModel::CreatedByColumn:
        return PayoutCell::CreatedBy;
    case ApprovalQueueModel::StateColumn:
        return PayoutCell::State;
    case ApprovalQueueModel::CoinColumn:
        return PayoutCell::Coin;
    case ApprovalQueueModel::AmountColumn:
        return PayoutCell::Amount;
    case ApprovalQueueModel::ToAddressColumn:
        return PayoutCell::ToAddress;
    case ApprovalQueueModel::RemarkColumn:
        return PayoutCell::Remark;
    case ApprovalQueueModel::ApprovalsColumn:
    case ApprovalQueueModel::ColumnCount:
        break;
    }
    return std::nullopt;
}

} // namespace

ApprovalQueueModel::ApprovalQueueModel(desk::Desk& desk, QObject* parent)
    : QAbstractTableModel(parent)
    , m_desk(desk)
    , m_monoFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    // A new payout and a state change both arrive as "this id changed": either way the row is
    // read again and put in, updated or taken out.
    connect(m_desk.store(), &store::PayoutStore::payoutAdded, this, &ApprovalQueueModel::handleChanged);
    connect(m_desk.store(), &store::PayoutStore::payoutChanged, this, &ApprovalQueueModel::handleChanged);
    // A whole imported run at once: one reload, not a query per payout.
    connect(m_desk.store(), &store::PayoutStore::payoutsAdded, this, &ApprovalQueueModel::reload);
    // "1 of 2" depends on the policy: recount when it changes.
    connect(&m_desk, &desk::Desk::policyChanged, this, &ApprovalQueueModel::reload);
    // Whose payouts are one's own depends on who acts (the demo can switch person).
    connect(&m_desk, &desk::Desk::personChanged, this, &ApprovalQueueModel::reload);
    reload();
}

void ApprovalQueueModel::reload()
{
    store::PayoutQuery query;
    query.states = {PayoutState::PendingApproval, PayoutState::Approved};
    // The queue is work in progress, not history: it stays short, so it is read whole.
    query.limit = 0;
    QList<payout::Payout> payouts = m_desk.store()->payouts(query);
    std::sort(payouts.begin(), payouts.end(),
              [](const payout::Payout& a, const payout::Payout& b) { return a.id < b.id; });
    beginResetModel();
    m_rows.clear();
    for (const payout::Payout& payout : std::as_const(payouts)) {
        if (belongs(payout)) {
            m_rows.append(rowFor(payout));
        }
    }
    endResetModel();
    announceWaitingCount();
}

ApprovalQueueModel::Row ApprovalQueueModel::rowFor(const payout::Payout& payout) const
{
    Row row;
    row.payout = payout;
    if (workflow::ApprovalService* approvals = m_desk.approvals()) {
        row.requiredApprovals = approvals->requirementFor(payout.fields).required;
        row.approvers = approvals->approvers(payout);
        row.validApprovals = static_cast<int>(row.approvers.size());
    }
    return row;
}

bool ApprovalQueueModel::belongs(const payout::Payout& payout) const
{
    return payout.profile == m_desk.profile().name
        && (payout.state == PayoutState::PendingApproval || payout.state == PayoutState::Approved)
        && (m_showOwn || !isOwn(payout));
}

void ApprovalQueueModel::setShowOwn(bool show)
{
    if (show != m_showOwn) {
        m_showOwn = show;
        reload();
    }
}

bool ApprovalQueueModel::isOwn(const payout::Payout& payout) const
{
    return payout.createdBy == m_desk.actor();
}

int ApprovalQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (isOwn(row.payout)) {
            return tr("You created this payout: someone other than you must approve it. You can cancel it.");
        }
        if (index.column() == ToAddressColumn) {
            return row.payout.fields.toAddress;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case AmountColumn:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        }
    case Qt::FontRole:
        if (index.column() == ToAddressColumn) {
            return m_monoFont;
        }
        return {};
    case PayoutIdRole:
        return row.payout.id;
    case IsOwnRole:
        return isOwn(row.payout);
    case StateRole:
        return static_cast<int>(row.payout.state);
    case ValidApprovalsRole:
        return row.validApprovals;
    case RequiredApprovalsRole:
        return row.requiredApprovals;
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::displayData(const Row& row, int column) const
{
    const payout::Payout& payout = row.payout;
    if (column == CreatedByColumn && isOwn(payout)) {
        return tr("%1 (yours)").arg(payout.createdBy);
    }
    if (const std::optional<PayoutCell> cell = sharedCell(column)) {
        return PayoutCells::text(payout, *cell);
    }
    if (column == ApprovalsColumn) {
        return tr("%1 of %2").arg(row.validApprovals).arg(row.requiredApprovals);
    }
    return {};
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (const std::optional<PayoutCell> cell = sharedCell(section)) {
        return PayoutCells::header(*cell);
    }
    return section == ApprovalsColumn ? QVariant(tr("Approvals")) : QVariant();
}

int ApprovalQueueModel::waitingForActor() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const Row& row) {
        return row.payout.state == PayoutState::PendingApproval && !isOwn(row.payout)
            && !row.approvers.contains(m_desk.actor());
    }));
}

int ApprovalQueueModel::insertPosition(qint64 id) const
{
    const auto before = [](const Row& row, qint64 rowId) {
        return row.payout.id < rowId;
    };
    return static_cast<int>(std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, before) - m_rows.cbegin());
}

int ApprovalQueueModel::rowOf(qint64 id) const
{
    const int position = insertPosition(id);
    return position < m_rows.size() && m_rows.at(position).payout.id == id ? position : -1;
}

void ApprovalQueueModel::handleChanged(qint64 id)
{
    const std::optional<payout::Payout> payout = m_desk.store()->payout(id);
    if (!payout) {
        return; // unreadable just now: keep what is shown rather than guess
    }
    const int row = rowOf(id);
    const bool inQueue = belongs(*payout);
    if (row >= 0 && inQueue) {
        m_rows[row] = rowFor(*payout);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (inQueue) {
        const int position = insertPosition(id);
        beginInsertRows(QModelIndex(), position, position);
        m_rows.insert(position, rowFor(*payout));
        endInsertRows();
    }
    announceWaitingCount();
}

void ApprovalQueueModel::announceWaitingCount()
{
    const int waiting = waitingForActor();
    if (waiting != m_announcedWaiting) {
        m_announcedWaiting = waiting;
        Q_EMIT waitingForActorChanged(waiting);
    }
}

} // namespace paydesk::ui
