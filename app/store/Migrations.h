#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace paydesk::store {

// Brings a database to the newest schema, one numbered step at a time, each in a transaction.
// Steps are only ever appended: a shipped step is never edited.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase& db);
    // Returns false and fills `error` if a step fails; that step is rolled back.
    // A team database's roles, grants and enforcing triggers (PostgresDialect::teamRules), in
    // one transaction; run by its owner after every migrate().
    static bool applyTeamRules(QSqlDatabase& db, QString* error);
    static bool migrate(QSqlDatabase& db, const SqlDialect& dialect, QString* error);
};

} // namespace paydesk::store
