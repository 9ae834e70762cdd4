#include "AppPaths.h"

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

QString AppPaths::databaseFile(const QString& profileName) const
{
    if (!databaseOverride.isEmpty()) {
        return databaseOverride;
    }
    // The demo's payouts never mix with real ones.
    return dataDir
        + (profileName.startsWith(QLatin1String("Demo")) ? QStringLiteral("/demo.sqlite")
                                                         : QStringLiteral("/payouts.sqlite"));
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
