#pragma once

#include "config/Clock.h"
#include "config/TeamDatabase.h"
#include "store/ProfileStore.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

// The engine a store suite runs against: SQLite files by default, PostgreSQL when the test
// command sets PAYDESK_TEST_ENGINE=postgresql (inside scripts/with-postgres.sh, which names the
// server's owner login in PAYDESK_TEST_PG_OWNER_URL). A suite opens its stores through here and
// runs unchanged on both.
namespace TestEngine {

bool isPostgres();
QString name();

// The store a suite would keep in the file `sqlitePath`. On PostgreSQL, a database of its own named
// after that path: created, set up by its owner (db init) and given the suites' people (alice, bob,
// ...: the logins of PAYDESK_TEST_PG_STAFF, members of both group roles) on first use, and the same
// database again for the same path. The store's session is the first person's; each other person
// acts through a session of their own login.
std::unique_ptr<paydesk::store::ProfileStore> open(const QString& sqlitePath, paydesk::store::StoreScope scope,
                                                   const paydesk::config::Clock& clock,
                                                   paydesk::store::StoreError* error);

// The PostgreSQL database for `sqlitePath` (created if new), as the owner logs in to it.
std::optional<paydesk::config::TeamDatabase> teamDatabaseFor(const QString& sqlitePath, QString* error);
// The same database reached as another login role (one of PAYDESK_TEST_PG_STAFF).
paydesk::config::TeamDatabase as(const paydesk::config::TeamDatabase& team, const QString& login);

// One SQL statement on a PostgreSQL database as `team.user`, the way a person with psql could.
bool exec(const paydesk::config::TeamDatabase& team, const QString& sql, QString* error);

// One statement run on the store at `sqlitePath` behind PayDesk's back, by someone with the most
// power over it there is: the file itself, or on PostgreSQL the database's owner with the
// enforcing triggers switched off for the statement (PayDesk's own checks must still hold).
bool tamper(const QString& sqlitePath, const QString& statement);

// On PostgreSQL the database decides by its own team policy and stamps times with its own clock;
// on SQLite the desk's policy and clock are all there are. These let one suite run on both:
// the team policy the owner sets (nothing on SQLite)...
bool setTeamPolicy(const QString& sqlitePath, const QHash<QString, QString>& values);
// ...the time on the store's clock (the server's; on SQLite, `deskNowMs`)...
qint64 storeNowMs(const QString& sqlitePath, qint64 deskNowMs);
// ...and time passing on it: every time the database stamped on payouts and approvals moves `ms`
// into the past (nothing on SQLite, whose times come from the desk's clock, which the suite
// advances itself). The audit trail keeps its times: they are part of its hash chain.
bool elapse(const QString& sqlitePath, qint64 ms);
// The rows of a query on that store, each value as text.
QList<QStringList> rows(const QString& sqlitePath, const QString& sql);

// Stops ("kill": immediate shutdown, every session cut; "stop"), starts or restarts the private
// server scripts/with-postgres.sh runs, waiting until it is done. Suites that use it run alone.
bool controlServer(const QString& action);

} // namespace TestEngine
