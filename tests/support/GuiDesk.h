#pragma once

#include "InMemorySecretStore.h"
#include "SimControl.h"

#include "config/ProfileRepository.h"
#include "demo/SimulatorProcess.h"
#include "desk/Desk.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

// What the GUI suites share: a fresh data directory (PAYDESK_DATA_DIR) with its own settings, a
// real cregis-sim over loopback, an in-memory keychain (the seam; the keychain suites use the
// real one), and the real window over a real desk, driven by object name.
class GuiDesk
{
public:
    static constexpr qint64 pid = 1382528827416576;

    GuiDesk(QByteArray apiKey, QStringList simArgs = {});
    ~GuiDesk();

    // False (and a warning) when the directory or the simulator could not be set up.
    bool isReady() const { return m_ready; }

    // A profile of this desk's directory pointing at the simulator (not saved).
    paydesk::config::Profile profile(const QString& name = QStringLiteral("GUI test")) const;
    // The demo profile over the same simulator, as the window's demo has it.
    paydesk::config::Profile demoProfile() const;

    // A desk on `profile` acting as `actor` (its store open, the key loaded when `withKey`) and the
    // main window over it, shown at 1100 x 720. An earlier window and desk are closed first.
    bool openWindow(const QString& actor, const paydesk::config::Profile& profile, bool withKey = true);
    void closeWindow();

    paydesk::desk::Desk& desk() const { return *m_desk; }
    paydesk::ui::MainWindow& window() const { return *m_window; }
    SimControl& sim() const { return *m_simControl; }
    QUrl simUrl() const { return m_sim->baseUrl(); }
    const QByteArray& apiKey() const { return m_apiKey; }
    paydesk::config::ProfileRepository& profiles() const { return *m_profiles; }
    QSettings& settings() const { return *m_settings; }
    InMemorySecretStore& secrets() const { return *m_secrets; }

    // The window's widget of this name, or null (with a warning).
    template <typename T> T* widget(const char* objectName) const
    {
        T* found = m_window->findChild<T*>(QLatin1String(objectName));
        if (!found) {
            qWarning("no widget named %s", objectName);
        }
        return found;
    }

    // A top-level dialog of this name while it is on screen, wherever Qt placed it.
    template <typename T = QDialog> static T* visibleDialog(const QString& objectName)
    {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == objectName && widget->isVisible()) {
                return qobject_cast<T*>(widget);
            }
        }
        return nullptr;
    }

private:
    QByteArray m_apiKey;
    bool m_ready = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<paydesk::demo::SimulatorProcess> m_sim;
    std::unique_ptr<SimControl> m_simControl;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<paydesk::config::ProfileRepository> m_profiles;
    std::unique_ptr<InMemorySecretStore> m_secrets;
    std::unique_ptr<paydesk::desk::Desk> m_desk;
    std::unique_ptr<paydesk::ui::MainWindow> m_window;
};
