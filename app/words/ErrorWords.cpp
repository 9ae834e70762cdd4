#include "ErrorWords.h"

#include "ProfileWords.h"
#include "StatusWords.h"

#include <QStringList>

namespace paydesk::words {

using store::StoreProblem;

QString ErrorWords::cregis(const cregis::CregisError& error)
{
    using Kind = cregis::CregisError::Kind;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Api:
        return tr("Cregis refused the request: %1 — %2").arg(error.code, error.message);
    case Kind::Http:
        return tr("The gateway answered with HTTP status %1.").arg(error.httpStatus);
    case Kind::Timeout:
        return tr("The gateway did not answer in time.");
    case Kind::Network:
        return tr("The gateway could not be reached or the connection broke: %1").arg(error.message);
    case Kind::Tls:
        return error.possiblySent
            ? tr("The gateway's certificate could not be verified on a new connection; an earlier connection was in "
                 "use, so the request may have gone out on it: %1")
                  .arg(error.message)
            : tr("The gateway's certificate could not be verified, so nothing was sent: %1").arg(error.message);
    case Kind::NotJson:
    case Kind::BadResponse:
        return tr("The gateway's answer was not a Cregis answer: %1").arg(error.message);
    case Kind::Redirect:
        return tr("The gateway answered with a redirect (HTTP %1), which is never followed; check the gateway URL.")
            .arg(error.httpStatus);
    case Kind::InsecureUrl:
        return tr("The gateway URL was refused, so nothing was sent: %1")
            .arg(ProfileWords::gatewayUrl(error.urlProblem));
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::NoKey:
        return tr("No API key is loaded for this profile; nothing was sent.");
    }
    return error.message;
}

QString ErrorWords::store(const store::StoreError& error)
{
    const qint64 id = error.payoutId;
    switch (error.problem) {
    case StoreProblem::None:
        return {};
    case StoreProblem::NotFound:
        return tr("There is no payout #%1 in this profile.").arg(id);
    case StoreProblem::WrongState:
        if (error.state && error.wanted) {
            return tr("Payout #%1 is %2; it cannot become %3.")
                .arg(id)
                .arg(StatusWords::payoutState(*error.state), StatusWords::payoutState(*error.wanted));
        }
        return tr("Payout #%1 is not in a state that allows this.").arg(id);
    case StoreProblem::CreatorCannotApprove:
        return tr("Payout #%1 was created by %2, who cannot also approve it.").arg(id).arg(error.person);
    case StoreProblem::CreatorCannotReject:
        return tr("Payout #%1 was created by %2, who cannot reject it; its creator cancels it instead.")
            .arg(id)
            .arg(error.person);
    case StoreProblem::CreatorOnly:
        return tr("Payout #%1 was created by %2: only its creator can do this.").arg(id).arg(error.person);
    case StoreProblem::AlreadyApproved:
        return tr("%1 has already approved payout #%2.").arg(error.person).arg(id);
    case StoreProblem::ChangedSinceReview:
        return tr("Payout #%1 changed after you reviewed it; look at it again.").arg(id);
    case StoreProblem::EverSent:
        return tr("Payout #%1 was already sent to Cregis once and may be there; it can only be resent under its own "
                  "third_party_id or reconciled.")
            .arg(id);
    case StoreProblem::ReasonRequired:
        return tr("A rejection needs a reason.");
    case StoreProblem::ApproverRequired:
        return tr("An approval needs the approver's name.");
    case StoreProblem::NotClaimHolder:
        return tr("Payout #%1 is no longer claimed by this process; its answer was not recorded here.").arg(id);
    case StoreProblem::Busy:
        return tr("Payout #%1 is being sent right now by another PayDesk process; it is left to that process.").arg(id);
    case StoreProblem::WrongProject:
        return tr("Payout #%1 was queued for project %2; this profile points to project %3, so it is not sent.")
            .arg(id)
            .arg(error.count)
            .arg(error.required);
    case StoreProblem::ContentChanged:
        return tr("Payout #%1 was not sent: its fields no longer match what was approved (changed outside "
                  "PayDesk). Run `audit verify`.")
            .arg(id);
    case StoreProblem::NotApproved:
        return tr("Payout #%1 was not sent: it has %n valid approval(s) of exactly this content; it needs %2.", nullptr,
                  int(error.count))
            .arg(id)
            .arg(error.required);
    case StoreProblem::CreatorCannotReconcile:
        return tr("Payout #%1 was created by %2: another approver reconciles it.").arg(id).arg(error.person);
    case StoreProblem::NotStaff:
        return error.detail == QLatin1String("approver")
            ? tr("%1 is not an approver of this team database (paydesk_approver); ask its owner for `paydesk-cli db "
                 "grant %1 approver`.")
                  .arg(error.person)
            : error.detail == QLatin1String("maker")
            ? tr("%1 may not queue payouts in this team database (paydesk_maker); ask its owner for `paydesk-cli db "
                 "grant %1 maker`.")
                  .arg(error.person)
            : tr("%1 is not a staff login of this team database: staff are logins granted paydesk_maker or "
                 "paydesk_approver, never the group roles or the database's owner.")
                  .arg(error.person);
    case StoreProblem::RecipientNotAllowed:
        return tr("Payout #%1 was not sent: its recipient is not on the team policy's allow-list.").arg(id);
    case StoreProblem::UnansweredTooLong:
        return tr("Payout #%1 has had no answer for longer than the resend limit; reconcile it (`paydesk-cli "
                  "reconcile %1`) before it is sent again.")
            .arg(id);
    case StoreProblem::CregisStatusRefused:
        return tr("Payout #%1: Cregis status %2 cannot follow status %3 (a final status never changes, and \"paid\" "
                  "needs a txid); nothing was recorded.")
            .arg(id)
            .arg(error.count)
            .arg(error.required);
    case StoreProblem::TeamRulesChanged:
        return tr("The team database's rules are not the ones this PayDesk installs (%1). Approving and sending are "
                  "refused until its owner runs `paydesk-cli db init` again.")
            .arg(error.detail);
    case StoreProblem::Database:
        return tr("The payout database failed to %1").arg(error.detail);
    }
    return {};
}

QString ErrorWords::decision(const workflow::DecisionError& error)
{
    switch (error.kind) {
    case workflow::DecisionError::Kind::None:
        return {};
    case workflow::DecisionError::Kind::PolicyBlocked:
        return policyBlocked(error.policyProblems);
    case workflow::DecisionError::Kind::RecipientNotAllowed:
        return tr("Payout #%1 pays a recipient that is not on this profile's list of approved addresses.")
            .arg(error.store.payoutId);
    case workflow::DecisionError::Kind::Store:
        return store(error.store);
    }
    return {};
}

QString ErrorWords::policyProblem(const workflow::PolicyProblem& problem)
{
    using Kind = workflow::PolicyProblem::Kind;
    switch (problem.kind) {
    case Kind::ApprovalsRequired:
        return tr("the number of approvals required (\"%1\") cannot be read").arg(problem.text);
    case Kind::Thresholds:
        return tr("the amount thresholds cannot be read");
    case Kind::ThresholdApprovers:
        return tr("a threshold's number of approvers (\"%1\") cannot be read").arg(problem.text);
    case Kind::ThresholdCurrency:
        return tr("a threshold's currency cannot be read; its %n approver(s) apply to every currency", nullptr,
                  problem.approvals);
    case Kind::ThresholdAmount:
        return tr("the threshold amount \"%1\" for %2 cannot be read; its %n approver(s) apply to every amount",
                  nullptr, problem.approvals)
            .arg(problem.text, problem.currency.isEmpty() ? tr("every currency") : problem.currency);
    case Kind::AllowListOnly:
        return tr("whether only allow-listed recipients may be paid (\"%1\") cannot be read; they alone may be")
            .arg(problem.text);
    case Kind::AllowList:
        return tr("the list of approved addresses cannot be read; no recipient is on it");
    case Kind::Expiry:
        return tr("the approval expiry (\"%1\") cannot be read").arg(problem.text);
    case Kind::ResendLimit:
        return tr("the resend limit (\"%1\") cannot be read; unanswered payouts are resent only after a "
                  "reconciliation search")
            .arg(problem.text);
    }
    return {};
}

QString ErrorWords::policyBlocked(const QList<workflow::PolicyProblem>& problems)
{
    QStringList parts;
    for (const workflow::PolicyProblem& problem : problems) {
        parts << policyProblem(problem);
    }
    return tr("The approval policy cannot be applied (%1); nothing is approved or sent until it is set again, "
              "whole.")
        .arg(parts.join(QStringLiteral("; ")));
}

QString ErrorWords::audit(const store::AuditVerification& result)
{
    using Break = store::AuditVerification::Break;
    if (result.intact) {
        return tr("audit log intact: %1 events").arg(result.eventsChecked);
    }
    QString where;
    if (result.brokenEventId) {
        where += tr(" at event %1").arg(*result.brokenEventId);
    }
    if (result.alteredPayoutId) {
        where += tr(" (payout %1)").arg(*result.alteredPayoutId);
    }
    QString why;
    switch (result.broken) {
    case Break::Unlinked:
        why = tr("audit event %1 does not follow the event before it (rows removed or inserted)")
                  .arg(result.brokenEventId.value_or(0));
        break;
    case Break::EventAltered:
        why = tr("audit event %1 was altered after it was written").arg(result.brokenEventId.value_or(0));
        break;
    case Break::PayoutAltered:
        why = tr("payout %1 no longer matches the hash in its audit trail (fields altered)")
                  .arg(result.alteredPayoutId.value_or(0));
        break;
    case Break::Unreadable:
        why = tr("the audit log could not be read: %1").arg(result.detail);
        break;
    case Break::None:
        break;
    }
    return tr("audit log broken%1: %2").arg(where, why);
}

QString ErrorWords::secret(const secrets::SecretResult& result)
{
    const QString detail = result.detail.isEmpty() ? QString() : tr(" (%1)").arg(result.detail);
    switch (result.status) {
    case secrets::SecretResult::Status::Ok:
        return tr("The API key is stored in the system keychain.");
    case secrets::SecretResult::Status::NotFound:
        return tr("No API key is stored for this profile as it is now set up. Enter it in Settings (or with "
                  "`paydesk-cli credentials set`); a key is asked for again whenever the profile's gateway, project "
                  "ID or data folder changes.");
    case secrets::SecretResult::Status::AccessDenied:
        return tr("The system keychain refused access. Unlock your keyring and try again.") + detail;
    case secrets::SecretResult::Status::NoBackend:
        return tr("No system keychain is available in this session. Start your desktop's keyring (for example GNOME "
                  "Keyring or KWallet) and try again.")
            + detail;
    case secrets::SecretResult::Status::Failed:
        break;
    }
    return tr("The system keychain reported an error.") + detail;
}

QString ErrorWords::secretText(const secrets::SecretTextCheck& check, const QString& what)
{
    const QString byte = QStringLiteral("0x%1").arg(check.byte, 2, 16, QLatin1Char('0'));
    switch (check.problem) {
    case secrets::SecretTextProblem::None:
        return {};
    case secrets::SecretTextProblem::Empty:
        return tr("%1 is empty: give it whole, on one line.").arg(what);
    case secrets::SecretTextProblem::SeveralLines:
        return tr("%1 holds a line break at byte %2: give it on one line, nothing before or after it.")
            .arg(what)
            .arg(check.position);
    case secrets::SecretTextProblem::ControlCharacter:
        return check.position > 0
            ? tr("%1 holds a control character (byte %2 at position %3): copy it again from its source.")
                  .arg(what, byte)
                  .arg(check.position)
            : tr("%1 holds a control character: copy it again from its source.").arg(what);
    case secrets::SecretTextProblem::Space:
        return tr("%1 holds a space at position %2: an API key has none; copy it again from the Cregis console.")
            .arg(what)
            .arg(check.position);
    case secrets::SecretTextProblem::NotAscii:
        return tr("%1 holds a character that is not plain ASCII (byte %2 at position %3): copy it again from the "
                  "Cregis console.")
            .arg(what, byte)
            .arg(check.position);
    case secrets::SecretTextProblem::NotUtf8:
        return tr("%1 is not UTF-8 text: type it again.").arg(what);
    case secrets::SecretTextProblem::TooLong:
        return tr("%1 is longer than %2 bytes: that is not one key or password (was a whole file given?). Nothing was "
                  "stored.")
            .arg(what)
            .arg(check.limit);
    }
    return {};
}

} // namespace paydesk::words
