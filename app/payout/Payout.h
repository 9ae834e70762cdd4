#pragma once

#include "PayoutFields.h"
#include "PayoutState.h"

#include <QString>

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
    int attempts = 0;
};

} // namespace paydesk::payout
