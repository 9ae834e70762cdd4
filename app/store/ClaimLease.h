#pragma once

#include <QString>

#include <optional>

namespace paydesk::store {

// This process's stake in the payouts it claims for sending. Each store holds one lease under a
// random owner id that it writes into every claim it makes. The lease lasts exactly as long as the
// process (or its database session), however it ends, so another process can tell a claim whose
// owner is gone (recover it) from one whose owner is still waiting for Cregis's answer (leave it).
class ClaimLease
{
public:
    virtual ~ClaimLease() = default;

    // The id recorded in this process's claims.
    virtual const QString& owner() const = 0;
    // True when nobody holds `owner`'s lease any more: its process ended, or it never existed.
    // False while the owner lives (and for this process's own id).
    virtual bool isAbandoned(const QString& owner) const = 0;
    // Takes the lease again after the connection it lives on was lost and restored. False when it
    // cannot be taken (then this process must not claim anything).
    virtual bool renew() { return true; }
    // Marks, on the lease's own clock, that this process is claiming a payout now.
    virtual void markClaim() const { }
    // How long ago `owner` last claimed, on the lease's own clock (one clock for every process on
    // the database, never the asking process's); nullopt when it cannot be told. A claim marked
    // in the future is as young as can be.
    virtual std::optional<qint64> sinceLastClaimMs(const QString&) const { return std::nullopt; }
};

} // namespace paydesk::store
