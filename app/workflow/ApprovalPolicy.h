#pragma once

#include "money/Amount.h"
#include "payout/PayoutFields.h"
#include "store/PayoutStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::workflow {

// From this amount on (in this currency), a payout needs this many distinct approvers.
struct AmountThreshold
{
    QString currency; // chain_id@token_id
    money::Amount atLeast;
    int approvals = 2;
};

// A profile's rules for when a payout may be sent. Pure: it decides, the store records.
struct ApprovalPolicy
{
    int approvalsRequired = 1;
    QList<AmountThreshold> thresholds;
    bool allowListOnly = false; // only recipients on `allowList` may be paid
    QStringList allowList;
    std::optional<qint64> approvalExpiryMs; // approvals older than this no longer count

    int requiredApprovals(const payout::PayoutFields& fields) const;
    bool recipientAllowed(const QString& address) const;
    store::ApprovalRequirement requirementFor(const payout::PayoutFields& fields, qint64 nowMs) const;
};

} // namespace paydesk::workflow
