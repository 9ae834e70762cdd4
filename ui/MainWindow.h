#pragma once

#include "config/ProfileRepository.h"
#include "desk/Desk.h"
#include "secrets/SecretStore.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace paydesk::ui {

class ApprovalsPage;
class HistoryPage;
class NewPayoutPage;

// The frame: a list of tasks on the left, one page per task beside it, Settings in the menu,
// the profile's gateway and the acting person in the status bar. The pages do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(desk::Desk& desk, config::ProfileRepository& profiles, secrets::SecretStore& secrets,
               QWidget* parent = nullptr);

    NewPayoutPage* newPayoutPage() const { return m_newPayoutPage; }
    ApprovalsPage* approvalsPage() const { return m_approvalsPage; }
    HistoryPage* historyPage() const { return m_historyPage; }

    // The key could not be read; the window stays usable and payouts can be saved.
    void showKeyProblem(const QString& text);

private:
    // The desk has a (new) API key: fetch the gateway's currencies with it.
    void handleApiKeyChanged();
    void switchPerson();
    void buildMenu();
    QWidget* buildDemoBanner();
    // Shown while the team database cannot be reached; hidden otherwise.
    QWidget* buildConnectionBanner(desk::ConnectionWatch& watch);
    void openSettings();
    void openCurrencyDecimals();
    void handleProfileSaved(const QString& name, bool apiKeyStored);
    // "PayDesk — Main (3 waiting for your approval)": the count is what this person can act on.
    void updateTitle(int waitingForActor);

    desk::Desk& m_desk;
    config::ProfileRepository& m_profiles;
    secrets::SecretStore& m_secrets;
    QListWidget* m_pageList;
    QStackedWidget* m_pageStack;
    NewPayoutPage* m_newPayoutPage;
    ApprovalsPage* m_approvalsPage;
    HistoryPage* m_historyPage;
    QAction* m_settingsAction;
    QLabel* m_actorLabel;
};

} // namespace paydesk::ui
