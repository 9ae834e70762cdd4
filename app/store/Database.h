#pragma once

#include "ClaimLease.h"
#include "SqlDialect.h"
#include "StoreError.h"
#include "config/TeamDatabase.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

namespace paydesk::store {

// One open connection to a payout database and what every part of the store shares over it: the
// dialect of its engine, this process's claim lease, and transactions.
class Database : public QObject
{
    Q_OBJECT

public:
    // Opens (creating if needed) an SQLite file with WAL, foreign keys and synchronous=FULL,
    // migrates it, and takes this process's claim lease beside it.
    static std::unique_ptr<Database> openSqlite(const QString& path, StoreError* error);

    enum class Schema
    {
        MustBeCurrent, // staff: a database at another schema version is refused, never changed
        Upgrade, // its owner (`db init`): create or upgrade the schema and the team's rules
    };
    // Connects to a team database as `team.user`, with `password` when one is given (else libpq's
    // own PGPASSWORD or ~/.pgpass), and listens for changes made at other desks. A staff desk
    // (MustBeCurrent) also checks that the database's rules are exactly the ones this PayDesk
    // installs (teamRulesProblem()).
    static std::unique_ptr<Database> openPostgres(const config::TeamDatabase& team, const QString& password,
                                                  Schema schema, StoreError* error);
    ~Database() override;

    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    const ClaimLease& lease() const { return *m_lease; }
    int schemaVersion() const;
    // A server shared by a team (PostgreSQL), rather than this computer's file.
    bool isShared() const { return m_shared; }
    // Who the database says is acting: the login that connected (session_user, which SET ROLE
    // and role defaults do not change); empty for SQLite, where nobody can say.
    const QString& identity() const { return m_identity; }
    // On a team database, why its rules are not the ones this PayDesk installs (a function
    // changed, a trigger switched off, a grant to staff): approving and sending are then refused.
    const std::optional<QString>& teamRulesProblem() const { return m_teamRulesProblem; }

    // The connection and claim lease a person's writes go through. A desk has one: its own login,
    // whoever a caller names (on a team database the person is the login, nothing else). A test
    // harness that plays several people on one database gives each a session of their own login
    // (addPersonSession); the names it was not given go through the desk's own.
    QSqlDatabase sessionFor(const QString& person) const;
    const ClaimLease& leaseFor(const QString& person) const;
    bool addPersonSession(const QString& login, QString* error);

    // For a shared database: whether the connection answers; if it does not, connects again
    // (trying for up to `budgetMs`, with growing pauses), takes the lease again and listens
    // again. True when the connection works at the end.
    bool restore(int budgetMs = 0) const;
    // How long a write waits for a lost connection to come back before it fails (0: not at all;
    // a window must not freeze, a command line may wait).
    void setReconnectBudget(int ms) { m_reconnectBudgetMs = ms; }
    int reconnectBudget() const { return m_reconnectBudgetMs; }
    // Counts reconnections: a statement prepared before a different generation is gone.
    int generation() const { return m_generation; }

    // A prepared statement with its values bound. Qt binds a null QString as SQL NULL; text
    // columns hold "" instead, so NOT NULL holds and comparisons stay simple. Ids meant to be
    // NULL are typed LongLong nulls and pass through.
    QSqlQuery prepare(const QString& sql, const QVariantList& values = {}) const;
    static void bind(QSqlQuery& query, const QVariantList& values);
    // The same, by position, replacing the values of a statement prepared once and run many times.
    static void rebind(QSqlQuery& query, const QVariantList& values);
    static QVariant nullableInt64(const std::optional<qint64>& value);
    static QString placeholders(qsizetype count);

Q_SIGNALS:
    // Another desk queued (`kind` "added", or "many" with id 0) or changed ("changed") a payout
    // of `profile`, and committed it.
    void changedElsewhere(const QString& kind, qint64 id, const QString& profile);
    // The connection was lost and is back: what happened meanwhile was not heard of.
    void reconnected();
    void connectionLost();

private:
    Database(QString connectionName, std::unique_ptr<SqlDialect> dialect);
    bool connectServer(QString* error) const;
    static bool prepareSession(QSqlDatabase db, QString* error);
    void listen() const;
    void handleNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<ClaimLease> m_lease;
    bool m_shared = false;
    QString m_identity;
    std::optional<QString> m_teamRulesProblem;
    struct PersonSession
    {
        QString connectionName;
        std::unique_ptr<ClaimLease> lease;
    };
    QHash<QString, std::shared_ptr<PersonSession>> m_personSessions;
    QString m_password; // kept for reconnecting; never logged
    int m_reconnectBudgetMs = 0;
    mutable int m_generation = 0;
};

// A write transaction that rolls back unless committed: every state change and its audit event
// are written inside one, so both happen or neither does.
class WriteTransaction
{
public:
    // On a shared database whose connection was lost, first waits up to its reconnect budget.
    // The transaction runs on `actor`'s session (Database::sessionFor): the desk's own login.
    explicit WriteTransaction(const Database& database, const QString& actor = {});
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // False when the transaction could not start; `error()` says why.
    bool isOpen() const { return m_open; }
    bool commit();
    void rollback();
    const StoreError& error() const { return m_error; }
    // Where the transaction's statements go.
    QSqlDatabase connection() const { return m_connection; }

private:
    const Database& m_database;
    QSqlDatabase m_connection;
    bool m_open = false;
    StoreError m_error;
};

} // namespace paydesk::store
