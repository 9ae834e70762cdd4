#pragma once

#include "workflow/Reconciler.h"
#include "workflow/SendCheck.h"
#include "workflow/SubmitOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::workflow {
struct DecisionItem;
}

namespace paydesk::words {

// What happened to a payout a person acted on, in the words both front ends show.
class OutcomeWords
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeWords)

public:
    static QString submit(qint64 payoutId, const workflow::SubmitOutcome& outcome);
    // Why the policy held a payout back just before sending.
    static QString sendCheck(qint64 payoutId, const workflow::SendCheck& check);
    static QString reconcile(const workflow::Reconciler::Result& result);
};

} // namespace paydesk::words
