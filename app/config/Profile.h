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
    bool demo = false; // the local simulator with a throw-away key

    friend bool operator==(const Profile&, const Profile&) = default;
};

} // namespace paydesk::config
