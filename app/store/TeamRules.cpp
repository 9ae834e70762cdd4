#include "TeamRules.h"

#include "TeamRulesParts.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace paydesk::store {

namespace {

const QString searchPath = QStringLiteral("search_path=public, pg_temp");
const QStringList groupRoles{QStringLiteral("paydesk_maker"), QStringLiteral("paydesk_approver")};
// Every table of PayDesk's: staff read some, write none.
const QStringList readTables{QStringLiteral("payouts"), QStringLiteral("approvals"), QStringLiteral("audit_events"),
                             QStringLiteral("schema_version"), QStringLiteral("team_policy")};
const QStringList allTables = readTables + QStringList{QStringLiteral("paydesk_leases")};

// The group roles, granted to each staff login by `paydesk-cli db grant`.
const char* roles = R"SQL(
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'paydesk_maker') THEN
    CREATE ROLE paydesk_maker NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'paydesk_approver') THEN
    CREATE ROLE paydesk_approver NOLOGIN;
  END IF;
END $$)SQL";

// Functions a newer or older PayDesk installed under other arguments would linger beside the new
// ones: every paydesk_ function goes first, the triggers on them with it.
const char* dropFunctions = R"SQL(
DO $$ DECLARE f record; BEGIN
  FOR f IN SELECT p.oid::pg_catalog.regprocedure AS signature FROM pg_catalog.pg_proc p
             JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public' AND p.proname LIKE 'paydesk\_%' LOOP
    EXECUTE 'DROP FUNCTION ' || f.signature || ' CASCADE';
  END LOOP;
END $$)SQL";

// The database itself: no temporary tables (which would shadow PayDesk's in a careless
// function) and no new objects in PayDesk's schema, for anyone but the owner.
const char* revokeDatabase = R"SQL(
DO $$ BEGIN
  EXECUTE pg_catalog.format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, paydesk_maker, paydesk_approver',
                            pg_catalog.current_database());
END $$)SQL";

QString qualified(const TeamFunction& f)
{
    return QStringLiteral("public.%1(%2)").arg(QLatin1String(f.name), QLatin1String(f.arguments));
}

QString createStatement(const TeamFunction& f)
{
    return QStringLiteral("CREATE FUNCTION %1 RETURNS %2 LANGUAGE %3 %4%5 SET search_path = public, pg_temp"
                          " AS $paydesk$%6$paydesk$")
        .arg(qualified(f), QLatin1String(f.returns), QLatin1String(f.language), QLatin1String(f.volatility),
             f.definer ? QStringLiteral(" SECURITY DEFINER") : QString(), QString::fromUtf8(f.body));
}

QString triggerStatement(const TeamTrigger& t)
{
    const bool before = t.type & 2;
    QStringList events;
    for (const auto& [bit, name] : {std::pair{4, "INSERT"}, {8, "DELETE"}, {16, "UPDATE"}, {32, "TRUNCATE"}}) {
        if (t.type & bit) {
            events << QLatin1String(name);
        }
    }
    return QStringLiteral("CREATE TRIGGER %1 %2 %3 ON public.%4%5 FOR EACH %6 EXECUTE FUNCTION public.%7()")
        .arg(QLatin1String(t.name), before ? QStringLiteral("BEFORE") : QStringLiteral("AFTER"),
             events.join(QStringLiteral(" OR ")), QLatin1String(t.table),
             t.newTable ? QStringLiteral(" REFERENCING NEW TABLE AS %1").arg(QLatin1String(t.newTable)) : QString(),
             (t.type & 1) ? QStringLiteral("ROW") : QStringLiteral("STATEMENT"), QLatin1String(t.function));
}

// PostgreSQL prints a type of PayDesk's schema without it while the schema is on the path.
QString normalizedArguments(QString arguments)
{
    return arguments.remove(QStringLiteral("public."));
}

std::optional<QString> functionDifferences(const QSqlDatabase& db, const QString& owner)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid), p.prosrc, p.prosecdef,"
            " coalesce(pg_catalog.array_to_string(p.proconfig, ';'), ''), pg_catalog.pg_get_userbyid(p.proowner),"
            " pg_catalog.has_function_privilege('paydesk_maker', p.oid, 'EXECUTE'),"
            " pg_catalog.has_function_privilege('paydesk_approver', p.oid, 'EXECUTE')"
            " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'public' AND p.proname LIKE 'paydesk\\_%'"))) {
        return QStringLiteral("its functions cannot be read: %1").arg(query.lastError().text());
    }
    QHash<QString, const TeamFunction*> expected;
    for (const TeamFunction& f : TeamRules::functions()) {
        expected.insert(QLatin1String(f.name) + u'(' + normalizedArguments(QLatin1String(f.arguments)) + u')', &f);
    }
    QSet<QString> seen;
    while (query.next()) {
        const QString key = query.value(0).toString() + u'(' + normalizedArguments(query.value(1).toString()) + u')';
        const TeamFunction* f = expected.value(key);
        if (!f) {
            return QStringLiteral("it has a function PayDesk does not install: %1").arg(key);
        }
        seen.insert(key);
        const bool definer = query.value(3).toBool();
        if (query.value(2).toString() != QString::fromUtf8(f->body) || definer != f->definer
            || query.value(4).toString() != searchPath) {
            return QStringLiteral("its function %1 is not the one this PayDesk installs").arg(key);
        }
        if (query.value(5).toString() != owner) {
            return QStringLiteral("its function %1 belongs to %2, not to the tables' owner %3")
                .arg(key, query.value(5).toString(), owner);
        }
        if (query.value(6).toBool() != definer || query.value(7).toBool() != definer) {
            return QStringLiteral("staff %1 run its function %2")
                .arg(definer ? QStringLiteral("cannot") : QStringLiteral("may"), key);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key())) {
            return QStringLiteral("its function %1 is missing").arg(it.key());
        }
    }
    return std::nullopt;
}

std::optional<QString> triggerDifferences(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT t.tgname, c.relname, t.tgtype, t.tgenabled, f.proname, coalesce(t.tgnewtable, ''),"
            " t.tgqual IS NULL"
            " FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
            " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace JOIN pg_catalog.pg_proc f ON f.oid = t.tgfoid"
            " WHERE n.nspname = 'public' AND NOT t.tgisinternal"))) {
        return QStringLiteral("its triggers cannot be read: %1").arg(query.lastError().text());
    }
    QHash<QString, const TeamTrigger*> expected;
    for (const TeamTrigger& t : TeamRules::triggers()) {
        expected.insert(QLatin1String(t.name) + QStringLiteral(" on ") + QLatin1String(t.table), &t);
    }
    QSet<QString> seen;
    while (query.next()) {
        const QString key = query.value(0).toString() + QStringLiteral(" on ") + query.value(1).toString();
        const TeamTrigger* t = expected.value(key);
        if (!t) {
            if (allTables.contains(query.value(1).toString())) {
                return QStringLiteral("it has a trigger PayDesk does not install: %1").arg(key);
            }
            continue; // a table of someone else's
        }
        seen.insert(key);
        if (query.value(3).toString() != QLatin1String("O")) {
            return QStringLiteral("its trigger %1 is disabled").arg(key);
        }
        if (query.value(2).toInt() != t->type || query.value(4).toString() != QLatin1String(t->function)
            || query.value(5).toString() != QLatin1String(t->newTable ? t->newTable : "") || !query.value(6).toBool()) {
            return QStringLiteral("its trigger %1 is not the one this PayDesk installs").arg(key);
        }
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key())) {
            return QStringLiteral("its trigger %1 is missing").arg(it.key());
        }
    }
    return std::nullopt;
}

std::optional<QString> privilegeDifferences(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    for (const QString& role : groupRoles) {
        for (const QString& table : allTables) {
            query.prepare(QStringLiteral("SELECT pg_catalog.has_table_privilege(?, ?,"
                                         " 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"));
            query.addBindValue(role);
            query.addBindValue(QStringLiteral("public.") + table);
            if (!query.exec() || !query.next()) {
                return QStringLiteral("its grants cannot be read: %1").arg(query.lastError().text());
            }
            if (query.value(0).toBool()) {
                return QStringLiteral("%1 may write to the table %2").arg(role, table);
            }
        }
        query.prepare(QStringLiteral(
            "SELECT pg_catalog.has_database_privilege(?, pg_catalog.current_database(), 'TEMPORARY'),"
            " pg_catalog.has_schema_privilege(?, 'public', 'CREATE'),"
            " EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            "  WHERE n.nspname = 'public'"
            "    AND CASE WHEN c.relkind = 'S' THEN pg_catalog.has_sequence_privilege(?, c.oid, 'USAGE, UPDATE') "
            "END)"));
        query.addBindValue(role);
        query.addBindValue(role);
        query.addBindValue(role);
        if (!query.exec() || !query.next()) {
            return QStringLiteral("its grants cannot be read: %1").arg(query.lastError().text());
        }
        if (query.value(0).toBool()) {
            return QStringLiteral("%1 may create temporary tables").arg(role);
        }
        if (query.value(1).toBool()) {
            return QStringLiteral("%1 may create objects in the schema public").arg(role);
        }
        if (query.value(2).toBool()) {
            return QStringLiteral("%1 may advance PayDesk's sequences").arg(role);
        }
    }
    return std::nullopt;
}

} // namespace

const QList<TeamFunction>& TeamRules::functions()
{
    static const QList<TeamFunction> all = team::helperFunctions() + team::stepFunctions() + team::triggerFunctions();
    return all;
}

const QList<TeamTrigger>& TeamRules::triggers()
{
    return team::secondLineTriggers();
}

QStringList TeamRules::installStatements()
{
    QStringList statements{
        QString::fromUtf8(roles).trimmed(),
        QStringLiteral("CREATE TABLE IF NOT EXISTS public.team_policy (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS public.paydesk_leases (owner TEXT PRIMARY KEY, login TEXT NOT NULL,"
                       " pid INTEGER NOT NULL, opened_at BIGINT NOT NULL)"),
        // Bodies refer to functions created after them.
        QStringLiteral("SET LOCAL check_function_bodies = off"),
        QString::fromUtf8(dropFunctions).trimmed(),
    };
    for (const TeamFunction& f : functions()) {
        statements << createStatement(f) << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(qualified(f));
        if (f.definer) {
            statements
                << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO paydesk_maker, paydesk_approver").arg(qualified(f));
        }
    }
    for (const TeamTrigger& t : triggers()) {
        statements << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON public.%2")
                          .arg(QLatin1String(t.name), QLatin1String(t.table))
                   << triggerStatement(t);
    }
    const QString everyTable = QStringLiteral("public.") + allTables.join(QStringLiteral(", public."));
    statements << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC, paydesk_maker, paydesk_approver").arg(everyTable)
               << QStringLiteral("GRANT SELECT ON public.%1 TO paydesk_maker, paydesk_approver")
                      .arg(readTables.join(QStringLiteral(", public.")))
               << QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, paydesk_maker,"
                                 " paydesk_approver")
               << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC, paydesk_maker, paydesk_approver")
               << QString::fromUtf8(revokeDatabase).trimmed();
    return statements;
}

std::optional<QString> TeamRules::differences(const QSqlDatabase& db)
{
    QSqlQuery owner(db);
    if (!owner.exec(QStringLiteral("SELECT pg_catalog.pg_get_userbyid(c.relowner) FROM pg_catalog.pg_class c"
                                   " WHERE c.oid = 'public.payouts'::pg_catalog.regclass"))
        || !owner.next()) {
        return QStringLiteral("its tables cannot be read: %1").arg(owner.lastError().text());
    }
    if (std::optional<QString> found = functionDifferences(db, owner.value(0).toString())) {
        return found;
    }
    if (std::optional<QString> found = triggerDifferences(db)) {
        return found;
    }
    return privilegeDifferences(db);
}

} // namespace paydesk::store
