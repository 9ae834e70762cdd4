#pragma once

#include <QString>

#include <optional>

namespace paydesk::config {

// Why a team-database URL is refused. Each has its own words (words::ProfileWords).
enum class TeamDatabaseProblem
{
    None,
    NotAUrl, // not postgresql://USER@HOST[:PORT]/DATABASE
    NoUser, // the login role is who acts: it must be named
    Password, // a password in the URL: it comes from the keychain, PGPASSWORD or ~/.pgpass
    NoDatabase,
    UnknownOption, // a query option other than sslmode and sslrootcert
    WeakTls, // sslmode weaker than require to a host that is not this computer
};

// Where a team's shared store lives: one PostgreSQL database, reached as one login role. The
// role is the person acting; no password is ever part of it.
struct TeamDatabase
{
    QString user;
    QString host;
    int port = 5432;
    QString database;
    // verify-full unless the URL says otherwise; to this computer, the server's own choice
    // (TLS where it offers it).
    QString sslMode;
    QString sslRootCert; // a CA file for verify-ca / verify-full; libpq's default when empty

    // postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=...&sslrootcert=...] (postgres:// too).
    static std::optional<TeamDatabase> parse(const QString& url, TeamDatabaseProblem* problem);
    static bool isTeamDatabaseUrl(const QString& text);

    // The URL again, without options: how people and the keychain name it.
    QString url() const;
    // The keychain entry of this login's password, when one is kept there.
    QString keychainAccount() const;
    // Options for libpq (QPSQL's connect options).
    QString connectOptions() const;

    friend bool operator==(const TeamDatabase&, const TeamDatabase&) = default;
};

} // namespace paydesk::config
