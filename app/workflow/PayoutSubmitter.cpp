#include "PayoutSubmitter.h"

#include <QPointer>
#include <QTimer>

namespace paydesk::workflow {

using payout::PayoutState;
using Kind = SubmitOutcome::Kind;

PayoutSubmitter::PayoutSubmitter(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
                                 const config::ActingPerson& person, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_approvals(approvals)
    , m_person(person)
{ }

const QSet<PayoutState>& PayoutSubmitter::sendableStates()
{
    static const QSet<PayoutState> states{PayoutState::Approved, PayoutState::Unknown};
    return states;
}

void PayoutSubmitter::submit(qint64 payoutId, QObject* context, Done done)
{
    SubmitOutcome held;
    const std::optional<payout::Payout> before = m_store.payout(payoutId);
    if (!before) {
        held.store = m_store.lastError();
        finish(context, std::move(done), held);
        return;
    }
    if (!sendableStates().contains(before->state)) {
        held.kind = Kind::Skipped;
        held.store = store::StoreError::of(before->state == PayoutState::Submitting ? store::StoreProblem::Busy
                                                                                    : store::StoreProblem::WrongState,
                                           payoutId);
        held.store.state = before->state;
        held.store.wanted = PayoutState::Submitting;
        finish(context, std::move(done), held);
        return;
    }
    // The client signs for one project; a payout queued for another is never sent through it,
    // whatever the caller asked for.
    if (!m_client.endpoint().isProject(before->projectPid)) {
        held.store = store::StoreError::of(store::StoreProblem::WrongProject, payoutId);
        held.store.count = before->projectPid.value_or(0);
        held.store.required = m_client.endpoint().pid;
        finish(context, std::move(done), held);
        return;
    }
    held.check = m_approvals.checkBeforeSend(*before, m_person.name());
    if (!held.check.allowed()) {
        finish(context, std::move(done), held);
        return;
    }
    const store::ClaimResult claim
        = m_store.claimForSubmission(payoutId, sendableStates(), held.check.requirement, m_person.name());
    if (!claim.claimed) {
        const bool elsewhere = claim.error.problem == store::StoreProblem::Busy
            || claim.error.problem == store::StoreProblem::WrongState;
        held.kind = elsewhere ? Kind::Skipped : Kind::NotSent;
        held.store = claim.error;
        finish(context, std::move(done), held);
        return;
    }
    // The claim is committed: from here on a crash leaves the row `submitting` under this
    // process's claim, which the next start turns into `unknown`, never into a silent second
    // payout. What is sent is the row as claimed, and only if the request built from it hashes to
    // the content its approvals were given for.
    const payout::Payout& claimed = *claim.claimed;
    const cregis::PayoutRequest request = claimed.fields.toRequest(claimed.thirdPartyId);
    if (request.contentHash() != claimed.contentHash) {
        held.requestMismatch = true;
        if (!m_store.releaseClaim(payoutId, claim.claimedFrom, QStringLiteral("request does not match the approval"),
                                  m_person.name())) {
            held.kind = Kind::NotRecorded;
            held.store = m_store.lastError();
        }
        finish(context, std::move(done), held);
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
    SubmitOutcome outcome;
    outcome.cid = cid;
    if (m_store.recordSubmitted(claimed.id, cid, m_person.name())) {
        outcome.kind = Kind::Submitted;
        return outcome;
    }
    outcome.store = m_store.lastError();
    // A cid another payout already holds: Cregis has this payout or the answer is wrong; either
    // way a person must look, so the payout goes to reconciliation with the cid in its record.
    if (const std::optional<qint64> holder = m_store.payoutWithCid(cid); holder && *holder != claimed.id) {
        outcome.otherPayoutId = holder;
        if (m_store.recordNeedsReconciliation(claimed.id, QStringLiteral("duplicate_cid"),
                                              QStringLiteral("cid %1 is held by payout %2").arg(cid).arg(*holder),
                                              m_person.name())) {
            outcome.kind = Kind::NeedsReconciliation;
            outcome.store = {};
            return outcome;
        }
        outcome.store = m_store.lastError();
    }
    outcome.kind = Kind::NotRecorded;
    return outcome;
}

void PayoutSubmitter::record(const payout::Payout& claimed, PayoutState claimedFrom,
                             const cregis::CregisResult<cregis::PayoutCreated>& result, Done done)
{
    const qint64 id = claimed.id;
    if (result.ok()) {
        finish(this, std::move(done), recordAccepted(claimed, result.value->cid));
        return;
    }
    SubmitOutcome outcome;
    outcome.cregis = result.error;
    const cregis::CregisError& error = result.error;
    const QString code = error.kind == cregis::CregisError::Kind::Api ? error.code : cregis::kindName(error.kind);
    bool stored = false;
    if (error.isApiCode("E0009")) {
        // The third_party_id is already known to Cregis: an earlier attempt (ours, whose answer
        // was lost) got through. Never send again under another id; a person finds the cid.
        outcome.kind = Kind::NeedsReconciliation;
        stored = m_store.recordNeedsReconciliation(id, code, error.message, m_person.name());
    } else if (error.isDefinitelyNotProcessed() && error.kind != cregis::CregisError::Kind::Api) {
        // Nothing left this computer (the TLS handshake of a first connection failed, the URL
        // was refused, no key): the payout is as it was before the claim, and can be sent later.
        outcome.kind = Kind::NotSent;
        stored = m_store.releaseClaim(id, claimedFrom, code + u' ' + error.message, m_person.name());
    } else if (error.isDefinitelyNotProcessed()) {
        outcome.kind = Kind::Refused;
        stored = m_store.recordRefused(id, code, error.message, m_person.name());
    } else {
        outcome.kind = Kind::Unknown;
        stored = m_store.recordUnknown(id, code, error.message, m_person.name());
    }
    if (!stored) {
        // The answer could not be committed: say so, so a person can act. The row stays
        // `submitting` under this process's claim; the next start makes it `unknown`.
        outcome.kind = Kind::NotRecorded;
        outcome.store = m_store.lastError();
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
