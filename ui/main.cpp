// The desktop application: wires the core objects to the main window and runs the event loop.

#include "ui/Bootstrap.h"
#include "ui/MainWindow.h"

#include "config/AppPaths.h"
#include "config/ProfileRepository.h"
#include "demo/SimulatorProcess.h"
#include "desk/Desk.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProcessHardening.h"
#include "secrets/SecretWait.h"
#include "words/ErrorWords.h"
#include "words/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>

#include <memory>

using namespace paydesk;

namespace {

// The translation context of what main() itself says.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

} // namespace

int main(int argc, char* argv[])
{
    // First: a core dump of a signing process would hold the API key.
    secrets::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationName(QStringLiteral("PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    words::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Main::tr("Prepare, confirm and track Cregis payouts."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        Main::tr("Run against a local simulator with a throw-away key."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Main::tr("Use the profile NAME."),
                                           Main::tr("NAME"));
    parser.addOptions({demoOption, profileOption});
    parser.process(app);

    const config::AppPaths paths = config::AppPaths::resolve();
    QSettings settings(paths.settingsFile, QSettings::IniFormat);
    config::ProfileRepository profiles(settings);
    secrets::KeychainSecretStore secretStore;

    QString profileError;
    std::optional<config::Profile> profile = parser.isSet(demoOption)
        ? std::nullopt
        : ui::chooseProfile(profiles, parser.value(profileOption), &profileError);
    if (!profileError.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), profileError);
        return 1;
    }

    // Demo mode: no profile, or asked for. The simulator lives as long as the window.
    // `failure` is declared first so it outlives the simulator whose signal writes to it.
    QString failure;
    std::unique_ptr<demo::SimulatorProcess> simulator;
    QByteArray demoKey;
    if (!profile) {
        demoKey = ui::throwAwayApiKey();
        simulator = std::make_unique<demo::SimulatorProcess>();
        QObject::connect(simulator.get(), &demo::SimulatorProcess::failed, simulator.get(),
                         [&failure](const QString& reason) { failure = reason; });
        simulator->start(demo::SimulatorProcess::locateProgram(), demoKey, config::demoPid);
        if (!simulator->waitForReady(demo::SimulatorProcess::readyTimeoutMs)) {
            QMessageBox::critical(nullptr, Main::tr("PayDesk demo"),
                                  Main::tr("The local Cregis simulator did not start: %1")
                                      .arg(failure.isEmpty() ? Main::tr("no answer") : failure));
            return 1;
        }
        profile = config::demoProfile(simulator->baseUrl().toString(QUrl::StripTrailingSlash));
    }

    desk::Desk desk(paths, *profile, config::actingUser());
    if (const std::optional<config::TeamDatabase> team = desk.teamDatabase()) {
        // Before the window opens, like the command line: a keychain without the entry leaves
        // libpq's own PGPASSWORD and ~/.pgpass.
        const secrets::SecretResult password = secrets::readAndWait(secretStore, team->keychainAccount());
        if (password.ok()) {
            desk.setDatabasePassword(QString::fromUtf8(password.secret));
        }
    }
    store::StoreError storeError;
    if (!desk.openStore(&storeError)) {
        QMessageBox::critical(nullptr, QStringLiteral("PayDesk"), words::ErrorWords::store(storeError));
        return 1;
    }
    if (!demoKey.isEmpty()) {
        desk.setApiKey(demoKey);
        demoKey.fill('\0');
    }

    ui::MainWindow window(desk, profiles, secretStore);
    window.resize(1100, 720);
    window.show();

    if (!profile->demo) {
        secretStore.readApiKey(config::keychainAccount(*profile, paths), &window,
                               [&desk, &window](const secrets::SecretResult& result) {
                                   if (!result.ok()) {
                                       window.showKeyProblem(words::ErrorWords::secret(result));
                                       return;
                                   }
                                   desk.setApiKey(result.secret);
                               });
    }
    return app.exec();
}
