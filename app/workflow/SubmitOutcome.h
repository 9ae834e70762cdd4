#pragma once

#include "SendCheck.h"
#include "cregis/CregisError.h"
#include "store/StoreError.h"

#include <QMetaType>

#include <optional>

namespace paydesk::workflow {

// How one submission attempt ended, as committed to the store. Typed: each front end words it.
struct SubmitOutcome
{
    enum class Kind
    {
        Submitted, // `cid` set and saved
        Refused, // Cregis said no for good: `cregis` holds its code and message
        Unknown, // no definite answer (`cregis` says what came instead); retried under the same id
        NeedsReconciliation, // E0009 (an earlier attempt got through), or `cid` held by `otherPayoutId`
        NotRecorded, // an answer came (`cid` when Cregis accepted it) but could not be saved (`store`)
        NotSent, // held back before anything went out: `check` (the policy), `store` (the claim), or
                 // `cregis` (nothing could leave this computer)
        Skipped, // not in a state to send (`store`): already sent, or being sent by another process
    };

    Kind kind = Kind::NotSent;
    std::optional<qint64> cid;
    std::optional<qint64> otherPayoutId;
    cregis::CregisError cregis;
    store::StoreError store;
    SendCheck check;
    // Nothing matched what was approved in the request PayDesk built (a defect, never expected).
    bool requestMismatch = false;

    bool isSubmitted() const { return kind == Kind::Submitted; }
    // Left alone because another desk is sending it or already sent it: the payout is in Cregis's
    // hands (or about to be) under its one id, and this run had nothing to do.
    bool isInOtherHands() const
    {
        return kind == Kind::Skipped
            && (store.state == payout::PayoutState::Submitting || store.state == payout::PayoutState::Submitted);
    }
    // Whether this attempt leaves something for a person to do: anything but submitted here or in
    // another desk's hands. One rule for every front end (the command line's exit code follows it,
    // for payouts named by id and for --all-approved alike).
    bool needsAttention() const { return !isSubmitted() && !isInOtherHands(); }
};

} // namespace paydesk::workflow

Q_DECLARE_METATYPE(paydesk::workflow::SubmitOutcome)
