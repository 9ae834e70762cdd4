#include "ProfileWords.h"

namespace paydesk::words {

using config::ProfileField;
using config::ProfileIssueCode;

QString ProfileWords::fieldName(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return tr("Profile name");
    case ProfileField::BaseUrl:
        return tr("Gateway URL");
    case ProfileField::Pid:
        return tr("Project ID (pid)");
    case ProfileField::WalletId:
        return tr("Default wallet ID");
    case ProfileField::CallbackUrl:
        return tr("Callback URL");
    case ProfileField::TeamDatabase:
        return tr("Team database");
    }
    return {};
}

QString ProfileWords::gatewayUrl(config::GatewayUrlProblem problem)
{
    switch (problem) {
    case config::GatewayUrlProblem::None:
        return {};
    case config::GatewayUrlProblem::Empty:
        return tr("required: the project's Gateway Server, as the Cregis console shows it.");
    case config::GatewayUrlProblem::NotAUrl:
        return tr("not a URL; use the full address, such as https://t-rwwagnvw.cregis.io.");
    case config::GatewayUrlProblem::UserInfo:
        return tr("remove the user name and password from the URL; credentials never travel in a URL, the API key "
                  "goes to the system keychain.");
    case config::GatewayUrlProblem::NotHttps:
        return tr("use https://; plain http:// is allowed only for this computer (127.0.0.1, ::1 or localhost).");
    case config::GatewayUrlProblem::UnsupportedScheme:
        return tr("use an https:// address.");
    }
    return {};
}

QString ProfileWords::teamDatabase(config::TeamDatabaseProblem problem)
{
    switch (problem) {
    case config::TeamDatabaseProblem::None:
        return {};
    case config::TeamDatabaseProblem::NotAUrl:
        return tr("use postgresql://LOGIN@HOST:PORT/DATABASE, or leave it empty for this computer's own file.");
    case config::TeamDatabaseProblem::NoUser:
        return tr("name your own database login before the @ (postgresql://LOGIN@HOST:PORT/DATABASE): it is who "
                  "acts.");
    case config::TeamDatabaseProblem::Password:
        return tr("remove the password from the URL; it comes from the system keychain (paydesk-cli db "
                  "set-password), PGPASSWORD or ~/.pgpass.");
    case config::TeamDatabaseProblem::NoDatabase:
        return tr("name the database after the last / (postgresql://LOGIN@HOST:PORT/DATABASE).");
    case config::TeamDatabaseProblem::UnknownOption:
        return tr("only ?sslmode=... and &sslrootcert=FILE may follow the database name.");
    case config::TeamDatabaseProblem::WeakTls:
        return tr("a server on another computer is reached over verified TLS: use sslmode=verify-full (the "
                  "default), verify-ca or require.");
    }
    return {};
}

QString ProfileWords::issue(const config::ProfileIssue& issue)
{
    return tr("%1: %2", "field: what is wrong and how to fix it").arg(fieldName(issue.field), fix(issue));
}

QString ProfileWords::fix(const config::ProfileIssue& issue)
{
    QString fix;
    switch (issue.code) {
    case ProfileIssueCode::Required:
        fix = issue.field == ProfileField::BaseUrl ? gatewayUrl(config::GatewayUrlProblem::Empty)
                                                   : tr("required; fill it in.");
        break;
    case ProfileIssueCode::BadName:
        fix = tr("use up to 63 letters, digits, spaces, dots, underscores or dashes, starting with a letter or digit.");
        break;
    case ProfileIssueCode::BadGatewayUrl:
        fix = gatewayUrl(issue.urlProblem);
        break;
    case ProfileIssueCode::NotAnId:
        fix = issue.field == ProfileField::WalletId ? tr("digits only, above zero, or leave it empty.")
                                                    : tr("digits only and above zero, as shown in the Cregis console.");
        break;
    case ProfileIssueCode::BadCallbackUrl:
        fix = tr("use a full https:// address without a user name or password, or leave it empty.");
        break;
    case ProfileIssueCode::BadTeamDatabase:
        fix = teamDatabase(issue.databaseProblem);
        break;
    }
    return fix;
}

} // namespace paydesk::words
