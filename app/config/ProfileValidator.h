#pragma once

#include "GatewayUrl.h"
#include "Profile.h"
#include "TeamDatabase.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::config {

enum class ProfileField
{
    Name,
    BaseUrl,
    Pid,
    WalletId,
    CallbackUrl,
    TeamDatabase,
};

enum class ProfileIssueCode
{
    Required,
    BadName, // letters, digits, space, '.', '_' or '-'; at most 63; starting with a letter or digit
    BadGatewayUrl, // `urlProblem` says which way
    NotAnId, // digits only, above zero, within 64 bits
    BadCallbackUrl, // a full http(s):// URL with a host, or nothing
    BadTeamDatabase, // `databaseProblem` says which way
};

struct ProfileIssue
{
    ProfileField field = ProfileField::Name;
    ProfileIssueCode code = ProfileIssueCode::Required;
    GatewayUrlProblem urlProblem = GatewayUrlProblem::None;
    TeamDatabaseProblem databaseProblem = TeamDatabaseProblem::None;

    friend bool operator==(const ProfileIssue&, const ProfileIssue&) = default;
};

// What a person typed for a profile, as typed.
struct ProfileInput
{
    QString name;
    QString baseUrl;
    QString pid;
    QString walletId; // optional
    QString callbackUrl; // optional
    QString teamDatabase; // optional
};

struct ProfileCheck
{
    std::optional<Profile> profile; // set when there are no issues
    QList<ProfileIssue> issues;
};

// The one rule set for a profile, for the Settings dialog and `paydesk-cli profile set` alike.
ProfileCheck validateProfile(const ProfileInput& input);

} // namespace paydesk::config
