#pragma once

#include "money/Amount.h"
#include "payout/PayoutFields.h"
#include "store/PayoutStore.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::workflow {

// From this amount on (in this currency), a payout needs this many distinct approvers. The
// amount may have any precision: it is compared with a payout's amount exactly.
struct AmountThreshold
{
    QString currency; // chain_id@token_id; empty = every currency (a rule whose currency could not be read)
    money::Amount atLeast;
    int approvals = 2;
};

// A rule of a policy that could not be read as written, and how it is applied instead.
struct PolicyProblem
{
    enum class Kind
    {
        ApprovalsRequired, // blocks: the number of approvals required
        Thresholds, // blocks: the list of thresholds
        ThresholdApprovers, // blocks: how many approvers a threshold wants
        ThresholdCurrency, // its `approvals` apply to every currency
        ThresholdAmount, // `text` for `currency`: its `approvals` apply to every amount
        AllowListOnly, // only allow-listed recipients may be paid
        AllowList, // no recipient is on the list
        Expiry, // blocks: how long approvals last
        ResendLimit, // unanswered payouts are resent only after a reconciliation search
    };
    Kind kind = Kind::ApprovalsRequired;
    QString text;
    QString currency;
    int approvals = 0;
};

// A profile's rules for when a payout may be sent. Pure: it decides, the store records.
//
// A policy read from settings fails closed: a rule that cannot be read is applied in its
// strictest form (a threshold whose amount cannot be read applies to every amount) and named in
// `problems`; one that cannot be applied at all sets `blocked`, and then nothing is approved or
// sent until the policy is set again.
struct ApprovalPolicy
{
    static constexpr qint64 defaultResendLimitMs = 24LL * 60 * 60 * 1000;
    // How far ahead of this desk's clock a stamp may be and still count as now (desks on one
    // network share disagree by seconds); anything further ahead grants nothing.
    static constexpr qint64 clockToleranceMs = 5LL * 60 * 1000;

    int approvalsRequired = 1;
    QList<AmountThreshold> thresholds;
    bool allowListOnly = false; // only recipients on `allowList` may be paid
    QStringList allowList;
    std::optional<qint64> approvalExpiryMs; // approvals older than this no longer count
    // An unanswered payout older than this (since its first send, or its last reconciliation
    // search) is not resent until its trade history was searched again.
    qint64 resendLimitMs = defaultResendLimitMs;

    QList<PolicyProblem> problems;
    bool blocked = false;

    int requiredApprovals(const payout::PayoutFields& fields) const;
    bool recipientAllowed(const payout::PayoutFields& fields) const;
    store::ApprovalRequirement requirementFor(const payout::PayoutFields& fields, qint64 nowMs) const;
};

} // namespace paydesk::workflow
