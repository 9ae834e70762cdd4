#pragma once

#include "Profile.h"

#include <QString>

namespace paydesk::config {

// Where PayDesk keeps its database and settings. An explicit directory (the CLI's --data-dir)
// or PAYDESK_DATA_DIR puts both in one place, which keeps tests and separate desks apart.
struct AppPaths
{
    QString dataDir;
    QString settingsFile;
    QString databaseOverride; // an explicit SQLite file (the CLI's --database)
    QString teamDatabaseOverride; // an explicit team database URL (the CLI's --database postgresql://...)

    // The demo profile's payouts live apart from real ones, whatever the profile is called.
    QString databaseFile(const Profile& profile) const;

    // Creates the directories (owner-only) if needed.
    static AppPaths resolve(const QString& explicitDataDir = {});
};

// The keychain entry holding a profile's API key. It names the profile and the project it points
// at (gateway and pid) and the data directory, so a key stored for one of them is never used to
// sign for another: a profile of the same name elsewhere, or this profile pointed at another
// gateway, finds no key and asks for it again.
QString keychainAccount(const Profile& profile, const AppPaths& paths);

// The person acting: PAYDESK_USER where set, else the OS login name. For the SQLite store this is
// a convenience, not a security boundary.
QString actingUser();

} // namespace paydesk::config
