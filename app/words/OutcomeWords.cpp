#include "OutcomeWords.h"

#include "ErrorWords.h"
#include "StatusWords.h"

#include <QStringList>

namespace paydesk::words {

using workflow::SendCheck;
using workflow::SubmitOutcome;

QString OutcomeWords::sendCheck(qint64 payoutId, const SendCheck& check)
{
    switch (check.refusal) {
    case SendCheck::Refusal::None:
        return {};
    case SendCheck::Refusal::PolicyBlocked:
        return tr("Payout #%1 was not sent: %2").arg(payoutId).arg(ErrorWords::policyBlocked(check.policyProblems));
    case SendCheck::Refusal::UnansweredTooLong:
        return tr("Payout #%1 has had no answer for %2 (the limit for resending is %3): reconcile it first; it is not "
                  "resent until its trade history was searched.")
            .arg(payoutId)
            .arg(StatusWords::duration(check.unansweredForMs), StatusWords::duration(check.limitMs));
    case SendCheck::Refusal::SentInTheFuture:
        return tr("Payout #%1 was first sent at a time ahead of this computer's clock, so how long it has gone "
                  "unanswered cannot be told: reconcile it first; it is not resent until its trade history was "
                  "searched.")
            .arg(payoutId);
    case SendCheck::Refusal::RecipientNotAllowed:
    case SendCheck::Refusal::ApprovalsInsufficient: {
        const QString reason = check.refusal == SendCheck::Refusal::RecipientNotAllowed
            ? tr("its recipient is not on the list of approved addresses")
            : tr("its approvals expired or no longer meet the policy");
        if (check.unanswered) {
            return tr("Payout #%1 was not resent: %2. Reconcile it: a search that finds no trace of it returns it to "
                      "the approval queue under the same third_party_id.")
                .arg(payoutId)
                .arg(reason);
        }
        return check.returnedToQueue
            ? tr("Payout #%1 was not sent: %2; it is back in the approval queue.").arg(payoutId).arg(reason)
            : tr("Payout #%1 was not sent: %2.").arg(payoutId).arg(reason);
    }
    }
    return {};
}

QString OutcomeWords::submit(qint64 payoutId, const SubmitOutcome& outcome)
{
    const QString cid = outcome.cid ? QString::number(*outcome.cid) : QString();
    switch (outcome.kind) {
    case SubmitOutcome::Kind::Submitted:
        return tr("Payout #%1 submitted: Cregis accepted it with cid %2.").arg(payoutId).arg(cid);
    case SubmitOutcome::Kind::Refused:
        return tr("Payout #%1 refused by Cregis (%2 %3). Nothing was paid; if it is still due, enter a corrected "
                  "payout.")
            .arg(payoutId)
            .arg(outcome.cregis.code, outcome.cregis.message);
    case SubmitOutcome::Kind::Unknown:
        return tr("Payout #%1: no answer from Cregis (%2). It is saved as “no answer” and may have reached "
                  "Cregis; it is resent only under the same id (its third_party_id), which can never pay twice. Do not "
                  "enter it again.")
            .arg(payoutId)
            .arg(ErrorWords::cregis(outcome.cregis));
    case SubmitOutcome::Kind::NeedsReconciliation:
        if (outcome.otherPayoutId) {
            return tr("Payout #%1 needs reconciliation: Cregis answered cid %2, which payout #%3 already holds. Check "
                      "it "
                      "in the Cregis console; nothing more is sent.")
                .arg(payoutId)
                .arg(cid)
                .arg(*outcome.otherPayoutId);
        }
        return tr("Payout #%1 needs reconciliation: Cregis already has a payout with its third_party_id (%2), so an "
                  "earlier attempt got through. Find its cid; nothing more is sent.")
            .arg(payoutId)
            .arg(outcome.cregis.code);
    case SubmitOutcome::Kind::NotRecorded:
        if (outcome.cid) {
            return tr("Payout #%1: Cregis accepted it with cid %2, but that could not be saved (%3). Record the cid "
                      "with `reconcile %1 --cid %2`.")
                .arg(payoutId)
                .arg(cid, ErrorWords::store(outcome.store));
        }
        return tr("Payout #%1: Cregis's answer (%2) could not be saved: %3")
            .arg(payoutId)
            .arg(ErrorWords::cregis(outcome.cregis), ErrorWords::store(outcome.store));
    case SubmitOutcome::Kind::NotSent:
        if (!outcome.check.allowed()) {
            return sendCheck(payoutId, outcome.check);
        }
        if (outcome.requestMismatch) {
            return tr("Payout #%1 was not sent: the request built for it does not match what was approved.")
                .arg(payoutId);
        }
        if (outcome.cregis.kind != cregis::CregisError::Kind::None) {
            return tr("Payout #%1 was not sent: %2").arg(payoutId).arg(ErrorWords::cregis(outcome.cregis));
        }
        return ErrorWords::store(outcome.store);
    case SubmitOutcome::Kind::Skipped:
        return ErrorWords::store(outcome.store);
    }
    return {};
}

QString OutcomeWords::reconcile(const workflow::Reconciler::Result& result)
{
    using Outcome = workflow::Reconciler::Result::Outcome;
    using Field = workflow::Reconciler::Result::Mismatch::Field;
    const qint64 id = result.payoutId;
    const QString cid = result.cid ? QString::number(*result.cid) : QString();
    switch (result.outcome) {
    case Outcome::Recorded:
        return result.enteredByPerson
            ? tr("Payout #%1 is cid %2 (entered, and confirmed by Cregis).").arg(id).arg(cid)
            : tr("Payout #%1 is cid %2 (found in the trade history, and confirmed by Cregis).").arg(id).arg(cid);
    case Outcome::MayBeResent:
        return tr("No trade in the history is payout #%1; it may be resent under its own third_party_id, or enter its "
                  "cid from the Cregis console.")
            .arg(id);
    case Outcome::ReturnedForApproval:
        return tr("No trade in the history is payout #%1, and its approvals no longer meet the policy: it is back in "
                  "the approval queue under the same third_party_id.")
            .arg(id);
    case Outcome::EnterCid:
        return tr("No trade in the history is payout #%1 yet, though Cregis knows its third_party_id; enter its cid "
                  "from the Cregis console.")
            .arg(id);
    case Outcome::TooManyMatches:
        return tr("%1 trades look like payout #%2; enter the right cid from the Cregis console.")
            .arg(result.matches)
            .arg(id);
    case Outcome::TooManyTrades:
        return tr("Too many trades around payout #%1 to search them all; enter its cid from the Cregis console.")
            .arg(id);
    case Outcome::NotConfirmed:
        return tr("Cregis could not confirm cid %1: %2").arg(cid, ErrorWords::cregis(result.cregis));
    case Outcome::NotThisPayout: {
        QStringList parts;
        for (const auto& mismatch : result.mismatches) {
            const QString what = mismatch.field == Field::ThirdPartyId ? tr("third_party_id")
                : mismatch.field == Field::Amount                      ? tr("amount")
                                                                       : tr("address");
            parts << tr("%1 %2 is not %3").arg(what, mismatch.theirs, mismatch.ours);
        }
        return tr("cid %1 is not payout #%2: %3.").arg(cid).arg(id).arg(parts.join(QStringLiteral("; ")));
    }
    case Outcome::HistoryUnreadable:
        return tr("The trade history could not be read: %1").arg(ErrorWords::cregis(result.cregis));
    case Outcome::NotReconcilable:
        if (result.store.problem == store::StoreProblem::WrongState) {
            return tr("Payout #%1 is %2; only payouts without an answer are reconciled.")
                .arg(id)
                .arg(result.store.state ? StatusWords::payoutState(*result.store.state) : QString());
        }
        return ErrorWords::store(result.store);
    case Outcome::StoreFailed:
        return ErrorWords::store(result.store);
    }
    return {};
}

} // namespace paydesk::words
