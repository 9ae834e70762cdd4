#pragma once

#include <QString>

#include <optional>

namespace paydesk::payout {

// PayDesk's own state of a payout. Cregis's status (0, 5, 1, 6, ...) is kept apart from it.
enum class PayoutState
{
    Draft,
    PendingApproval,
    Approved,
    Submitting, // claimed; a request may be on the wire
    Submitted, // Cregis answered with a cid
    Rejected,
    Cancelled,
    Refused, // Cregis answered with a definite error
    Unknown, // no answer: retry with the same third_party_id
    NeedsReconciliation, // a retry got E0009: an earlier attempt reached Cregis
};

QString toStorageName(PayoutState state);
std::optional<PayoutState> stateFromStorageName(const QString& name);

// Cregis payout status: 0 awaiting approval, 5 awaiting signature, 1 broadcasting, 6 succeeded,
// 7 failed, 2 signature rejected, 3 approval cancelled, 4 approval rejected.
bool isTerminalCregisStatus(int status);

} // namespace paydesk::payout
