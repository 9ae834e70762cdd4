#include "MainWindow.h"

#include "ApprovalsPage.h"
#include "CurrencyDecimalsDialog.h"
#include "HistoryPage.h"
#include "NewPayoutPage.h"
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// Long enough to read, short enough not to hide the next message.
constexpr int statusMessageMs = 15000;

} // namespace

MainWindow::MainWindow(desk::Desk& desk, config::ProfileRepository& profiles, secrets::SecretStore& secrets,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_desk(desk)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_pageList(new QListWidget(this))
    , m_pageStack(new QStackedWidget(this))
    , m_newPayoutPage(new NewPayoutPage(desk, m_pageStack))
    , m_approvalsPage(new ApprovalsPage(desk, m_pageStack))
    , m_historyPage(new HistoryPage(desk, m_pageStack))
    , m_settingsAction(new QAction(QStringLiteral("&Settings…"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    updateTitle(m_approvalsPage->waitingForActor());

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(QStringLiteral("Tasks"));
    m_pageList->setFixedWidth(160);
    m_pageList->setStyleSheet(
        QStringLiteral("QListWidget#pageList { border: none; border-right: 1px solid palette(mid); "
                       "padding: 6px; }"
                       "QListWidget#pageList::item { padding: 6px; }"));
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    const QList<std::pair<QString, QWidget*>> pages{{QStringLiteral("New payout"), m_newPayoutPage},
                                                    {QStringLiteral("Approvals"), m_approvalsPage},
                                                    {QStringLiteral("History"), m_historyPage}};
    for (const auto& [title, page] : pages) {
        m_pageList->addItem(title);
        m_pageStack->addWidget(page);
    }
    connect(m_pageList, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    connect(&m_desk, &desk::Desk::clientChanged, this, &MainWindow::handleClientChanged);
    m_pageList->setCurrentRow(0);
    // The window opens on the task list: arrow keys choose a task, Tab goes into it.
    m_pageList->setFocus(Qt::OtherFocusReason);

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_pageList);
    body->addWidget(m_pageStack, 1);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (desk.profile().demo) {
        layout->addWidget(buildDemoBanner());
    }
    layout->addLayout(body, 1);
    setCentralWidget(central);

    buildMenu();

    auto* gateway
        = new QLabel(QStringLiteral("Gateway %1 · pid %2").arg(desk.profile().baseUrl).arg(desk.profile().pid), this);
    gateway->setObjectName(QStringLiteral("gatewayStatusLabel"));
    auto* actor = new QLabel(QStringLiteral("Acting as %1").arg(desk.actor()), this);
    actor->setObjectName(QStringLiteral("actorStatusLabel"));
    statusBar()->addPermanentWidget(gateway);
    statusBar()->addPermanentWidget(actor);

    connect(m_newPayoutPage, &NewPayoutPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
    connect(m_approvalsPage, &ApprovalsPage::waitingForActorChanged, this, &MainWindow::updateTitle);
}

void MainWindow::updateTitle(int waitingForActor)
{
    const QString base = QStringLiteral("PayDesk — %1").arg(m_desk.profile().name);
    setWindowTitle(waitingForActor > 0
                       ? QStringLiteral("%1 (%2 waiting for your approval)").arg(base).arg(waitingForActor)
                       : base);
}

QWidget* MainWindow::buildDemoBanner()
{
    auto* banner = new QLabel(
        QStringLiteral("DEMO — payouts go to a local simulator with a throw-away key. No real funds move."), this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    // Loud on purpose: nobody should mistake the demo for a live desk.
    banner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #ffd54f; color: #3e2723; font-weight: bold; "
                                         "padding: 8px; border-bottom: 2px solid #ff8f00; }"));
    return banner;
}

void MainWindow::buildMenu()
{
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto* decimalsAction = new QAction(QStringLiteral("Currency &decimals…"), this);
    decimalsAction->setObjectName(QStringLiteral("currencyDecimalsAction"));
    connect(decimalsAction, &QAction::triggered, this, &MainWindow::openCurrencyDecimals);

    auto* quitAction = new QAction(QStringLiteral("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(QStringLiteral("&File"));
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(decimalsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    // A menu-bar action's shortcut works only while the menu bar is there; this keeps Ctrl+,
    // working when a platform hides it.
    addAction(m_settingsAction);
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_profiles, m_secrets, m_desk.paths(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::profileSaved, this, &MainWindow::handleProfileSaved);
    dialog->open();
}

void MainWindow::openCurrencyDecimals()
{
    auto* dialog = new CurrencyDecimalsDialog(m_desk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::handleProfileSaved(const QString& name, bool apiKeyStored)
{
    if (name != m_desk.profile().name) {
        return;
    }
    if (!apiKeyStored) {
        statusBar()->showMessage(QStringLiteral("Profile saved; gateway changes apply when PayDesk restarts."),
                                 statusMessageMs);
        return;
    }
    // The key goes from the keychain straight into the desk's signer; the dialog never hands it over.
    const std::optional<config::Profile> saved = m_profiles.find(name);
    if (!saved || !(saved->baseUrl == m_desk.profile().baseUrl && saved->pid == m_desk.profile().pid)) {
        // The desk signs for the gateway and pid it opened with; a key for others waits for a restart.
        statusBar()->showMessage(QStringLiteral("Profile saved; gateway changes apply when PayDesk restarts."),
                                 statusMessageMs);
        return;
    }
    m_secrets.readApiKey(config::keychainAccount(*saved, m_desk.paths()), this,
                         [this](const secrets::SecretResult& result) {
                             if (!result.ok()) {
                                 showKeyProblem(secrets::describe(result));
                                 return;
                             }
                             m_desk.setApiKey(result.secret);
                         });
}

void MainWindow::handleClientChanged()
{
    statusBar()->showMessage(QStringLiteral("API key loaded from the system keychain."), statusMessageMs);
    m_newPayoutPage->refreshCoins();
}

void MainWindow::showKeyProblem(const QString& text)
{
    statusBar()->showMessage(text + QStringLiteral(" Payouts can be saved but not sent until a key is set."));
}

} // namespace paydesk::ui
