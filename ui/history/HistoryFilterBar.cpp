#include "HistoryFilterBar.h"

#include "words/StatusWords.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace paydesk::ui {

namespace {

// Long enough that typing a cid does not query the store on every digit.
constexpr int searchDelayMs = 250;

// The date edits show "any" at their minimum: no bound on that side.
const QDate noDate(2000, 1, 1);

constexpr int anyStatus = -2; // the Cregis status combo's "any"; -1 is "none yet", as in the store

QDateEdit* makeDateEdit(QWidget* parent, const QString& name, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(HistoryFilterBar::tr("any"));
    edit->setDate(noDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumWidth(edit->sizeHint().width());
    return edit;
}

bool sameFilter(const store::PayoutQuery& a, const store::PayoutQuery& b)
{
    return a.states == b.states && a.cregisStatuses == b.cregisStatuses && a.currency == b.currency
        && a.createdFromMs == b.createdFromMs && a.createdUntilMs == b.createdUntilMs && a.createdBy == b.createdBy
        && a.text == b.text;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_searchHint(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_cregisStatus(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_creator(new QLineEdit(this))
    , m_from(makeDateEdit(this, QStringLiteral("historyFromDate"), tr("Created from")))
    , m_until(makeDateEdit(this, QStringLiteral("historyUntilDate"), tr("Created until")))
{
    m_search->setObjectName(QStringLiteral("historySearchEdit"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setPlaceholderText(tr("Search by cid, address, remark, txid or third-party id"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_searchHint->setObjectName(QStringLiteral("historySearchHint"));
    m_searchHint->setText(tr("Type at least %n character(s) to search.", nullptr, shortestSearch));
    m_searchHint->hide();

    m_state->setObjectName(QStringLiteral("historyStateFilter"));
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->addItem(tr("Any state"), -1);
    for (int state = static_cast<int>(payout::PayoutState::PendingApproval);
         state <= static_cast<int>(payout::PayoutState::NeedsReconciliation); ++state) {
        m_state->addItem(words::StatusWords::payoutState(static_cast<payout::PayoutState>(state)), state);
    }

    m_cregisStatus->setObjectName(QStringLiteral("historyCregisStatusFilter"));
    m_cregisStatus->setAccessibleName(tr("Filter by Cregis status"));
    m_cregisStatus->addItem(tr("Any Cregis status"), anyStatus);
    m_cregisStatus->addItem(tr("No Cregis status yet"), -1);
    for (int status : words::StatusWords::knownCregisStatuses()) {
        m_cregisStatus->addItem(words::StatusWords::cregisStatus(status), status);
    }

    m_currency->setObjectName(QStringLiteral("historyCurrencyFilter"));
    m_currency->setAccessibleName(tr("Filter by currency"));
    m_currency->addItem(tr("Any currency"), QString());

    m_creator->setObjectName(QStringLiteral("historyCreatorFilter"));
    m_creator->setAccessibleName(tr("Filter by creator"));
    m_creator->setPlaceholderText(tr("Created by"));
    m_creator->setClearButtonEnabled(true);
    m_creator->setMinimumWidth(m_creator->fontMetrics().horizontalAdvance(QLatin1String("Created by____")));
    // Long names (a coin and its chain@token) must not push the other filters off the row.
    for (QComboBox* combo : {m_state, m_cregisStatus, m_currency}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* untilLabel = new QLabel(tr("&Until"), this);
    untilLabel->setBuddy(m_until);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 0, 0, 1, 4);
    layout->addWidget(m_searchHint, 0, 4, 1, 4);
    layout->addWidget(m_state, 1, 0);
    layout->addWidget(m_cregisStatus, 1, 1);
    layout->addWidget(m_currency, 1, 2);
    layout->addWidget(m_creator, 1, 3);
    auto* dates = new QHBoxLayout;
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(6);
    dates->addWidget(untilLabel);
    dates->addWidget(m_until);
    layout->addLayout(dates, 1, 4, 1, 4);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
    layout->setColumnStretch(3, 1);

    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_cregisStatus);
    setTabOrder(m_cregisStatus, m_currency);
    setTabOrder(m_currency, m_creator);
    setTabOrder(m_creator, m_from);
    setTabOrder(m_from, m_until);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::emitIfChanged);
    connect(m_creator, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter searches at once, without waiting for the pause in typing.
    for (QLineEdit* edit : {m_search, m_creator}) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            m_searchDelay->stop();
            emitIfChanged();
        });
    }
    for (QComboBox* combo : {m_state, m_cregisStatus, m_currency}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::emitIfChanged);
    }
    for (QDateEdit* edit : {m_from, m_until}) {
        connect(edit, &QDateEdit::dateChanged, this, &HistoryFilterBar::emitIfChanged);
    }
}

void HistoryFilterBar::setCatalogue(const money::AssetCatalogue& catalogue)
{
    const QString current = m_currency->currentData().toString();
    const QSignalBlocker blocker(m_currency);
    while (m_currency->count() > 1) {
        m_currency->removeItem(1);
    }
    for (const money::Asset& asset : catalogue.assets()) {
        m_currency->addItem(QStringLiteral("%1 (%2)").arg(asset.coinName, asset.currency), asset.currency);
    }
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(current)));
}

store::PayoutQuery HistoryFilterBar::filter() const
{
    store::PayoutQuery query;
    const int state = m_state->currentData().toInt();
    if (state >= 0) {
        query.states = {static_cast<payout::PayoutState>(state)};
    }
    const int status = m_cregisStatus->currentData().toInt();
    if (status != anyStatus) {
        query.cregisStatuses = {status};
    }
    query.currency = m_currency->currentData().toString();
    query.createdBy = m_creator->text().trimmed();
    // Whole local days: from the start of the first to the end of the last.
    if (m_from->date() != noDate) {
        query.createdFromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    }
    if (m_until->date() != noDate) {
        query.createdUntilMs = m_until->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    const QString text = m_search->text().trimmed();
    if (text.toUcs4().size() >= shortestSearch) {
        query.text = text;
    }
    return query;
}

void HistoryFilterBar::emitIfChanged()
{
    const QString text = m_search->text().trimmed();
    m_searchHint->setVisible(!text.isEmpty() && text.toUcs4().size() < shortestSearch);
    const store::PayoutQuery current = filter();
    if (sameFilter(current, m_emitted)) {
        return;
    }
    m_emitted = current;
    Q_EMIT filterChanged();
}

} // namespace paydesk::ui
