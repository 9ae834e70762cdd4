#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace paydesk::workflow {

// How one submission attempt ended, as committed to the store.
struct SubmitOutcome
{
    enum class Kind
    {
        Submitted, // `cid` set
        Refused, // Cregis said no: `code` and `message` are Cregis's
        Unknown, // no definite answer; retry with the same third_party_id
        NeedsReconciliation, // E0009: an earlier attempt got through
        NotClaimed, // the payout was not in a state that may be sent (or the store failed)
    };

    Kind kind = Kind::NotClaimed;
    std::optional<qint64> cid;
    QString code;
    QString message;
};

} // namespace paydesk::workflow

Q_DECLARE_METATYPE(paydesk::workflow::SubmitOutcome)
