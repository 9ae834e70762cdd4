#pragma once

#include "money/AssetCatalogue.h"
#include "store/PayoutQuery.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace paydesk::ui {

// The History page's filter controls: the search box (debounced), local state, Cregis status,
// currency, creator and a creation date range. Emits the filter as a store query; the store
// evaluates it, so every control works on every payout, loaded or not.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    // A search shorter than this would scan every row instead of using the search index.
    static constexpr int shortestSearch = 3;

    explicit HistoryFilterBar(QWidget* parent = nullptr);

    // The currencies offered in the currency filter.
    void setCatalogue(const money::AssetCatalogue& catalogue);
    store::PayoutQuery filter() const;
    QLineEdit* searchEdit() const { return m_search; }

Q_SIGNALS:
    void filterChanged();

private:
    void emitIfChanged();

    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QLabel* m_searchHint;
    QComboBox* m_state;
    QComboBox* m_cregisStatus;
    QComboBox* m_currency;
    QLineEdit* m_creator;
    QDateEdit* m_from;
    QDateEdit* m_until;
    store::PayoutQuery m_emitted;
};

} // namespace paydesk::ui
