#include "GuiDesk.h"

#include "config/AppPaths.h"

#include <QDir>
#include <QTest>

using namespace paydesk;

GuiDesk::GuiDesk(QByteArray apiKey, QStringList simArgs)
    : m_apiKey(std::move(apiKey))
    , m_dir(std::make_unique<QTemporaryDir>())
    , m_sim(std::make_unique<demo::SimulatorProcess>())
    , m_secrets(std::make_unique<InMemorySecretStore>())
{
    if (!m_dir->isValid()) {
        qWarning("GuiDesk: no temporary directory");
        return;
    }
    qputenv("PAYDESK_DATA_DIR", m_dir->path().toLocal8Bit());
    m_sim->start(demo::SimulatorProcess::locateProgram(), m_apiKey, pid, simArgs);
    if (!m_sim->waitForReady(demo::SimulatorProcess::readyTimeoutMs)) {
        qWarning("GuiDesk: cregis-sim did not start");
        return;
    }
    m_simControl = std::make_unique<SimControl>(m_sim->baseUrl());
    const config::AppPaths paths = config::AppPaths::resolve();
    // Everything the desk writes goes to this test's own directory.
    if (paths.dataDir != QDir(m_dir->path()).absolutePath()) {
        qWarning("GuiDesk: the data directory is not the test's own");
        return;
    }
    m_settings = std::make_unique<QSettings>(paths.settingsFile, QSettings::IniFormat);
    m_profiles = std::make_unique<config::ProfileRepository>(*m_settings);
    m_ready = true;
}

GuiDesk::~GuiDesk()
{
    closeWindow();
    m_profiles.reset();
    m_settings.reset();
    m_simControl.reset();
    m_sim.reset();
    qunsetenv("PAYDESK_DATA_DIR");
}

config::Profile GuiDesk::profile(const QString& name) const
{
    config::Profile profile;
    profile.name = name;
    profile.baseUrl = m_sim->baseUrl().toString();
    profile.pid = pid;
    return profile;
}

config::Profile GuiDesk::demoProfile() const
{
    return config::demoProfile(m_sim->baseUrl().toString(QUrl::StripTrailingSlash));
}

bool GuiDesk::openWindow(const QString& actor, const config::Profile& profile, bool withKey)
{
    closeWindow();
    m_desk = std::make_unique<desk::Desk>(config::AppPaths::resolve(), profile, actor);
    store::StoreError error;
    if (!m_desk->openStore(&error)) {
        qWarning("GuiDesk: the store did not open: %s", qPrintable(error.detail));
        return false;
    }
    if (withKey) {
        m_desk->setApiKey(m_apiKey);
    }
    m_window = std::make_unique<ui::MainWindow>(*m_desk, *m_profiles, *m_secrets);
    m_window->resize(1100, 720);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void GuiDesk::closeWindow()
{
    m_window.reset();
    m_desk.reset();
}
