#pragma once

#include <QString>

#include <optional>

namespace paydesk::config {

// One Cregis project a desk pays from. Everything here is ordinary settings; the API key is not
// part of a profile and only ever goes to the keychain.
struct Profile
{
    QString name;
    QString baseUrl; // the project's "Gateway Server"
    qint64 pid = 0;
    std::optional<qint64> defaultWalletId;
    QString callbackUrl;
    // The team's shared store (postgresql://USER@HOST:PORT/DB); empty: this computer's SQLite file.
    QString teamDatabase;
    bool demo = false; // the local simulator with a throw-away key

    friend bool operator==(const Profile&, const Profile&) = default;
};

// The simulator's project id in demo mode (the one in the Cregis docs' examples).
inline constexpr qint64 demoPid = 1382528827416576;

// The demo profile: the local simulator at `simulatorUrl` (known only once it runs; empty when
// only the demo's payouts are read or queued).
inline Profile demoProfile(const QString& simulatorUrl = {})
{
    Profile profile;
    profile.name = QStringLiteral("Demo");
    profile.baseUrl = simulatorUrl;
    profile.pid = demoPid;
    profile.demo = true;
    return profile;
}

} // namespace paydesk::config
