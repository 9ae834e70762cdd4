#pragma once

#include "payout/PayoutState.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace paydesk::workflow {

// How one submission attempt ended, as committed to the store.
struct SubmitOutcome
{
    enum class Kind
    {
        Submitted, // `cid` set and saved
        Refused, // Cregis said no: `code` and `message` are Cregis's
        Unknown, // no definite answer; retry with the same third_party_id
        NeedsReconciliation, // E0009 (an earlier attempt got through) or a cid another payout holds
        NotRecorded, // an answer came (`cid` when Cregis accepted it) but could not be saved
        NotSent, // held back before anything went out: the policy, its content, its project, ...
        Skipped, // not in a state to send: already sent, or being sent by another process
    };

    Kind kind = Kind::NotSent;
    std::optional<qint64> cid;
    QString code;
    QString message;

    // Whether Cregis now has the payout for certain, and PayDesk knows its cid.
    bool isSubmitted() const { return kind == Kind::Submitted; }
};

} // namespace paydesk::workflow

Q_DECLARE_METATYPE(paydesk::workflow::SubmitOutcome)
