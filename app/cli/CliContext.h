#pragma once

#include "CliText.h"
#include "config/AppPaths.h"
#include "config/ProfileRepository.h"
#include "desk/Desk.h"
#include "secrets/SecretStore.h"

#include <QSettings>
#include <QTextStream>

#include <memory>

namespace paydesk::cli {

enum ExitCode
{
    ExitOk = 0,
    ExitItemFailed = 1, // some payout, check or keychain call failed
    ExitUsage = 2,
};

// What every command needs: where things live, the settings, the keychain and the two streams
// (stdout for data, stderr for messages).
class CliContext
{
public:
    CliContext(config::AppPaths paths, QString profileOverride, secrets::SecretStore& secrets, bool demo);

    config::ProfileRepository& profiles() { return m_profiles; }
    secrets::SecretStore& secrets() { return m_secrets; }
    const config::AppPaths& paths() const { return m_paths; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // `error: <words>` on stderr.
    void error(const QString& words);
    void warning(const QString& words);

    // --profile, else the current profile, else the only one. Prints why when there is none.
    std::optional<config::Profile> selectedProfile();

    // The selected profile's desk with its store open; nullptr after printing the reason.
    std::unique_ptr<desk::Desk> openDesk();
    // Reads the profile's key from the keychain (waiting for it) into the desk's client.
    bool loadApiKey(desk::Desk& desk);
    // The team database login's password from the keychain; empty when none is kept there (then
    // libpq looks in PGPASSWORD and ~/.pgpass).
    QString readDatabasePassword(const config::TeamDatabase& team);
    // Stores a secret under `account` in the keychain, waiting for it.
    secrets::SecretResult writeSecret(const QString& account, const QByteArray& secret);
    // A secret given on standard input (so it shows in no process list or shell history), checked
    // whole by `check`; nullopt after printing why it is refused. `what` names it in that sentence.
    enum class SecretKind
    {
        ApiKey,
        Password,
    };
    std::optional<QByteArray> readSecretFromStdin(SecretKind kind, const QString& what);
    // Reads a profile's key, waiting for the keychain; prints the reason on failure.
    std::optional<QByteArray> readApiKey(const config::Profile& profile);

private:
    config::AppPaths m_paths;
    QString m_profileOverride;
    bool m_demo = false;
    QSettings m_settings;
    config::ProfileRepository m_profiles;
    secrets::SecretStore& m_secrets;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace paydesk::cli
