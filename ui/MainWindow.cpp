#include "MainWindow.h"

#include "HelpDialogs.h"
#include "ui/approvals/ApprovalsPage.h"
#include "ui/history/HistoryPage.h"
#include "ui/newpayout/NewPayoutPage.h"
#include "ui/settings/CurrencyDecimalsDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "words/ErrorWords.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QInputDialog>
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
    , m_settingsAction(new QAction(tr("&Settings…"), this))
    , m_actorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    updateTitle(m_approvalsPage->waitingForActor());

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Tasks"));
    m_pageList->setFixedWidth(160);
    m_pageList->setStyleSheet(
        QStringLiteral("QListWidget#pageList { border: none; border-right: 1px solid palette(mid); "
                       "padding: 6px; }"
                       "QListWidget#pageList::item { padding: 6px; }"));
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    const QList<std::pair<QString, QWidget*>> pages{
        {tr("New payout"), m_newPayoutPage}, {tr("Approvals"), m_approvalsPage}, {tr("History"), m_historyPage}};
    for (const auto& [title, page] : pages) {
        m_pageList->addItem(title);
        m_pageStack->addWidget(page);
    }
    connect(m_pageList, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    connect(&m_desk, &desk::Desk::apiKeyChanged, this, &MainWindow::handleApiKeyChanged);
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
    if (desk::ConnectionWatch* watch = m_desk.watchConnection()) {
        layout->addWidget(buildConnectionBanner(*watch));
    }
    layout->addLayout(body, 1);
    setCentralWidget(central);

    buildMenu();

    auto* gateway = new QLabel(tr("Gateway %1 · pid %2").arg(desk.profile().baseUrl).arg(desk.profile().pid), this);
    gateway->setObjectName(QStringLiteral("gatewayStatusLabel"));
    m_actorLabel->setText(tr("Acting as %1").arg(desk.actor()));
    m_actorLabel->setObjectName(QStringLiteral("actorStatusLabel"));
    statusBar()->addPermanentWidget(gateway);
    statusBar()->addPermanentWidget(m_actorLabel);
    connect(&m_desk, &desk::Desk::personChanged, this, [this] {
        m_actorLabel->setText(tr("Acting as %1").arg(m_desk.actor()));
        updateTitle(m_approvalsPage->waitingForActor());
    });

    connect(m_newPayoutPage, &NewPayoutPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, statusMessageMs); });
    connect(m_approvalsPage, &ApprovalsPage::waitingForActorChanged, this, &MainWindow::updateTitle);
}

void MainWindow::updateTitle(int waitingForActor)
{
    const QString base = tr("PayDesk — %1").arg(m_desk.profile().name);
    setWindowTitle(waitingForActor > 0 ? tr("%1 (%n waiting for your approval)", "", waitingForActor).arg(base) : base);
}

QWidget* MainWindow::buildDemoBanner()
{
    auto* banner
        = new QLabel(tr("DEMO — payouts go to a local simulator with a throw-away key. No real funds move."), this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    // Loud on purpose: nobody should mistake the demo for a live desk.
    banner->setStyleSheet(QStringLiteral("QLabel#demoBanner { background: #ffd54f; color: #3e2723; font-weight: bold; "
                                         "padding: 8px; border-bottom: 2px solid #ff8f00; }"));
    return banner;
}

QWidget* MainWindow::buildConnectionBanner(desk::ConnectionWatch& watch)
{
    auto* banner = new QLabel(this);
    banner->setObjectName(QStringLiteral("connectionBanner"));
    banner->setAccessibleName(tr("Team database connection"));
    banner->setAlignment(Qt::AlignCenter);
    banner->setWordWrap(true);
    banner->setStyleSheet(QStringLiteral("QLabel#connectionBanner { background: #ffcdd2; color: #b71c1c; "
                                         "font-weight: bold; padding: 8px; border-bottom: 2px solid #c62828; }"));
    banner->hide();
    const QString database = m_desk.teamDatabase() ? m_desk.teamDatabase()->url() : QString();
    connect(&watch, &desk::ConnectionWatch::connectionChanged, this, [this, banner, database](bool up) {
        if (up) {
            banner->hide();
            statusBar()->showMessage(tr("Connected to the team database again; the pages are up to date."),
                                     statusMessageMs);
            return;
        }
        banner->setText(tr("The team database %1 cannot be reached. PayDesk keeps trying to connect, waiting "
                           "longer each time; nothing you do now is saved until it is back.")
                            .arg(database));
        banner->show();
    });
    return banner;
}

void MainWindow::buildMenu()
{
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto* decimalsAction = new QAction(tr("Currency &decimals…"), this);
    decimalsAction->setObjectName(QStringLiteral("currencyDecimalsAction"));
    connect(decimalsAction, &QAction::triggered, this, &MainWindow::openCurrencyDecimals);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_settingsAction);
    fileMenu->addAction(decimalsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    if (m_desk.profile().demo) {
        // A demo convenience, and only in the demo: on a real profile the acting person is who
        // logged in, and nobody can approve as somebody else.
        auto* switchAction = new QAction(tr("S&witch person… (demo only)"), this);
        switchAction->setObjectName(QStringLiteral("switchPersonAction"));
        connect(switchAction, &QAction::triggered, this, &MainWindow::switchPerson);
        QMenu* demoMenu = menuBar()->addMenu(tr("&Demo"));
        demoMenu->setObjectName(QStringLiteral("demoMenu"));
        demoMenu->addAction(switchAction);
    }

    auto* shortcutsAction = new QAction(tr("&Keyboard shortcuts"), this);
    shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, [this] { HelpDialogs::showShortcuts(this); });
    auto* aboutAction = new QAction(tr("&About PayDesk"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this,
            [this] { HelpDialogs::showAbout(this, m_desk.paths(), m_desk.paths().databaseFile(m_desk.profile())); });
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(shortcutsAction);
    helpMenu->addAction(aboutAction);
    addAction(shortcutsAction);
    // A menu-bar action's shortcut works only while the menu bar is there; this keeps Ctrl+,
    // working when a platform hides it.
    addAction(m_settingsAction);
}

void MainWindow::switchPerson()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("switchPersonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Switch person (demo only)"));
    dialog->setLabelText(tr("Who acts now? In the demo you can play every part: queue a payout as one person, "
                            "then approve it as another."));
    dialog->setTextValue(m_desk.actor());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        if (m_desk.switchPerson(name)) {
            statusBar()->showMessage(tr("Acting as %1 now (demo).").arg(m_desk.actor()), statusMessageMs);
        } else {
            statusBar()->showMessage(
                tr("Still acting as %1: type the name of the person to act as.").arg(m_desk.actor()), statusMessageMs);
        }
    });
    dialog->open();
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
        statusBar()->showMessage(tr("Profile saved; gateway changes apply when PayDesk restarts."), statusMessageMs);
        return;
    }
    // The key goes from the keychain straight into the desk's signer; the dialog never hands it over.
    const std::optional<config::Profile> saved = m_profiles.find(name);
    if (!saved || !(saved->baseUrl == m_desk.profile().baseUrl && saved->pid == m_desk.profile().pid)) {
        // The desk signs for the gateway and pid it opened with; a key for others waits for a restart.
        statusBar()->showMessage(tr("Profile saved; gateway changes apply when PayDesk restarts."), statusMessageMs);
        return;
    }
    m_secrets.readApiKey(config::keychainAccount(*saved, m_desk.paths()), this,
                         [this](const secrets::SecretResult& result) {
                             if (!result.ok()) {
                                 showKeyProblem(words::ErrorWords::secret(result));
                                 return;
                             }
                             m_desk.setApiKey(result.secret);
                         });
}

void MainWindow::handleApiKeyChanged()
{
    statusBar()->showMessage(tr("API key loaded from the system keychain."), statusMessageMs);
    m_newPayoutPage->refreshCoins();
}

void MainWindow::showKeyProblem(const QString& text)
{
    statusBar()->showMessage(tr("%1 Payouts can be saved but not sent until a key is set.").arg(text));
}

} // namespace paydesk::ui
