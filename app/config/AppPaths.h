#pragma once

#include <QString>

namespace paydesk::config {

// Where PayDesk keeps its database and settings. An explicit directory (the CLI's --data-dir)
// or PAYDESK_DATA_DIR puts both in one place, which keeps tests and separate desks apart.
struct AppPaths
{
    QString dataDir;
    QString settingsFile;
    QString databaseOverride; // an explicit SQLite file (the CLI's --database)

    QString databaseFile(const QString& profileName) const;

    // Creates the directories (owner-only) if needed.
    static AppPaths resolve(const QString& explicitDataDir = {});
};

// The person acting: PAYDESK_USER where set, else the OS login name. For the SQLite store this is
// a convenience, not a security boundary.
QString actingUser();

} // namespace paydesk::config
