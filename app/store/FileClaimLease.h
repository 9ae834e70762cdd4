#pragma once

#include "ClaimLease.h"

#include <QString>

#include <memory>

namespace paydesk::store {

// The claim lease of an SQLite store: a lock file (flock) in a folder beside the database, named
// after the owner id. The kernel releases the lock when the process ends, however it ends.
//
// flock is reliable on local file systems; a database on a network share gets no such guarantee.
class FileClaimLease final : public ClaimLease
{
public:
    // Creates and locks this process's lock file. Returns nullptr and fills `error` on failure.
    static std::unique_ptr<FileClaimLease> acquire(const QString& directory, QString* error);
    ~FileClaimLease() override;

    FileClaimLease(const FileClaimLease&) = delete;
    FileClaimLease& operator=(const FileClaimLease&) = delete;

    // The id recorded in this process's claims.
    const QString& owner() const override { return m_owner; }

    // True when no live process holds `owner`'s lock: its process ended, or it never existed.
    // Removes the stale lock file. False while the owner lives (and for this process's own id).
    bool isAbandoned(const QString& owner) const override;
    // The lock file's modification time is the last claim: the file system stamps it, so every
    // process reads one clock (this computer's, or a network share's server's).
    void markClaim() const override;
    std::optional<qint64> sinceLastClaimMs(const QString& owner) const override;

    // Where the lock files of a database's claim owners live.
    static QString directoryFor(const QString& databasePath);

private:
    FileClaimLease(QString directory, QString owner, int fd);

    QString lockPath(const QString& owner) const;

    QString m_directory;
    QString m_owner;
    int m_fd = -1;
};

} // namespace paydesk::store
