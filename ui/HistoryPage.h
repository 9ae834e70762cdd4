#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace paydesk::store {
class PayoutStore;
}

namespace paydesk::ui {

class HistoryModel;

// The "History" task: every payout of the profile, newest first, with a search over the rows
// loaded so far and the selected payout's idempotency key and last error underneath.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    HistoryPage(store::PayoutStore& store, const QString& profile, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }

private:
    void applySearch();
    void showSelectedDetail();

    HistoryModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_searchEdit;
    QTimer* m_searchDelay;
    QTableView* m_view;
    QLabel* m_detailLabel;
};

} // namespace paydesk::ui
