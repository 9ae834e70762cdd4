#include "TeamDatabase.h"

#include "GatewayUrl.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace paydesk::config {

namespace {

const QStringList strongModes{QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
const QStringList allModes{QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
                           QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

std::optional<TeamDatabase> refuse(TeamDatabaseProblem* problem, TeamDatabaseProblem why)
{
    *problem = why;
    return std::nullopt;
}

} // namespace

bool TeamDatabase::isTeamDatabaseUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

std::optional<TeamDatabase> TeamDatabase::parse(const QString& text, TeamDatabaseProblem* problem)
{
    *problem = TeamDatabaseProblem::None;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!isTeamDatabaseUrl(text.trimmed()) || !url.isValid() || url.host().isEmpty()) {
        return refuse(problem, TeamDatabaseProblem::NotAUrl);
    }
    // "LOGIN:@HOST" holds an empty password, which QUrl does not report: look at the user part.
    const QString rest = text.trimmed().section(QLatin1String("://"), 1);
    const qsizetype at = rest.indexOf(u'@');
    const qsizetype slash = rest.indexOf(u'/');
    const bool hasUserPart = at >= 0 && (slash < 0 || at < slash);
    if (!url.password().isEmpty() || (hasUserPart && rest.left(at).contains(u':'))) {
        return refuse(problem, TeamDatabaseProblem::Password);
    }
    TeamDatabase team;
    team.user = url.userName();
    team.host = url.host();
    team.port = url.port(5432);
    team.database = url.path().mid(1);
    if (team.user.isEmpty()) {
        return refuse(problem, TeamDatabaseProblem::NoUser);
    }
    if (team.database.isEmpty() || team.database.contains(u'/')) {
        return refuse(problem, TeamDatabaseProblem::NoDatabase);
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && allModes.contains(value)) {
            team.sslMode = value;
        } else if (key == QLatin1String("sslrootcert") && !value.isEmpty()) {
            team.sslRootCert = value;
        } else {
            return refuse(problem, TeamDatabaseProblem::UnknownOption);
        }
    }
    const bool loopback = isLoopbackHost(team.host) || team.host.startsWith(u'/');
    if (team.sslMode.isEmpty()) {
        team.sslMode = loopback ? QStringLiteral("prefer") : QStringLiteral("verify-full");
    }
    // Payouts and approvals travel on this connection: to another machine, never in clear text.
    if (!loopback && !strongModes.contains(team.sslMode)) {
        return refuse(problem, TeamDatabaseProblem::WeakTls);
    }
    return team;
}

QString TeamDatabase::url() const
{
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, hostPart).arg(port).arg(database);
}

QString TeamDatabase::keychainAccount() const
{
    return QStringLiteral("team database | ") + url();
}

QString TeamDatabase::connectOptions() const
{
    // connect_timeout: a server that is gone is reported within seconds, not after TCP's minutes;
    // tcp_user_timeout and keepalives do the same for a connection whose network went silent.
    QStringList options{QStringLiteral("sslmode=") + sslMode,      QStringLiteral("connect_timeout=5"),
                        QStringLiteral("tcp_user_timeout=10000"),  QStringLiteral("keepalives_idle=10"),
                        QStringLiteral("keepalives_interval=5"),   QStringLiteral("keepalives_count=3"),
                        QStringLiteral("application_name=PayDesk")};
    if (!sslRootCert.isEmpty()) {
        options << QStringLiteral("sslrootcert=") + sslRootCert;
    }
    return options.join(u';');
}

} // namespace paydesk::config
