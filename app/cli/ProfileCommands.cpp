#include "Commands.h"

#include "config/AnswerWait.h"
#include "config/ProfileValidator.h"
#include "words/ErrorWords.h"
#include "words/ProfileWords.h"

#include <QFile>

namespace paydesk::cli {

namespace {

// The option that sets a field, so the message names what was typed.
QString optionFor(config::ProfileField field)
{
    switch (field) {
    case config::ProfileField::Name:
        return QStringLiteral("NAME");
    case config::ProfileField::BaseUrl:
        return QStringLiteral("--base-url");
    case config::ProfileField::Pid:
        return QStringLiteral("--pid");
    case config::ProfileField::WalletId:
        return QStringLiteral("--wallet-id");
    case config::ProfileField::CallbackUrl:
        return QStringLiteral("--callback-url");
    case config::ProfileField::TeamDatabase:
        return QStringLiteral("--team-database");
    }
    return {};
}

int setProfile(CliContext& context, ArgumentList& args)
{
    config::ProfileInput input;
    const auto baseUrl = args.takeOption(QStringLiteral("--base-url"));
    const auto pid = args.takeOption(QStringLiteral("--pid"));
    input.walletId = args.takeOption(QStringLiteral("--wallet-id")).value_or(QString());
    input.callbackUrl = args.takeOption(QStringLiteral("--callback-url")).value_or(QString());
    input.teamDatabase = args.takeOption(QStringLiteral("--team-database")).value_or(QString());
    const QStringList names = args.takePositionals();
    if (names.size() != 1 || !baseUrl || !pid || !args.usageProblem().isEmpty()) {
        return usageError(context,
                          args.usageProblem().isEmpty()
                              ? Cli::tr("profile set NAME --base-url URL --pid N [--wallet-id N] "
                                        "[--callback-url URL] [--team-database postgresql://LOGIN@HOST:PORT/DB]")
                              : args.usageProblem());
    }
    input.name = names.first();
    input.baseUrl = *baseUrl;
    input.pid = *pid;
    // The same rules as the Settings dialog.
    const config::ProfileCheck check = config::validateProfile(input);
    if (!check.profile) {
        for (const config::ProfileIssue& issue : check.issues) {
            context.error(Cli::tr("%1 (%2): %3", "option (field): what is wrong and how to fix it")
                              .arg(optionFor(issue.field), words::ProfileWords::fieldName(issue.field),
                                   words::ProfileWords::fix(issue)));
        }
        return ExitUsage;
    }
    context.profiles().save(*check.profile);
    if (context.profiles().currentName().isEmpty()) {
        context.profiles().setCurrentName(check.profile->name);
    }
    context.err() << Cli::tr("profile \"%1\" saved").arg(check.profile->name) << u'\n';
    return ExitOk;
}

int listProfiles(CliContext& context)
{
    const QString current = context.profiles().currentName();
    for (const config::Profile& profile : context.profiles().profiles()) {
        context.out() << (profile.name == current ? QStringLiteral("* ") : QStringLiteral("  ")) << profile.name
                      << u'\t' << profile.baseUrl << u'\t' << profile.pid << u'\t'
                      << (profile.defaultWalletId ? QString::number(*profile.defaultWalletId) : QString()) << u'\n';
    }
    return ExitOk;
}

int setCredentials(CliContext& context, const QString& name)
{
    const auto profile = context.profiles().find(name);
    if (!profile) {
        context.error(Cli::tr("there is no profile named \"%1\"; create it with `profile set`").arg(name));
        return ExitItemFailed;
    }
    const auto key = context.readSecretFromStdin(CliContext::SecretKind::ApiKey, Cli::tr("The API key"));
    if (!key) {
        return ExitUsage;
    }
    const secrets::SecretResult result = context.writeSecret(config::keychainAccount(*profile, context.paths()), *key);
    if (!result.ok()) {
        context.error(words::ErrorWords::secret(result));
        return ExitItemFailed;
    }
    context.err() << Cli::tr("API key for \"%1\" stored in the system keychain").arg(name) << u'\n';
    return ExitOk;
}

int checkCredentials(CliContext& context, const QString& name)
{
    const auto profile = context.profiles().find(name);
    if (!profile) {
        context.error(Cli::tr("there is no profile named \"%1\"").arg(name));
        return ExitItemFailed;
    }
    desk::Desk desk(context.paths(), *profile, config::actingUser());
    const auto key = context.readApiKey(*profile);
    if (!key) {
        return ExitItemFailed;
    }
    desk.setApiKey(*key);
    const auto error = config::waitForAnswer<cregis::CregisError>(
        [&](QObject* owner, const auto& done) { desk.refreshCoins(owner, done); });
    if (error.kind != cregis::CregisError::Kind::None) {
        context.error(Cli::tr("the gateway refused the check: %1").arg(words::ErrorWords::cregis(error)));
        return ExitItemFailed;
    }
    context.out() << QStringLiteral("ok\t%1\n").arg(profile->baseUrl);
    return ExitOk;
}

} // namespace

int runProfileCommand(CliContext& context, ArgumentList& args)
{
    const QString sub = args.takeFirstWord();
    if (sub == QLatin1String("set")) {
        return setProfile(context, args);
    }
    if (sub == QLatin1String("list") && args.takePositionals().isEmpty() && args.usageProblem().isEmpty()) {
        return listProfiles(context);
    }
    return usageError(context, Cli::tr("profile set NAME ... | profile list"));
}

int runCredentialsCommand(CliContext& context, ArgumentList& args)
{
    const QString sub = args.takeFirstWord();
    const QStringList names = args.takePositionals();
    if (names.size() != 1 || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("credentials set NAME | credentials check NAME"));
    }
    if (sub == QLatin1String("set")) {
        return setCredentials(context, names.first());
    }
    if (sub == QLatin1String("check")) {
        return checkCredentials(context, names.first());
    }
    return usageError(context, Cli::tr("credentials set NAME | credentials check NAME"));
}

} // namespace paydesk::cli
