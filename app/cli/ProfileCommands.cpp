#include "Commands.h"

#include "cregis/CregisClient.h"

#include <QEventLoop>
#include <QFile>

namespace paydesk::cli {

namespace {

std::optional<qint64> parseId(const QString& text)
{
    if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

int setProfile(CliContext& context, ArgumentList& args)
{
    const auto baseUrl = args.takeOption(QStringLiteral("--base-url"));
    const auto pidText = args.takeOption(QStringLiteral("--pid"));
    const auto walletText = args.takeOption(QStringLiteral("--wallet-id"));
    const auto callbackUrl = args.takeOption(QStringLiteral("--callback-url"));
    const QStringList names = args.takePositionals();
    if (names.size() != 1 || !baseUrl || !pidText || !args.usageProblem().isEmpty()) {
        return usageError(context,
                          args.usageProblem().isEmpty()
                              ? QStringLiteral("profile set NAME --base-url URL --pid N [--wallet-id N] "
                                               "[--callback-url URL]")
                              : args.usageProblem());
    }
    config::Profile profile;
    profile.name = names.first();
    if (!config::ProfileRepository::isValidName(profile.name)) {
        return usageError(context,
                          QStringLiteral("profile name: use letters, digits, space, '.', '_' or '-' "
                                         "(at most 63 characters)"));
    }
    if (!cregis::CregisClient::isAllowedBaseUrl(*baseUrl)) {
        return usageError(context,
                          QStringLiteral("--base-url: use an https:// URL (plain http:// only for "
                                         "127.0.0.1, ::1 or localhost)"));
    }
    const auto pid = parseId(*pidText);
    if (!pid) {
        return usageError(context, QStringLiteral("--pid: use the project ID, digits only"));
    }
    std::optional<qint64> walletId;
    if (walletText) {
        walletId = parseId(*walletText);
        if (!walletId) {
            return usageError(context, QStringLiteral("--wallet-id: use the wallet ID, digits only"));
        }
    }
    profile.baseUrl = *baseUrl;
    profile.pid = *pid;
    profile.defaultWalletId = walletId;
    profile.callbackUrl = callbackUrl.value_or(QString());
    context.profiles().save(profile);
    if (context.profiles().currentName().isEmpty()) {
        context.profiles().setCurrentName(profile.name);
    }
    context.err() << QStringLiteral("profile \"%1\" saved\n").arg(profile.name);
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

// The key arrives on stdin so it never shows in the process list or the shell history.
std::optional<QByteArray> readKeyFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QByteArray key = input.readLine(4096).trimmed();
    return key.isEmpty() ? std::nullopt : std::optional<QByteArray>(key);
}

int setCredentials(CliContext& context, const QString& name)
{
    const auto profile = context.profiles().find(name);
    if (!profile) {
        context.err()
            << QStringLiteral("error: there is no profile named \"%1\"; create it with `profile set`\n").arg(name);
        return ExitItemFailed;
    }
    const auto key = readKeyFromStdin();
    if (!key) {
        return usageError(context, QStringLiteral("credentials set: pass the API key on standard input"));
    }
    QEventLoop loop;
    secrets::SecretResult result;
    context.secrets().writeApiKey(config::keychainAccount(*profile, context.paths()), *key, &loop,
                                  [&](const secrets::SecretResult& r) {
                                      result = r;
                                      loop.quit();
                                  });
    loop.exec();
    if (!result.ok()) {
        context.err() << QStringLiteral("error: %1\n").arg(secrets::describe(result));
        return ExitItemFailed;
    }
    context.err() << QStringLiteral("API key for \"%1\" stored in the system keychain\n").arg(name);
    return ExitOk;
}

int checkCredentials(CliContext& context, const QString& name)
{
    const auto profile = context.profiles().find(name);
    if (!profile) {
        context.err() << QStringLiteral("error: there is no profile named \"%1\"\n").arg(name);
        return ExitItemFailed;
    }
    desk::Desk desk(context.paths(), *profile, config::actingUser());
    const auto key = context.readApiKey(*profile);
    if (!key) {
        return ExitItemFailed;
    }
    desk.setApiKey(*key);
    QEventLoop loop;
    QString error;
    desk.refreshCoins(&loop, [&](const QString& problem) {
        error = problem;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty()) {
        context.err() << QStringLiteral("error: the gateway refused the check: %1\n").arg(error);
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
    return usageError(context, QStringLiteral("profile set NAME ... | profile list"));
}

int runCredentialsCommand(CliContext& context, ArgumentList& args)
{
    const QString sub = args.takeFirstWord();
    const QStringList names = args.takePositionals();
    if (names.size() != 1 || !args.usageProblem().isEmpty()) {
        return usageError(context, QStringLiteral("credentials set NAME | credentials check NAME"));
    }
    if (sub == QLatin1String("set")) {
        return setCredentials(context, names.first());
    }
    if (sub == QLatin1String("check")) {
        return checkCredentials(context, names.first());
    }
    return usageError(context, QStringLiteral("credentials set NAME | credentials check NAME"));
}

} // namespace paydesk::cli
