#include "CliContext.h"

#include "Commands.h"

#include <QEventLoop>

#include <cstdio>

namespace paydesk::cli {

namespace {

constexpr auto usage
    = "usage: paydesk-cli [--data-dir DIR | --database FILE] [--profile NAME | --demo] COMMAND ...\n"
      "  profile set NAME --base-url URL --pid N [--wallet-id N] [--callback-url URL]\n"
      "  profile list\n"
      "  credentials set NAME        API key read from stdin into the OS keychain\n"
      "  credentials check NAME      calls /api/v1/coins with it\n"
      "  new --currency C --to ADDR --amount A [--memo M] [--remark R] [--wallet-id N] [--from ADDR]\n"
      "      [--check-online]        also ask Cregis whether the address is valid and not the project's own\n"
      "  approve ID... | --all-pending\n"
      "  reject ID --reason TEXT\n"
      "  cancel ID\n"
      "  submit ID... | --all-approved\n"
      "  reconcile ID [--cid N]\n"
      "  refresh\n"
      "  audit verify\n"
      "  policy show | policy set ...\n"
      "  list [--status S] [--format table|csv|json]\n"
      "  currency list | currency set-decimals CURRENCY N\n";

} // namespace

int usageError(CliContext& context, const QString& problem)
{
    context.err() << QStringLiteral("error: %1\n").arg(problem) << QString::fromLatin1(usage);
    context.err().flush();
    return ExitUsage;
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
        m_err << (all.isEmpty() ? QStringLiteral("error: no profile is configured; create one with "
                                                 "`paydesk-cli profile set NAME --base-url URL --pid N`\n")
                                : QStringLiteral("error: several profiles exist; choose one with --profile NAME\n"));
        m_err.flush();
        return std::nullopt;
    }
    auto profile = m_profiles.find(name);
    if (!profile) {
        m_err << QStringLiteral("error: there is no profile named \"%1\"\n").arg(name);
        m_err.flush();
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
    QString error;
    if (!desk->openStore(&error)) {
        m_err << QStringLiteral("error: %1\n").arg(error);
        m_err.flush();
        return nullptr;
    }
    return desk;
}

std::optional<QByteArray> CliContext::readApiKey(const config::Profile& profile)
{
    QEventLoop loop;
    secrets::SecretResult result;
    m_secrets.readApiKey(config::keychainAccount(profile, m_paths), &loop, [&](const secrets::SecretResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok()) {
        m_err << QStringLiteral("error: %1\n").arg(secrets::describe(result));
        m_err.flush();
        return std::nullopt;
    }
    return result.secret;
}

bool CliContext::loadApiKey(desk::Desk& desk)
{
    if (desk.profile().demo) {
        m_err << QStringLiteral("error: the demo's key exists only inside the window's demo session; send from the "
                                "window\n");
        m_err.flush();
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
