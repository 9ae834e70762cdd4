#include "HistoryPage.h"

#include "ExportFlow.h"
#include "HistoryFilterBar.h"
#include "HistoryModel.h"
#include "ImportDialog.h"
#include "PayoutDetailPane.h"
#include "ReconcileFlow.h"
#include "StatusRefresher.h"

#include "payout/PayoutState.h"
#include "ui/widgets/ButtonShortcut.h"

#include "desk/Desk.h"
#include "words/StatusWords.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// Where the column layout is kept. A layout saved for another set of columns is refused by
// QHeaderView::restoreState, so a version with other columns starts from the defaults.
const QString headerKey = QStringLiteral("history/header");

} // namespace

HistoryPage::HistoryPage(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_clock(desk.clock())
    , m_model(new HistoryModel(*desk.store(), this))
    , m_refresher(new StatusRefresher(desk, this))
    , m_filterBar(new HistoryFilterBar(this))
    , m_view(new QTableView(this))
    , m_detail(new PayoutDetailPane(desk, this))
    , m_refreshButton(new QPushButton(tr("Refresh &statuses"), this))
    , m_reconcileButton(new QPushButton(tr("Re&concile…"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_importButton(new QPushButton(tr("&Import…"), this))
    , m_columnsButton(new QPushButton(tr("Col&umns…"), this))
    , m_reconcile(new ReconcileFlow(desk, this))
    , m_export(new ExportFlow(desk, this))
    , m_countLabel(new QLabel(this))
    , m_refreshStatusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPage"));

    auto* title = new QLabel(tr("History"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    if (titleFont.pointSize() > 0) {
        titleFont.setPointSize(titleFont.pointSize() + 4);
    }
    title->setFont(titleFont);

    m_filterBar->setObjectName(QStringLiteral("historyFilterBar"));
    m_filterBar->setCatalogue(desk.catalogue());
    setUpView();

    m_refreshButton->setObjectName(QStringLiteral("refreshStatusesButton"));
    m_refreshAction = addButtonShortcut(this, m_refreshButton, QKeySequence(QKeySequence::Refresh));
    m_refreshStatusLabel->setObjectName(QStringLiteral("refreshStatusLabel"));
    m_refreshStatusLabel->setTextFormat(Qt::PlainText);
    m_refreshStatusLabel->setWordWrap(true);
    m_countLabel->setObjectName(QStringLiteral("historyCountLabel"));

    m_reconcileButton->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcileButton->setToolTip(tr("For a payout with no answer or a duplicate-id answer: find its cid in "
                                     "the trade history, or enter it, verified with Cregis."));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the payouts shown, in this order, to a CSV file or an Excel workbook."));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    // The header's right-click menu, from the keyboard too.
    m_columnsButton->setObjectName(QStringLiteral("historyColumnsButton"));
    m_columnsButton->setToolTip(tr("Choose the columns shown (also by right-clicking the column headers)."));
    m_importButton->setToolTip(tr("Queue a whole payout run from a CSV file, after a preview."));

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_countLabel, 1);
    buttonRow->addWidget(m_refreshButton);
    buttonRow->addWidget(m_reconcileButton);
    buttonRow->addWidget(m_exportButton);
    buttonRow->addWidget(m_importButton);
    buttonRow->addWidget(m_columnsButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // Room for the detail pane's first rows from the start; the person drags the handle for more.
    m_detail->setMinimumHeight(QFontMetrics(font()).height() * 9);
    splitter->setSizes({QFontMetrics(font()).height() * 24, QFontMetrics(font()).height() * 12});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_filterBar);
    layout->addLayout(buttonRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_refreshStatusLabel);

    QWidget::setTabOrder(m_filterBar, m_refreshButton);
    QWidget::setTabOrder(m_refreshButton, m_reconcileButton);
    QWidget::setTabOrder(m_reconcileButton, m_exportButton);
    QWidget::setTabOrder(m_exportButton, m_importButton);
    QWidget::setTabOrder(m_importButton, m_columnsButton);
    QWidget::setTabOrder(m_columnsButton, m_view);
    QWidget::setTabOrder(m_view, m_detail);

    connect(m_filterBar, &HistoryFilterBar::filterChanged, this, &HistoryPage::applyFilter);
    connect(&desk, &desk::Desk::catalogueChanged, this, [this] { m_filterBar->setCatalogue(m_desk.catalogue()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showSelectedDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::showSelectedDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::showSelectedDetail);
    connect(m_refreshButton, &QPushButton::clicked, m_refresher, &StatusRefresher::refreshNow);
    connect(m_refresher, &StatusRefresher::availabilityChanged, this, &HistoryPage::updateRefreshButton);
    connect(m_refresher, &StatusRefresher::refreshStarted, this, &HistoryPage::handleRefreshStarted);
    connect(m_refresher, &StatusRefresher::refreshFinished, this, &HistoryPage::handleRefreshFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::updateReconcileButton);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateReconcileButton);
    connect(m_reconcileButton, &QPushButton::clicked, this, &HistoryPage::reconcileSelected);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { m_export->start(m_model->currentQuery()); });
    connect(m_export, &ExportFlow::finished, m_refreshStatusLabel,
            [this](bool, const QString& message) { m_refreshStatusLabel->setText(message); });
    connect(m_importButton, &QPushButton::clicked, this, &HistoryPage::chooseImportFile);
    connect(m_columnsButton, &QPushButton::clicked, this,
            [this] { showColumnMenu(m_columnsButton->mapToGlobal(QPoint(0, m_columnsButton->height()))); });
    connect(m_reconcile, &ReconcileFlow::finished, this, [this](bool, const QString& message) {
        m_refreshStatusLabel->setText(message);
        updateReconcileButton();
    });
    updateRefreshButton();
    updateReconcileButton();

    // The view asks for more pages as it scrolls; the first one is loaded now so the page is
    // never empty while rows exist.
    if (m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
    }
    applyFilter();
}

HistoryPage::~HistoryPage()
{
    saveHeader();
}

void HistoryPage::setUpView()
{
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Payout history"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click a column to sort by it; right-click to choose the columns."));
    // Widths from the font, for typical content; the person can drag them wider.
    const QFontMetrics text(m_view->font());
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 24; // room for the sort arrow
    const QList<std::pair<int, int>> widths{
        {HistoryModel::IdColumn, text.horizontalAdvance(QStringLiteral("0000000")) + padding},
        {HistoryModel::CreatedColumn, text.horizontalAdvance(QStringLiteral("2024-01-01 00:00:00")) + padding},
        {HistoryModel::CoinColumn, text.horizontalAdvance(QLatin1String("USDT-TRC20")) + padding},
        {HistoryModel::AmountColumn, text.horizontalAdvance(QStringLiteral("000000.000000")) + padding},
        {HistoryModel::ToAddressColumn, mono.horizontalAdvance(QLatin1String("T0000000000000000000")) + padding},
        {HistoryModel::StateColumn, text.horizontalAdvance(tr("Needs reconciliation")) + padding},
        {HistoryModel::CregisStatusColumn, text.horizontalAdvance(tr("Awaiting Cregis approval")) + padding},
        {HistoryModel::CidColumn, mono.horizontalAdvance(QStringLiteral("0000000000000000")) + padding},
        {HistoryModel::CreatedByColumn, text.horizontalAdvance(tr("Created by")) + padding}};
    for (const auto& [column, width] : widths) {
        m_view->setColumnWidth(column, width);
    }
    // The address column elides in the middle so both ends, the parts people compare, stay
    // visible; the tool tip and the detail pane show it whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(text.height() + 10);
    // Sorting is the model's (SQL); the indicator starts where the model does: newest first.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    restoreHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        // A column the store cannot sort on keeps the order (and the arrow) where it was.
        if (!HistoryModel::isSortable(column)) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint& position) { showColumnMenu(header->mapToGlobal(position)); });
}

void HistoryPage::restoreHeader()
{
    QSettings settings(m_desk.paths().settingsFile, QSettings::IniFormat);
    const QByteArray state = settings.value(headerKey).toByteArray();
    QHeaderView* header = m_view->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state)) {
        // The saved sort is restored with the layout; the model follows it.
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

void HistoryPage::saveHeader() const
{
    QSettings settings(m_desk.paths().settingsFile, QSettings::IniFormat);
    settings.setValue(headerKey, m_view->horizontalHeader()->saveState());
}

void HistoryPage::showColumnMenu(const QPoint& globalPosition)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("historyColumnMenu"));
    for (int column = 0; column < HistoryModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The id identifies the row in every message; it cannot be hidden.
        action->setEnabled(column != HistoryModel::IdColumn);
        connect(action, &QAction::toggled, this,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
    }
    menu.exec(globalPosition);
}

void HistoryPage::chooseImportFile()
{
    auto* dialog = new QFileDialog(this, tr("Import payouts from a CSV file"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, and in tests
    dialog->setNameFilters({tr("CSV (*.csv *.txt)"), tr("Any file (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        auto* preview = new ImportDialog(m_desk, this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        connect(preview, &ImportDialog::queued, m_refreshStatusLabel,
                [this](int, const QString& message) { m_refreshStatusLabel->setText(message); });
        preview->load(path);
        preview->open();
    });
    dialog->open();
}

void HistoryPage::applyFilter()
{
    const qint64 selected = selectedId();
    m_model->setFilter(m_filterBar->filter());
    // Counting every match can take longer than the first page: the rows show first.
    QTimer::singleShot(0, this,
                       [this] { m_countLabel->setText(tr("%n payout(s)", nullptr, m_model->matchingCount())); });
    // Keep the selection when the selected payout is still shown (it is among the first rows).
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(HistoryModel::PayoutIdRole).toLongLong() == selected) {
            m_view->selectRow(row);
            break;
        }
    }
}

qint64 HistoryPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(HistoryModel::PayoutIdRole).toLongLong() : 0;
}

void HistoryPage::showSelectedDetail()
{
    m_detail->showPayout(selectedId());
}

void HistoryPage::updateRefreshButton()
{
    const bool available = m_refresher->isAvailable();
    m_refreshButton->setEnabled(available);
    // A disabled button cannot explain itself; the tool tip and the line below do.
    m_refreshButton->setToolTip(available ? tr("Ask Cregis for the status of every unfinished payout now (%1). "
                                               "PayDesk also asks every %2 seconds while it is open.")
                                                .arg(m_refreshAction->shortcut().toString(QKeySequence::NativeText))
                                                .arg(StatusRefresher::defaultIntervalMs / 1000)
                                          : tr("No API key is loaded for this profile, so Cregis cannot be asked."));
    // Whether the line shows the "no key" notice is remembered, never read back from its words.
    if (!available) {
        m_refreshStatusLabel->setText(tr("Cregis statuses are not updated: no API key is loaded for this profile."));
        m_showsNoKeyNotice = true;
    } else if (m_showsNoKeyNotice) {
        m_showsNoKeyNotice = false;
        m_refreshStatusLabel->clear();
    }
}

void HistoryPage::updateReconcileButton()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const auto state = static_cast<payout::PayoutState>(current.data(HistoryModel::StateRole).toInt());
    m_reconcileButton->setEnabled(
        current.isValid() && !m_reconcile->isRunning()
        && (state == payout::PayoutState::Unknown || state == payout::PayoutState::NeedsReconciliation));
}

void HistoryPage::reconcileSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    m_reconcileButton->setEnabled(false);
    m_refreshStatusLabel->setText(tr("Looking for payout #%1 in the trade history…").arg(id));
    m_reconcile->start(id);
}

void HistoryPage::handleRefreshStarted()
{
    m_refreshStatusLabel->setText(tr("Asking Cregis for the latest statuses…"));
}

void HistoryPage::handleRefreshFinished(int updated, int failed)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toString(QStringLiteral("HH:mm:ss"));
    QString text = tr("Statuses checked at %1: %n payout(s) changed.", nullptr, updated).arg(time);
    if (failed > 0) {
        text += tr(" Cregis could not be asked about %n payout(s); they are tried again later.", nullptr, failed);
    }
    m_refreshStatusLabel->setText(text);
}

} // namespace paydesk::ui
