#include "PayoutSubmitter.h"

#include <QPointer>
#include <QTimer>

namespace paydesk::workflow {

using payout::PayoutState;
using Kind = SubmitOutcome::Kind;

PayoutSubmitter::PayoutSubmitter(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
                                 QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_approvals(approvals)
    , m_actor(std::move(actor))
{ }

const QSet<PayoutState>& PayoutSubmitter::sendableStates()
{
    static const QSet<PayoutState> states{PayoutState::Approved, PayoutState::Unknown};
    return states;
}

void PayoutSubmitter::submit(qint64 payoutId, QObject* context, Done done)
{
    const std::optional<payout::Payout> before = m_store.payout(payoutId);
    if (!before) {
        finish(context, std::move(done), {Kind::NotSent, std::nullopt, QString(), m_store.lastError()});
        return;
    }
    if (!sendableStates().contains(before->state)) {
        finish(context, std::move(done),
               {Kind::Skipped, std::nullopt, QString(),
                before->state == PayoutState::Submitting
                    ? QStringLiteral("Payout %1 is being sent right now by another PayDesk process.").arg(payoutId)
                    : QStringLiteral("Payout %1 is %2; only approved payouts are sent.")
                          .arg(payoutId)
                          .arg(payout::toStorageName(before->state))});
        return;
    }
    // The client signs for one project; a payout queued for another is never sent through it,
    // whatever the caller asked for.
    if (!m_client.endpoint().isProject(before->projectPid)) {
        finish(context, std::move(done),
               {Kind::NotSent, std::nullopt, QString(),
                QStringLiteral("Payout %1 belongs to project %2, not to this client's project %3; it was not sent.")
                    .arg(payoutId)
                    .arg(before->projectPid.value_or(0))
                    .arg(m_client.endpoint().pid)});
        return;
    }
    const SendCheck check = m_approvals.checkBeforeSend(*before, m_actor);
    if (!check.allowed) {
        finish(context, std::move(done), {Kind::NotSent, std::nullopt, QString(), check.why});
        return;
    }
    const store::ClaimResult claim = m_store.claimForSubmission(payoutId, sendableStates(), check.requirement, m_actor);
    if (!claim.claimed) {
        const bool elsewhere
            = claim.problem == store::ClaimProblem::Busy || claim.problem == store::ClaimProblem::NotSendable;
        finish(context, std::move(done),
               {elsewhere ? Kind::Skipped : Kind::NotSent, std::nullopt, QString(), claim.detail});
        return;
    }
    // The claim is committed: from here on a crash leaves the row `submitting` under this
    // process's claim, which the next start turns into `unknown`, never into a silent second
    // payout. What is sent is the row as claimed, and only if the request built from it hashes to
    // the content its approvals were given for.
    const payout::Payout& claimed = *claim.claimed;
    const cregis::PayoutRequest request = claimed.fields.toRequest(claimed.thirdPartyId);
    if (request.contentHash() != claimed.contentHash) {
        const QString why = QStringLiteral("the request built for it does not match what was approved");
        const bool released = m_store.releaseClaim(payoutId, claim.claimedFrom, why, m_actor);
        finish(context, std::move(done),
               {released ? Kind::NotSent : Kind::NotRecorded, std::nullopt, QString(),
                QStringLiteral("Payout %1 was not sent: %2.").arg(payoutId).arg(why)});
        return;
    }
    m_client.createPayout(request, this,
                          [this, claimed, from = claim.claimedFrom, context = QPointer<QObject>(context),
                           done = std::move(done)](const cregis::CregisResult<cregis::PayoutCreated>& result) {
                              record(claimed, from, result, [context, done](const SubmitOutcome& outcome) {
                                  if (context) {
                                      done(outcome);
                                  }
                              });
                          });
}

SubmitOutcome PayoutSubmitter::recordAccepted(const payout::Payout& claimed, qint64 cid)
{
    if (m_store.recordSubmitted(claimed.id, cid, m_actor)) {
        return {Kind::Submitted, cid, {}, {}};
    }
    const QString saveError = m_store.lastError();
    // A cid another payout already holds: Cregis has this payout or the answer is wrong; either
    // way a person must look, so the payout goes to reconciliation with the cid in the record.
    if (const std::optional<qint64> holder = m_store.payoutWithCid(cid); holder && *holder != claimed.id) {
        const QString why
            = QStringLiteral("Cregis answered cid %1, which payout %2 already holds").arg(cid).arg(*holder);
        if (m_store.recordNeedsReconciliation(claimed.id, QStringLiteral("duplicate_cid"), why, m_actor)) {
            return {Kind::NeedsReconciliation, cid, QStringLiteral("duplicate_cid"), why + u'.'};
        }
    }
    return {Kind::NotRecorded, cid, QString(),
            QStringLiteral("Cregis accepted payout %1 with cid %2, but it could not be saved: %3. Record the cid with "
                           "`reconcile %1 --cid %2`.")
                .arg(claimed.id)
                .arg(cid)
                .arg(saveError)};
}

void PayoutSubmitter::record(const payout::Payout& claimed, PayoutState claimedFrom,
                             const cregis::CregisResult<cregis::PayoutCreated>& result, Done done)
{
    const qint64 id = claimed.id;
    SubmitOutcome outcome;
    bool stored = false;
    if (result.ok()) {
        finish(this, std::move(done), recordAccepted(claimed, result.value->cid));
        return;
    }
    const cregis::CregisError& error = result.error;
    if (error.isApiCode("E0009")) {
        // The third_party_id is already known to Cregis: an earlier attempt (ours, whose answer
        // was lost) got through. Never send again under another id; a person finds the cid.
        outcome = {Kind::NeedsReconciliation, std::nullopt, error.code, error.message};
        stored = m_store.recordNeedsReconciliation(id, error.code, error.message, m_actor);
    } else if (error.isDefinitelyNotProcessed() && error.kind != cregis::CregisError::Kind::Api) {
        // Nothing left this computer (the TLS handshake of a first connection failed, or the URL
        // was refused): the payout is as it was before the claim, and can be sent once fixed.
        outcome = {Kind::NotSent, std::nullopt, cregis::kindName(error.kind),
                   QStringLiteral("Payout %1 was not sent: %2").arg(id).arg(error.message)};
        stored = m_store.releaseClaim(id, claimedFrom, error.message, m_actor);
    } else if (error.isDefinitelyNotProcessed()) {
        outcome = {Kind::Refused, std::nullopt, error.code, error.message};
        stored = m_store.recordRefused(id, error.code, error.message, m_actor);
    } else {
        const QString kind = error.kind == cregis::CregisError::Kind::Api ? error.code : cregis::kindName(error.kind);
        outcome = {Kind::Unknown, std::nullopt, kind, error.message};
        stored = m_store.recordUnknown(id, kind, error.message, m_actor);
    }
    if (!stored) {
        // The answer could not be committed: say so, so a person can act. The row stays
        // `submitting` under this process's claim; the next start makes it `unknown`.
        outcome = {Kind::NotRecorded, std::nullopt, outcome.code,
                   QStringLiteral("Payout %1: %2 (and that answer could not be saved: %3)")
                       .arg(id)
                       .arg(outcome.message, m_store.lastError())};
    }
    finish(this, std::move(done), outcome);
}

void PayoutSubmitter::finish(QObject* context, Done done, SubmitOutcome outcome)
{
    // Always asynchronous, so callers see one order of events whether or not a request was sent.
    QTimer::singleShot(0, context ? context : this,
                       [done = std::move(done), outcome = std::move(outcome)] { done(outcome); });
}

} // namespace paydesk::workflow
