#include "Commands.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "words/ErrorWords.h"
#include "words/ProfileWords.h"

#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace paydesk::cli {

namespace {

std::unique_ptr<store::Database> connect(CliContext& context, const config::TeamDatabase& team,
                                         store::Database::Schema schema)
{
    store::StoreError error;
    auto database = store::Database::openPostgres(team, context.readDatabasePassword(team), schema, &error);
    if (!database) {
        context.error(words::ErrorWords::store(error));
    }
    return database;
}

int init(CliContext& context, const config::TeamDatabase& team)
{
    const auto database = connect(context, team, store::Database::Schema::Upgrade);
    if (!database) {
        return ExitItemFailed;
    }
    context.err() << Cli::tr("%1: PayDesk schema %2, with the team's roles (paydesk_maker, paydesk_approver), "
                             "grants and rules")
                         .arg(team.url())
                         .arg(database->schemaVersion())
                  << u'\n';
    return ExitOk;
}

int grant(CliContext& context, const config::TeamDatabase& team, ArgumentList& args)
{
    const QStringList words = args.takePositionals();
    if (words.size() != 2 || (words.at(1) != QLatin1String("maker") && words.at(1) != QLatin1String("approver"))) {
        return usageError(context, Cli::tr("db grant LOGIN maker|approver"));
    }
    const auto database = connect(context, team, store::Database::Schema::MustBeCurrent);
    if (!database) {
        return ExitItemFailed;
    }
    QSqlDatabase db = database->connection();
    // A person is a LOGIN role of their own: never a group role, the owner or a superuser, whose
    // "approvals" would be nobody's.
    QSqlQuery who(db);
    who.prepare(QStringLiteral("SELECT r.rolcanlogin, r.rolsuper, r.rolname IN ('paydesk_maker', 'paydesk_approver'),"
                               " r.rolname = (SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c"
                               "              WHERE c.oid = 'public.payouts'::pg_catalog.regclass)"
                               " FROM pg_catalog.pg_roles r WHERE r.rolname = ?"));
    who.addBindValue(words.at(0));
    if (!who.exec()) {
        context.error(Cli::tr("cannot look up %1: %2").arg(words.at(0), who.lastError().text()));
        return ExitItemFailed;
    }
    if (!who.next()) {
        context.error(Cli::tr("there is no role \"%1\": create the person's login first (CREATE ROLE ... LOGIN "
                              "PASSWORD ...)")
                          .arg(words.at(0)));
        return ExitItemFailed;
    }
    if (who.value(2).toBool() || who.value(3).toBool() || who.value(1).toBool() || !who.value(0).toBool()) {
        context.error(Cli::tr("\"%1\" is not a person's login (it is %2): grant the team's roles to each person's own "
                              "LOGIN role, never to a group role, the database's owner or a superuser")
                          .arg(words.at(0),
                               who.value(2).toBool()       ? Cli::tr("one of the team's group roles")
                                   : who.value(3).toBool() ? Cli::tr("the database's owner")
                                   : who.value(1).toBool() ? Cli::tr("a superuser")
                                                           : Cli::tr("a role that cannot log in")));
        return ExitUsage;
    }
    // A role name is an identifier, not a value: quoted by the driver, never pasted in.
    const QString login = db.driver()->escapeIdentifier(words.at(0), QSqlDriver::FieldName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("GRANT paydesk_%1 TO %2").arg(words.at(1), login))) {
        context.error(Cli::tr("cannot grant %1 to %2: %3").arg(words.at(1), words.at(0), query.lastError().text()));
        return ExitItemFailed;
    }
    context.err() << Cli::tr("%1 is now a member of paydesk_%2").arg(words.at(0), words.at(1)) << u'\n';
    return ExitOk;
}

int status(CliContext& context, const config::TeamDatabase& team)
{
    const auto database = connect(context, team, store::Database::Schema::MustBeCurrent);
    if (!database) {
        return ExitItemFailed;
    }
    context.out() << Cli::tr("database: %1").arg(team.url()) << u'\n'
                  << Cli::tr("schema version: %1 (this PayDesk: %2)")
                         .arg(database->schemaVersion())
                         .arg(store::Migrations::latestVersion())
                  << u'\n' << Cli::tr("you are: %1").arg(database->identity()) << u'\n';
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT usename, COALESCE(client_addr::text, 'local'), application_name,"
                                   " to_char(backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') FROM"
                                   " pg_stat_activity WHERE datname = current_database() AND usename IS NOT NULL"
                                   " ORDER BY backend_start"))) {
        context.error(Cli::tr("cannot list who is connected: %1").arg(query.lastError().text()));
        return ExitItemFailed;
    }
    context.out() << Cli::tr("connected:") << u'\n';
    while (query.next()) {
        context.out() << QStringLiteral("  %1\t%2\t%3\tsince %4 UTC\n")
                             .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                  query.value(3).toString());
    }
    // Who holds which role; a login holding both may queue and approve (never its own payouts).
    if (!query.exec(
            QStringLiteral("SELECT r.rolname, pg_catalog.pg_has_role(r.oid, 'paydesk_maker', 'MEMBER'),"
                           " pg_catalog.pg_has_role(r.oid, 'paydesk_approver', 'MEMBER') FROM pg_catalog.pg_roles r"
                           " WHERE r.rolcanlogin AND (pg_catalog.pg_has_role(r.oid, 'paydesk_maker', 'MEMBER')"
                           "  OR pg_catalog.pg_has_role(r.oid, 'paydesk_approver', 'MEMBER')) ORDER BY r.rolname"))) {
        context.error(Cli::tr("cannot list the staff: %1").arg(query.lastError().text()));
        return ExitItemFailed;
    }
    QStringList both;
    context.out() << Cli::tr("staff:") << u'\n';
    while (query.next()) {
        const bool maker = query.value(1).toBool();
        const bool approver = query.value(2).toBool();
        context.out() << QStringLiteral("  %1\t%2\n")
                             .arg(query.value(0).toString(),
                                  maker && approver ? QStringLiteral("maker, approver")
                                      : maker       ? QStringLiteral("maker")
                                                    : QStringLiteral("approver"));
        if (maker && approver) {
            both << query.value(0).toString();
        }
    }
    if (!both.isEmpty()) {
        context.out() << Cli::tr("logins holding both roles: %1").arg(both.join(QStringLiteral(", "))) << u'\n';
    }
    context.out() << Cli::tr("rules: %1")
                         .arg(database->teamRulesProblem()
                                  ? Cli::tr("NOT as this PayDesk installs them (%1); run db init as the owner")
                                        .arg(*database->teamRulesProblem())
                                  : Cli::tr("as this PayDesk installs them"))
                  << u'\n';
    return ExitOk;
}

int setPassword(CliContext& context, const config::TeamDatabase& team)
{
    const auto password = context.readSecretFromStdin(CliContext::SecretKind::Password, Cli::tr("The password"));
    if (!password) {
        return ExitUsage;
    }
    const secrets::SecretResult result = context.writeSecret(team.keychainAccount(), *password);
    if (!result.ok()) {
        context.error(words::ErrorWords::secret(result));
        return ExitItemFailed;
    }
    context.err() << Cli::tr("password for %1 stored in the system keychain").arg(team.url()) << u'\n';
    return ExitOk;
}

} // namespace

int runDbCommand(CliContext& context, ArgumentList& args)
{
    const QString action = args.takeFirstWord();
    const QString url = context.paths().teamDatabaseOverride;
    if (url.isEmpty()) {
        return usageError(context, Cli::tr("db commands need --database postgresql://LOGIN@HOST:PORT/DATABASE"));
    }
    config::TeamDatabaseProblem problem = config::TeamDatabaseProblem::None;
    const std::optional<config::TeamDatabase> team = config::TeamDatabase::parse(url, &problem);
    if (!team) {
        return usageError(context, Cli::tr("--database: %1").arg(words::ProfileWords::teamDatabase(problem)));
    }
    if (action == QLatin1String("init")) {
        return init(context, *team);
    }
    if (action == QLatin1String("grant")) {
        return grant(context, *team, args);
    }
    if (action == QLatin1String("status")) {
        return status(context, *team);
    }
    if (action == QLatin1String("set-password")) {
        return setPassword(context, *team);
    }
    return usageError(context, Cli::tr("db init | db grant LOGIN maker|approver | db status | db set-password"));
}

} // namespace paydesk::cli
