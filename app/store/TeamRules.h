#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::store {

// One function of a team database's API. Staff logins have no INSERT, UPDATE or DELETE on
// PayDesk's tables: every change is one of these, SECURITY DEFINER (run as the schema's owner)
// with a fixed search_path (PayDesk's schema, pg_temp last) and every PayDesk object
// schema-qualified. The person is always session_user: SET ROLE and role defaults change nothing.
struct TeamFunction
{
    const char* name;
    const char* arguments; // as PostgreSQL prints them (pg_get_function_identity_arguments)
    const char* returns;
    const char* language; // "sql" or "plpgsql"
    const char* volatility; // "IMMUTABLE", "STABLE" or "VOLATILE"
    bool definer; // SECURITY DEFINER: a step staff may call; the rest are the steps' helpers
    const char* body; // stored verbatim by the server (pg_proc.prosrc), so it can be compared
};

// A trigger of the second line: the same rules checked again on every row the functions write.
struct TeamTrigger
{
    const char* name;
    const char* table;
    int type; // pg_trigger.tgtype: ROW 1, BEFORE 2, INSERT 4, DELETE 8, UPDATE 16, TRUNCATE 32
    const char* function;
    const char* newTable; // REFERENCING NEW TABLE AS ..., or null
};

// The rules a team database enforces by itself, whatever client connects: installed by its owner
// (`paydesk-cli db init`), and checked by every desk that opens it.
class TeamRules
{
public:
    static const QList<TeamFunction>& functions();
    static const QList<TeamTrigger>& triggers();
    // The roles, tables, functions, triggers, grants and revocations, in order; idempotent.
    static QStringList installStatements();
    // Whether the database holds exactly the functions and enabled triggers this PayDesk installs,
    // and staff logins hold no write, temporary-table or create privilege: the first difference
    // in words (for the person, never acted on silently), or nothing.
    static std::optional<QString> differences(const QSqlDatabase& db);

    // The SQLSTATE of a refused step; its DETAIL is a JSON object naming the problem.
    static constexpr const char* refusalState = "PD001";
    // How old a claim may grow, on the database's own clock, before anyone may recover it.
    static constexpr qint64 claimLimitMs = 15 * 60 * 1000;
};

} // namespace paydesk::store
