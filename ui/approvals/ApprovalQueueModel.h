#pragma once

#include "payout/Payout.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// The approval queue: the profile's payouts that are pending approval or approved and not yet
// sent, oldest first, each with how many of the approvals it needs it has. Rows follow the
// store's signals: a queued payout appears, a changed one is reloaded in place, and one that
// leaves the queue (sent, rejected, cancelled) disappears.
class ApprovalQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        CreatedColumn,
        CreatedByColumn,
        StateColumn,
        ApprovalsColumn,
        CoinColumn,
        AmountColumn,
        ToAddressColumn,
        RemarkColumn,
        ColumnCount
    };

    enum Role
    {
        PayoutIdRole = Qt::UserRole, // qint64: the store's id of the row's payout, in every column
        IsOwnRole, // bool: the acting person created it, so they can cancel it but never approve it
        StateRole, // int: the payout::PayoutState, for code that must not parse words
        ValidApprovalsRole, // int: approvals that still count (same content, not expired)
        RequiredApprovalsRole, // int: how many the policy asks for this payout
    };

    explicit ApprovalQueueModel(desk::Desk& desk, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The payout behind `row`, as last read from the store.
    const payout::Payout& payoutAt(int row) const { return m_rows.at(row).payout; }
    const QStringList& approversAt(int row) const { return m_rows.at(row).approvers; }
    int rowOf(qint64 id) const;

    // Pending payouts someone else created: the ones the acting person could approve.
    int waitingForActor() const;

    // The queue is other people's payouts; one's own are listed only on request (to cancel them).
    void setShowOwn(bool show);
    bool showsOwn() const { return m_showOwn; }

    // Reads the whole queue again, e.g. after the approval policy changed.
    void reload();

Q_SIGNALS:
    void waitingForActorChanged(int count);

private:
    struct Row
    {
        payout::Payout payout;
        int validApprovals = 0;
        int requiredApprovals = 1;
        QStringList approvers;
    };

    void handleChanged(qint64 id);
    Row rowFor(const payout::Payout& payout) const;
    bool belongs(const payout::Payout& payout) const;
    bool isOwn(const payout::Payout& payout) const;
    int insertPosition(qint64 id) const;
    QVariant displayData(const Row& row, int column) const;
    void announceWaitingCount();

    desk::Desk& m_desk;
    QList<Row> m_rows;
    bool m_showOwn = false;
    QFont m_monoFont;
    int m_announcedWaiting = -1;
};

} // namespace paydesk::ui
