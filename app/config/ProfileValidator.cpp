#include "ProfileValidator.h"

#include "Ids.h"
#include "ProfileRepository.h"

#include <QUrl>

namespace paydesk::config {

namespace {

// The URL's options (sslmode, sslrootcert), kept as typed.
QString optionsOf(const QString& url)
{
    const qsizetype query = url.indexOf(u'?');
    return query < 0 ? QString() : url.mid(query);
}

} // namespace

ProfileCheck validateProfile(const ProfileInput& input)
{
    ProfileCheck check;
    Profile profile;
    profile.name = input.name.trimmed();
    if (profile.name.isEmpty()) {
        check.issues.append({ProfileField::Name, ProfileIssueCode::Required});
    } else if (!ProfileRepository::isValidName(profile.name)) {
        check.issues.append({ProfileField::Name, ProfileIssueCode::BadName});
    }
    profile.baseUrl = input.baseUrl.trimmed();
    if (const GatewayUrlProblem problem = checkGatewayUrl(profile.baseUrl); problem != GatewayUrlProblem::None) {
        check.issues.append(
            {ProfileField::BaseUrl,
             problem == GatewayUrlProblem::Empty ? ProfileIssueCode::Required : ProfileIssueCode::BadGatewayUrl,
             problem});
    }
    const QString pid = input.pid.trimmed();
    if (pid.isEmpty()) {
        check.issues.append({ProfileField::Pid, ProfileIssueCode::Required});
    } else if (const std::optional<qint64> parsed = parseId(pid)) {
        profile.pid = *parsed;
    } else {
        check.issues.append({ProfileField::Pid, ProfileIssueCode::NotAnId});
    }
    const QString wallet = input.walletId.trimmed();
    if (!wallet.isEmpty()) {
        profile.defaultWalletId = parseId(wallet);
        if (!profile.defaultWalletId) {
            check.issues.append({ProfileField::WalletId, ProfileIssueCode::NotAnId});
        }
    }
    profile.callbackUrl = input.callbackUrl.trimmed();
    if (!profile.callbackUrl.isEmpty()) {
        const QUrl url(profile.callbackUrl, QUrl::StrictMode);
        // Cregis calls it from outside with the payout's details: https only, like the gateway.
        if (!url.isValid() || url.host().isEmpty() || url.scheme() != QLatin1String("https")
            || !url.userInfo().isEmpty()) {
            check.issues.append({ProfileField::CallbackUrl, ProfileIssueCode::BadCallbackUrl});
        }
    }
    profile.teamDatabase = input.teamDatabase.trimmed();
    if (!profile.teamDatabase.isEmpty()) {
        TeamDatabaseProblem problem = TeamDatabaseProblem::None;
        if (const std::optional<TeamDatabase> team = TeamDatabase::parse(profile.teamDatabase, &problem)) {
            profile.teamDatabase = team->url() + optionsOf(profile.teamDatabase);
        } else {
            check.issues.append(
                {ProfileField::TeamDatabase, ProfileIssueCode::BadTeamDatabase, GatewayUrlProblem::None, problem});
        }
    }
    if (check.issues.isEmpty()) {
        check.profile = profile;
    }
    return check;
}

} // namespace paydesk::config
