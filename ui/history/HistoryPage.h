#pragma once

#include "config/Clock.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTableView;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

class ExportFlow;
class HistoryFilterBar;
class HistoryModel;
class PayoutDetailPane;
class ReconcileFlow;
class StatusRefresher;

// The "History" task: every payout of the profile, filtered, searched and sorted by the store (so
// a million payouts cost what one page costs), with the selected payout's whole record below.
// PayDesk's own state and Cregis's status are separate columns; the statuses are refreshed on a
// timer and on request. Which columns show, their order and widths are kept between sessions.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(desk::Desk& desk, QWidget* parent = nullptr);
    ~HistoryPage() override;

    HistoryModel* model() const { return m_model; }
    StatusRefresher* statusRefresher() const { return m_refresher; }
    QTableView* view() const { return m_view; }

private:
    void setUpView();
    void restoreHeader();
    void saveHeader() const;
    void showColumnMenu(const QPoint& globalPosition);
    void applyFilter();
    void chooseImportFile();
    void showSelectedDetail();
    void updateRefreshButton();
    void handleRefreshStarted();
    void handleRefreshFinished(int updated, int failed);
    void updateReconcileButton();
    void reconcileSelected();
    qint64 selectedId() const;

    desk::Desk& m_desk;
    const config::Clock& m_clock;
    HistoryModel* m_model;
    bool m_showsNoKeyNotice = false;
    StatusRefresher* m_refresher;
    HistoryFilterBar* m_filterBar;
    QTableView* m_view;
    PayoutDetailPane* m_detail;
    QPushButton* m_refreshButton;
    QPushButton* m_reconcileButton;
    QPushButton* m_exportButton;
    QPushButton* m_importButton;
    QPushButton* m_columnsButton;
    ReconcileFlow* m_reconcile;
    ExportFlow* m_export;
    QAction* m_refreshAction = nullptr;
    QLabel* m_countLabel;
    QLabel* m_refreshStatusLabel;
};

} // namespace paydesk::ui
