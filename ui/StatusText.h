#pragma once

#include "cregis/CregisError.h"
#include "payout/PayoutState.h"
#include "workflow/SubmitOutcome.h"

#include <QString>

#include <optional>

namespace paydesk::ui {

// Words for PayDesk's own state of a payout ("Pending approval", "No answer — will retry").
QString payoutStateText(payout::PayoutState state);

// Words for Cregis's status; empty when Cregis has reported none. Only status 6 says "Paid".
QString cregisStatusText(std::optional<int> status);

// A failed gateway call in words a person can act on (Cregis's code and message, or the
// transport failure).
QString cregisErrorText(const cregis::CregisError& error);

// How one submission ended, for the summary after sending approved payouts.
QString submitOutcomeText(qint64 payoutId, const workflow::SubmitOutcome& outcome);

} // namespace paydesk::ui
