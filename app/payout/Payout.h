#pragma once

#include "PayoutFields.h"
#include "PayoutState.h"

#include <QString>

#include <algorithm>
#include <optional>

namespace paydesk::payout {

// A payout as the store holds it: the checked fields plus everything that happened to it.
struct Payout
{
    qint64 id = 0;
    QString profile;
    QString thirdPartyId; // idempotency key, generated once, before the first send
    PayoutFields fields;
    QByteArray contentHash;
    PayoutState state = PayoutState::PendingApproval;
    std::optional<int> cregisStatus;
    std::optional<qint64> cid;
    QString txid;
    QString blockHeight; // Cregis sends it as a string
    std::optional<qint64> blockTimeMs;
    QString errorCode; // Cregis's code for `refused`, or the transport error kind for `unknown`
    QString errorMessage;
    QString createdBy;
    qint64 createdAtMs = 0;
    QString approvedBy;
    std::optional<qint64> submittedAtMs;
    qint64 updatedAtMs = 0;
    int attempts = 0; // requests sent (or possibly sent) so far; never edited, rejected or cancelled once > 0

    // The Cregis project it was queued for; it is sent to no other.
    std::optional<qint64> projectPid;
    QString gateway;
    // The claim while `submitting`: which process holds it (see store::ClaimLease), since when.
    QString claimOwner;
    std::optional<qint64> claimedAtMs;
    std::optional<qint64> firstSentAtMs; // the first claim: when it may first have reached Cregis
    std::optional<qint64> reconcileCheckedAtMs; // the last search of the trade history that found nothing

    // While unanswered: how long it may have been at Cregis without PayDesk knowing, counted from
    // the first send or from the last search that found no trace of it.
    std::optional<qint64> unansweredSinceMs() const
    {
        if (!firstSentAtMs) {
            return std::nullopt;
        }
        return std::max(*firstSentAtMs, reconcileCheckedAtMs.value_or(0));
    }
};

} // namespace paydesk::payout
