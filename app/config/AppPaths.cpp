#include "AppPaths.h"

#include "GatewayUrl.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace paydesk::config {

namespace {

QString ensureDir(const QString& path)
{
    QDir().mkpath(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QDir(path).absolutePath();
}

} // namespace

QString AppPaths::databaseFile(const Profile& profile) const
{
    if (profile.demo) {
        return dataDir + QStringLiteral("/demo.sqlite");
    }
    if (!databaseOverride.isEmpty()) {
        return databaseOverride;
    }
    return dataDir + QStringLiteral("/payouts.sqlite");
}

QString keychainAccount(const Profile& profile, const AppPaths& paths)
{
    // Readable on purpose: a person looking at their keyring sees what each entry is for.
    return QStringLiteral("%1 | pid %2 | %3 | %4")
        .arg(profile.name)
        .arg(profile.pid)
        .arg(normalizedGatewayUrl(profile.baseUrl), QDir(paths.dataDir).absolutePath());
}

AppPaths AppPaths::resolve(const QString& explicitDataDir)
{
    const QString overrideDir = explicitDataDir.isEmpty() ? qEnvironmentVariable("PAYDESK_DATA_DIR") : explicitDataDir;
    AppPaths paths;
    if (!overrideDir.isEmpty()) {
        paths.dataDir = ensureDir(overrideDir);
        paths.settingsFile = paths.dataDir + QStringLiteral("/paydesk.ini");
        return paths;
    }
    paths.dataDir = ensureDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    paths.settingsFile = ensureDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        + QStringLiteral("/paydesk.ini");
    return paths;
}

QString actingUser()
{
    const QString configured = qEnvironmentVariable("PAYDESK_USER").trimmed();
    if (!configured.isEmpty()) {
        return configured;
    }
    if (const passwd* entry = getpwuid(geteuid())) {
        return QString::fromLocal8Bit(entry->pw_name);
    }
    return qEnvironmentVariable("USER", QStringLiteral("unknown"));
}

} // namespace paydesk::config
