#pragma once

#include "config/Clock.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

class HistoryModel;
class ReconcileFlow;
class StatusRefresher;

// The "History" task: every payout of the profile, newest first, with a search over the rows
// loaded so far and the selected payout's idempotency key and last error underneath. PayDesk's
// own state and Cregis's status are separate columns; the statuses are refreshed on a timer and
// on request.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(desk::Desk& desk, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    StatusRefresher* statusRefresher() const { return m_refresher; }

private:
    void applySearch();
    void showSelectedDetail();
    void updateRefreshButton();
    void handleRefreshStarted();
    void handleRefreshFinished(int updated, int failed);
    void updateReconcileButton();
    void reconcileSelected();

    const config::Clock& m_clock;
    HistoryModel* m_model;
    bool m_showsNoKeyNotice = false;
    StatusRefresher* m_refresher;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_searchEdit;
    QTimer* m_searchDelay;
    QTableView* m_view;
    QLabel* m_detailLabel;
    QPushButton* m_refreshButton;
    QPushButton* m_reconcileButton;
    ReconcileFlow* m_reconcile;
    QAction* m_refreshAction = nullptr;
    QLabel* m_refreshStatusLabel;
};

} // namespace paydesk::ui
