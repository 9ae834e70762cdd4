#include "HistoryPage.h"

#include "HistoryModel.h"
#include "ReconcileFlow.h"
#include "StatusRefresher.h"

#include "payout/PayoutState.h"
#include "ui/widgets/ButtonShortcut.h"

#include "desk/Desk.h"
#include "words/StatusWords.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// Long enough that typing a cid does not refilter on every digit.
constexpr int searchDelayMs = 250;

} // namespace

HistoryPage::HistoryPage(desk::Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_clock(desk.clock())
    , m_model(new HistoryModel(*desk.store(), this))
    , m_refresher(new StatusRefresher(desk, this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_detailLabel(new QLabel(this))
    , m_refreshButton(new QPushButton(tr("Refresh &statuses"), this))
    , m_reconcileButton(new QPushButton(tr("Re&concile…"), this))
    , m_reconcile(new ReconcileFlow(desk, this))
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

    m_searchEdit->setObjectName(QStringLiteral("historySearchEdit"));
    m_searchEdit->setAccessibleName(tr("Search history"));
    m_searchEdit->setPlaceholderText(tr("Search by cid, address, remark or third-party id"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    // The proxy only filters; the order stays the model's (newest first), because sorting would
    // need every page loaded.
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(HistoryModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setAccessibleName(tr("Payout history"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font, for typical content; the person can drag them wider.
    const QFontMetrics text(m_view->font());
    const QFontMetrics mono(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int padding = 16;
    const QList<std::pair<int, int>> widths{
        {HistoryModel::IdColumn, text.horizontalAdvance(QStringLiteral("000000")) + padding},
        {HistoryModel::CreatedColumn, text.horizontalAdvance(QStringLiteral("2024-01-01 00:00:00")) + padding},
        {HistoryModel::CreatedByColumn, text.horizontalAdvance(tr("Created by")) + padding},
        {HistoryModel::StateColumn, text.horizontalAdvance(tr("Needs reconciliation")) + padding},
        {HistoryModel::CregisStatusColumn, text.horizontalAdvance(tr("Awaiting Cregis approval")) + padding},
        {HistoryModel::CidColumn, mono.horizontalAdvance(QStringLiteral("0000000000000000")) + padding},
        {HistoryModel::CoinColumn, text.horizontalAdvance(tr("USDT-TRC20")) + padding},
        {HistoryModel::ToAddressColumn, mono.horizontalAdvance(tr("0x0000000000000000000000")) + padding},
        {HistoryModel::AmountColumn, text.horizontalAdvance(QStringLiteral("000000.000000")) + padding}};
    for (const auto& [column, width] : widths) {
        m_view->setColumnWidth(column, width);
    }
    // The address column elides in the middle so both ends, the parts people compare, stay
    // visible; the tool tip and the detail line below show it whole.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->setDefaultSectionSize(text.height() + 10);

    m_detailLabel->setObjectName(QStringLiteral("historyDetailLabel"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setText(tr("Select a payout to see its third-party id and last error."));

    m_refreshButton->setObjectName(QStringLiteral("refreshStatusesButton"));
    m_refreshAction = addButtonShortcut(this, m_refreshButton, QKeySequence(QKeySequence::Refresh));
    m_refreshStatusLabel->setObjectName(QStringLiteral("refreshStatusLabel"));
    m_refreshStatusLabel->setTextFormat(Qt::PlainText);
    m_refreshStatusLabel->setWordWrap(true);

    m_reconcileButton->setObjectName(QStringLiteral("reconcileButton"));
    m_reconcileButton->setToolTip(tr("For a payout with no answer or a duplicate-id answer: find its cid in "
                                     "the trade history, or enter it, verified with Cregis."));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchEdit, 1);
    searchRow->addWidget(m_refreshButton);
    searchRow->addWidget(m_reconcileButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_refreshStatusLabel);

    QWidget::setTabOrder(m_searchEdit, m_refreshButton);
    QWidget::setTabOrder(m_refreshButton, m_reconcileButton);
    QWidget::setTabOrder(m_reconcileButton, m_view);

    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryPage::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showSelectedDetail);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &HistoryPage::showSelectedDetail);
    connect(m_refreshButton, &QPushButton::clicked, m_refresher, &StatusRefresher::refreshNow);
    connect(m_refresher, &StatusRefresher::availabilityChanged, this, &HistoryPage::updateRefreshButton);
    connect(m_refresher, &StatusRefresher::refreshStarted, this, &HistoryPage::handleRefreshStarted);
    connect(m_refresher, &StatusRefresher::refreshFinished, this, &HistoryPage::handleRefreshFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPage::updateReconcileButton);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &HistoryPage::updateReconcileButton);
    connect(m_reconcileButton, &QPushButton::clicked, this, &HistoryPage::reconcileSelected);
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
}

void HistoryPage::applySearch()
{
    m_filter->setFilterFixedString(m_searchEdit->text().trimmed());
}

void HistoryPage::showSelectedDetail()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString thirdPartyId = current.data(HistoryModel::ThirdPartyIdRole).toString();
    const QString error = current.data(HistoryModel::ErrorRole).toString();
    const QString toAddress = current.siblingAtColumn(HistoryModel::ToAddressColumn).data(Qt::DisplayRole).toString();
    QString text = tr("Payout #%1 to %2 · third-party id %3")
                       .arg(current.data(HistoryModel::PayoutIdRole).toLongLong())
                       .arg(toAddress, thirdPartyId);
    if (!error.isEmpty()) {
        text = tr("%1 · last error: %2").arg(text, error);
    }
    const QVariant since = current.data(HistoryModel::UnansweredSinceRole);
    if (since.isValid()) {
        // An unanswered payout may be at Cregis: its age decides whether it may go out again.
        text = tr("%1 · no answer for %2; it is resent only under the same third-party id, and once older than "
                  "the resend limit only after Reconcile")
                   .arg(text, words::StatusWords::duration(m_clock.nowMs() - since.toLongLong()));
    }
    m_detailLabel->setText(text);
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
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_reconcileButton->setEnabled(false);
    m_refreshStatusLabel->setText(
        tr("Looking for payout #%1 in the trade history…").arg(current.data(HistoryModel::PayoutIdRole).toLongLong()));
    m_reconcile->start(current.data(HistoryModel::PayoutIdRole).toLongLong());
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
