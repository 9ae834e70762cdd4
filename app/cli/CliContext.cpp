#include "CliContext.h"

#include "Commands.h"
#include "words/ErrorWords.h"

#include "secrets/SecretText.h"
#include "secrets/SecretWait.h"

#include <QFile>

#include <cstdio>
#include <unistd.h>

namespace paydesk::cli {

int usageError(CliContext& context, const QString& problem)
{
    context.error(problem);
    context.err() << Cli::tr(
        "usage: paydesk-cli [--data-dir DIR] [--database FILE|URL] [--profile NAME | --demo] COMMAND "
        "...\n"
        "  profile set NAME --base-url URL --pid N [--wallet-id N] [--callback-url URL]\n"
        "  profile list\n"
        "  credentials set NAME        API key read from stdin into the OS keychain\n"
        "  credentials check NAME      calls /api/v1/coins with it\n"
        "  new --currency C --to ADDR --amount A [--memo M] [--remark R] [--wallet-id N] "
        "[--from ADDR] [--check-online]\n"
        "  approve ID... | --all-pending\n"
        "  reject ID --reason TEXT\n"
        "  cancel ID\n"
        "  submit ID... | --all-approved\n"
        "  reconcile ID [--cid N]\n"
        "  refresh\n"
        "  audit verify\n"
        "  policy show | policy set ...\n"
        "  list [--status S] [--format table|csv|json]\n"
        "  export FILE[.csv|.xlsx] [--status S] [--since DATE] [--until DATE] [--bom]\n"
        "  import FILE [--allow-duplicates]\n"
        "  currency list | currency set-decimals CURRENCY N\n"
        "  db init | db grant LOGIN maker|approver | db status | db set-password\n"
        "     (with --database postgresql://LOGIN@HOST:PORT/DATABASE)\n");
    context.err().flush();
    return ExitUsage;
}

std::optional<int> applyStatusOption(CliContext& context, const std::optional<QString>& status,
                                     store::PayoutQuery& query)
{
    if (!status) {
        return std::nullopt;
    }
    const std::optional<payout::PayoutState> state = payout::stateFromStorageName(*status);
    if (!state) {
        return usageError(context,
                          Cli::tr("--status: use one of draft, pending_approval, approved, submitting, "
                                  "submitted, rejected, cancelled, refused, unknown, needs_reconciliation"));
    }
    query.states = {*state};
    return std::nullopt;
}

CliContext::CliContext(config::AppPaths paths, QString profileOverride, secrets::SecretStore& secrets, bool demo)
    : m_paths(std::move(paths))
    , m_profileOverride(std::move(profileOverride))
    , m_demo(demo)
    , m_settings(m_paths.settingsFile, QSettings::IniFormat)
    , m_profiles(m_settings)
    , m_secrets(secrets)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliContext::error(const QString& words)
{
    m_err << Cli::tr("error: %1").arg(words) << u'\n';
    m_err.flush();
}

void CliContext::warning(const QString& words)
{
    m_err << Cli::tr("warning: %1").arg(words) << u'\n';
    m_err.flush();
}

std::optional<config::Profile> CliContext::selectedProfile()
{
    if (m_demo) {
        return config::demoProfile();
    }
    QString name = m_profileOverride;
    if (name.isEmpty()) {
        name = m_profiles.currentName();
    }
    if (name.isEmpty()) {
        const QList<config::Profile> all = m_profiles.profiles();
        if (all.size() == 1) {
            return all.first();
        }
        error(all.isEmpty() ? Cli::tr("no profile is configured; create one with `paydesk-cli profile set NAME "
                                      "--base-url URL --pid N`")
                            : Cli::tr("several profiles exist; choose one with --profile NAME"));
        return std::nullopt;
    }
    auto profile = m_profiles.find(name);
    if (!profile) {
        error(Cli::tr("there is no profile named \"%1\"").arg(name));
    }
    return profile;
}

std::unique_ptr<desk::Desk> CliContext::openDesk()
{
    const auto profile = selectedProfile();
    if (!profile) {
        return nullptr;
    }
    auto desk = std::make_unique<desk::Desk>(m_paths, *profile, config::actingUser());
    if (const std::optional<config::TeamDatabase> team = desk->teamDatabase()) {
        desk->setDatabasePassword(readDatabasePassword(*team));
        // A command line may wait for a database that restarts; what it already sent is recorded
        // once the database is back.
        desk->setReconnectBudget(60000);
    }
    store::StoreError failure;
    if (!desk->openStore(&failure)) {
        error(words::ErrorWords::store(failure));
        return nullptr;
    }
    return desk;
}

secrets::SecretResult CliContext::writeSecret(const QString& account, const QByteArray& secret)
{
    return secrets::writeAndWait(m_secrets, account, secret);
}

std::optional<QByteArray> CliContext::readSecretFromStdin(SecretKind kind, const QString& what)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        error(Cli::tr("cannot read standard input"));
        return std::nullopt;
    }
    const bool apiKey = kind == SecretKind::ApiKey;
    const QByteArray secret = secrets::readSecret(input, ::isatty(STDIN_FILENO) == 1,
                                                  apiKey ? secrets::apiKeyLimit : secrets::passwordLimit);
    const secrets::SecretTextCheck check = apiKey ? secrets::checkApiKey(secret) : secrets::checkPassword(secret);
    if (!check.ok()) {
        error(words::ErrorWords::secretText(check, what));
        return std::nullopt;
    }
    return secret;
}

QString CliContext::readDatabasePassword(const config::TeamDatabase& team)
{
    const secrets::SecretResult result = secrets::readAndWait(m_secrets, team.keychainAccount());
    if (result.ok()) {
        return QString::fromUtf8(result.secret);
    }
    // No keychain here, or no entry: libpq's own sources remain. A locked one is worth saying.
    if (result.status == secrets::SecretResult::Status::AccessDenied) {
        warning(words::ErrorWords::secret(result));
    }
    return {};
}

std::optional<QByteArray> CliContext::readApiKey(const config::Profile& profile)
{
    const secrets::SecretResult result = secrets::readAndWait(m_secrets, config::keychainAccount(profile, m_paths));
    if (!result.ok()) {
        error(words::ErrorWords::secret(result));
        return std::nullopt;
    }
    return result.secret;
}

bool CliContext::loadApiKey(desk::Desk& desk)
{
    if (desk.profile().demo) {
        error(Cli::tr("the demo's key exists only inside the window's demo session; send from the window"));
        return false;
    }
    const auto key = readApiKey(desk.profile());
    if (!key) {
        return false;
    }
    desk.setApiKey(*key);
    return true;
}

} // namespace paydesk::cli
