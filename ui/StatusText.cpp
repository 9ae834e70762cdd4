#include "StatusText.h"

namespace paydesk::ui {

using payout::PayoutState;
using workflow::SubmitOutcome;

QString payoutStateText(PayoutState state)
{
    switch (state) {
    case PayoutState::Draft:
        return QStringLiteral("Draft");
    case PayoutState::PendingApproval:
        return QStringLiteral("Pending approval");
    case PayoutState::Approved:
        return QStringLiteral("Approved");
    case PayoutState::Submitting:
        return QStringLiteral("Submitting");
    case PayoutState::Submitted:
        return QStringLiteral("Submitted");
    case PayoutState::Rejected:
        return QStringLiteral("Rejected");
    case PayoutState::Cancelled:
        return QStringLiteral("Cancelled");
    case PayoutState::Refused:
        return QStringLiteral("Refused");
    case PayoutState::Unknown:
        return QStringLiteral("No answer — will retry");
    case PayoutState::NeedsReconciliation:
        return QStringLiteral("Needs reconciliation");
    }
    return QString();
}

QString cregisStatusText(std::optional<int> status)
{
    if (!status) {
        return QString();
    }
    switch (*status) {
    case 0:
        return QStringLiteral("Awaiting Cregis approval");
    case 5:
        return QStringLiteral("Awaiting signature");
    case 1:
        return QStringLiteral("Broadcasting");
    case 6:
        return QStringLiteral("Paid");
    case 7:
        return QStringLiteral("Transaction failed");
    case 2:
        return QStringLiteral("Signature rejected");
    case 3:
        return QStringLiteral("Approval cancelled");
    case 4:
        return QStringLiteral("Approval rejected");
    default:
        break;
    }
    // A status this version does not know: show the number rather than guess its meaning.
    return QStringLiteral("Cregis status %1").arg(*status);
}

QString cregisErrorText(const cregis::CregisError& error)
{
    using Kind = cregis::CregisError::Kind;
    switch (error.kind) {
    case Kind::None:
        return QString();
    case Kind::Api:
        return QStringLiteral("Cregis refused the request: %1 — %2").arg(error.code, error.message);
    case Kind::Http:
        return QStringLiteral("The gateway answered with HTTP status %1.").arg(error.httpStatus);
    case Kind::Timeout:
        return QStringLiteral("The gateway did not answer in time.");
    case Kind::Network:
        return QStringLiteral("Could not reach the gateway: %1").arg(error.message);
    case Kind::Tls:
        return QStringLiteral("The gateway's certificate could not be verified, so nothing was sent: %1")
            .arg(error.message);
    case Kind::NotJson:
    case Kind::BadResponse:
        return QStringLiteral("The gateway's answer was not a Cregis answer: %1").arg(error.message);
    case Kind::Redirect:
        return QStringLiteral("The gateway answered with a redirect; check the gateway URL.");
    case Kind::InsecureUrl:
        return error.message;
    case Kind::Cancelled:
        return QStringLiteral("The request was cancelled.");
    }
    return error.message;
}

QString submitOutcomeText(qint64 payoutId, const SubmitOutcome& outcome)
{
    switch (outcome.kind) {
    case SubmitOutcome::Kind::Submitted:
        return QStringLiteral("Payout #%1 submitted: Cregis accepted it with cid %2. Follow it in History.")
            .arg(payoutId)
            .arg(outcome.cid ? QString::number(*outcome.cid) : QStringLiteral("(none)"));
    case SubmitOutcome::Kind::Refused:
        return QStringLiteral("Payout #%1 refused by Cregis: %2 — %3. Nothing was paid; if it is still due, enter a "
                              "corrected payout.")
            .arg(payoutId)
            .arg(outcome.code, outcome.message);
    case SubmitOutcome::Kind::Unknown:
        return QStringLiteral("Payout #%1: no answer from Cregis (%2). It is saved as \u201cno answer\u201d and may "
                              "have reached Cregis; resend it under the same id with `paydesk-cli submit %1`, which "
                              "can never pay twice. Do not enter it again.")
            .arg(payoutId)
            .arg(outcome.message.isEmpty() ? outcome.code : outcome.message);
    case SubmitOutcome::Kind::NeedsReconciliation:
        if (outcome.cid) {
            return QStringLiteral("Payout #%1 needs reconciliation: %2 Check it in the Cregis console and reconcile "
                                  "it in History; nothing more is sent.")
                .arg(payoutId)
                .arg(outcome.message);
        }
        return QStringLiteral("Payout #%1 needs reconciliation: Cregis already has a payout with its id (%2), so an "
                              "earlier attempt got through. Find its cid in History; nothing more is sent.")
            .arg(payoutId)
            .arg(outcome.code);
    case SubmitOutcome::Kind::NotRecorded:
        return QStringLiteral("Payout #%1: %2").arg(payoutId).arg(outcome.message);
    case SubmitOutcome::Kind::NotSent:
    case SubmitOutcome::Kind::Skipped:
        return QStringLiteral("Payout #%1 was not sent: %2").arg(payoutId).arg(outcome.message);
    }
    return QString();
}

} // namespace paydesk::ui
