#pragma once

#include <QString>

#include <memory>

namespace paydesk::store {

// This process's stake in the payouts it claims for sending. Each store holds one lease: a lock
// file (flock) in a folder beside the database, named after a random owner id that the store
// writes into every claim it makes. The kernel releases the lock when the process ends, however it
// ends, so another process can tell a claim whose owner is gone (recover it) from one whose owner
// is still waiting for Cregis's answer (leave it alone).
//
// flock is reliable on local file systems; a database on a network share gets no such guarantee.
class ClaimLease
{
public:
    // Creates and locks this process's lock file. Returns nullptr and fills `error` on failure.
    static std::unique_ptr<ClaimLease> acquire(const QString& directory, QString* error);
    ~ClaimLease();

    ClaimLease(const ClaimLease&) = delete;
    ClaimLease& operator=(const ClaimLease&) = delete;

    // The id recorded in this process's claims.
    const QString& owner() const { return m_owner; }

    // True when no live process holds `owner`'s lock: its process ended, or it never existed.
    // Removes the stale lock file. False while the owner lives (and for this process's own id).
    bool isAbandoned(const QString& owner) const;

    // Where the lock files of a database's claim owners live.
    static QString directoryFor(const QString& databasePath);

private:
    ClaimLease(QString directory, QString owner, int fd);

    QString lockPath(const QString& owner) const;

    QString m_directory;
    QString m_owner;
    int m_fd = -1;
};

} // namespace paydesk::store
