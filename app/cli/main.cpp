// paydesk-cli: the automation front end over the same core as the window.
// stdout carries data, stderr messages; exit 0 ok, 1 some item failed, 2 usage.

#include "ArgumentList.h"
#include "CliContext.h"
#include "Commands.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProcessHardening.h"
#include "words/ProfileWords.h"
#include "words/Translations.h"

#include <QCoreApplication>

using namespace paydesk;

int main(int argc, char* argv[])
{
    // First: a core dump of a signing process would hold the API key.
    secrets::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PayDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    words::installTranslations(app);

    cli::ArgumentList args(QCoreApplication::arguments().mid(1));
    const auto dataDir = args.takeOption(QStringLiteral("--data-dir"));
    const auto database = args.takeOption(QStringLiteral("--database"));
    const auto profile = args.takeOption(QStringLiteral("--profile"));
    // The demo profile's payouts, as the window's demo keeps them (queue and read; sending needs
    // the key the window makes for each demo session).
    const bool demo = args.takeFlag(QStringLiteral("--demo"));
    const QString command = args.takeFirstWord();

    config::AppPaths paths = config::AppPaths::resolve(dataDir.value_or(QString()));
    // A usage error found before the context exists: one without a keychain says it.
    const auto refuseDatabase = [&paths](const QString& problem) {
        secrets::KeychainSecretStore none;
        cli::CliContext failing(paths, {}, none, false);
        return cli::usageError(failing, cli::Cli::tr("--database: %1").arg(problem));
    };
    if (database && config::TeamDatabase::isTeamDatabaseUrl(*database)) {
        config::TeamDatabaseProblem problem = config::TeamDatabaseProblem::None;
        if (!config::TeamDatabase::parse(*database, &problem)) {
            return refuseDatabase(words::ProfileWords::teamDatabase(problem));
        }
        paths.teamDatabaseOverride = *database;
    } else if (database) {
        const QString file = database->startsWith(QLatin1String("sqlite://")) ? database->mid(9) : *database;
        if (file.contains(QLatin1String("://"))) {
            return refuseDatabase(cli::Cli::tr("use an SQLite file or postgresql://LOGIN@HOST:PORT/DATABASE"));
        }
        paths.databaseOverride = file;
    }
    secrets::KeychainSecretStore keychain;
    cli::CliContext context(paths, profile.value_or(QString()), keychain, demo);
    if (args.missingValue()) {
        return cli::usageError(context, args.usageProblem());
    }
    if (command == QLatin1String("profile")) {
        return cli::runProfileCommand(context, args);
    }
    if (command == QLatin1String("credentials")) {
        return cli::runCredentialsCommand(context, args);
    }
    if (command == QLatin1String("new")) {
        return cli::runNewCommand(context, args);
    }
    if (command == QLatin1String("submit")) {
        return cli::runSubmitCommand(context, args);
    }
    if (command == QLatin1String("list")) {
        return cli::runListCommand(context, args);
    }
    // One table from command words to handlers keeps main() a dispatcher and nothing else.
    const std::pair<const char*, int (*)(cli::CliContext&, cli::ArgumentList&)> commands[] = {
        {"currency", &cli::runCurrencyCommand},
        {"approve", &cli::runApproveCommand},
        {"reject", &cli::runRejectCommand},
        {"cancel", &cli::runCancelCommand},
        {"reconcile", &cli::runReconcileCommand},
        {"refresh", &cli::runRefreshCommand},
        {"audit", &cli::runAuditCommand},
        {"policy", &cli::runPolicyCommand},
        {"export", &cli::runExportCommand},
        {"import", &cli::runImportCommand},
        {"db", &cli::runDbCommand},
    };
    for (const auto& [word, run] : commands) {
        if (command == QLatin1String(word)) {
            return run(context, args);
        }
    }
    return cli::usageError(context,
                           command.isEmpty() ? cli::Cli::tr("a command is needed")
                                             : cli::Cli::tr("unknown command: %1").arg(command));
}
