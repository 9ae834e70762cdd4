#include "PayoutSubmitter.h"

#include <QTimer>

namespace paydesk::workflow {

using payout::PayoutState;

PayoutSubmitter::PayoutSubmitter(store::PayoutStore& store, cregis::CregisClient& client, QString actor,
                                 QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_actor(std::move(actor))
    , m_sendable{PayoutState::Approved, PayoutState::Unknown}
{ }

cregis::PayoutRequest PayoutSubmitter::requestFor(const payout::Payout& payout)
{
    cregis::PayoutRequest request;
    request.walletId = payout.fields.walletId;
    request.currency = payout.fields.currency;
    request.fromAddress = payout.fields.fromAddress;
    request.toAddress = payout.fields.toAddress;
    request.amount = payout.fields.amount.toCanonical();
    request.callbackUrl = payout.fields.callbackUrl;
    request.thirdPartyId = payout.thirdPartyId;
    request.remark = payout.fields.remark;
    request.memo = payout.fields.memo;
    return request;
}

void PayoutSubmitter::submit(qint64 payoutId)
{
    const std::optional<payout::Payout> before = m_store.payout(payoutId);
    if (!before) {
        finish(payoutId, {SubmitOutcome::Kind::NotClaimed, std::nullopt, QString(), m_store.lastError()});
        return;
    }
    if (!m_sendable.contains(before->state)) {
        finish(payoutId,
               {SubmitOutcome::Kind::NotClaimed, std::nullopt, QString(),
                QStringLiteral("Payout %1 is %2; only approved payouts are sent.")
                    .arg(payoutId)
                    .arg(payout::toStorageName(before->state))});
        return;
    }
    QString why;
    if (m_gate && !m_gate(*before, &why)) {
        finish(payoutId, {SubmitOutcome::Kind::NotClaimed, std::nullopt, QString(), why});
        return;
    }
    if (!m_store.claimForSubmission(payoutId, m_sendable, m_actor)) {
        finish(payoutId, {SubmitOutcome::Kind::NotClaimed, std::nullopt, QString(), m_store.lastError()});
        return;
    }
    // The claim is committed: from here on a crash leaves the row `submitting`, which start-up
    // turns into `unknown`, never into a silent second payout. What is sent is the row as
    // claimed, not as first read: another desk may have edited (and re-approved) it in between.
    const std::optional<payout::Payout> claimed = m_store.payout(payoutId);
    if (!claimed) {
        // Claimed but unreadable: leave it `submitting`; start-up makes it `unknown`. Nothing sent.
        finish(payoutId, {SubmitOutcome::Kind::NotClaimed, std::nullopt, QString(), m_store.lastError()});
        return;
    }
    m_client.createPayout(
        requestFor(*claimed), this,
        [this, payoutId](const cregis::CregisResult<cregis::PayoutCreated>& result) { record(payoutId, result); });
}

void PayoutSubmitter::record(qint64 payoutId, const cregis::CregisResult<cregis::PayoutCreated>& result)
{
    SubmitOutcome outcome;
    bool stored = false;
    if (result.ok()) {
        outcome = {SubmitOutcome::Kind::Submitted, result.value->cid, {}, {}};
        stored = m_store.recordSubmitted(payoutId, result.value->cid, m_actor);
    } else if (result.error.isApiCode("E0009")) {
        // The third_party_id is already known to Cregis: an earlier attempt (ours, whose answer
        // was lost) got through. Never send again under another id; a person finds the cid.
        outcome = {SubmitOutcome::Kind::NeedsReconciliation, std::nullopt, result.error.code, result.error.message};
        stored = m_store.recordNeedsReconciliation(payoutId, result.error.code, result.error.message, m_actor);
    } else if (result.error.isDefinitelyNotProcessed()) {
        const QString code = result.error.kind == cregis::CregisError::Kind::Api ? result.error.code
                                                                                 : cregis::kindName(result.error.kind);
        outcome = {SubmitOutcome::Kind::Refused, std::nullopt, code, result.error.message};
        stored = m_store.recordRefused(payoutId, code, result.error.message, m_actor);
    } else {
        const QString kind = cregis::kindName(result.error.kind);
        outcome = {SubmitOutcome::Kind::Unknown, std::nullopt, kind, result.error.message};
        stored = m_store.recordUnknown(payoutId, kind, result.error.message, m_actor);
    }
    if (!stored) {
        // The answer could not be committed: say so loudly, with the cid if there is one, so a
        // person can record it. The row stays `submitting` and start-up makes it `unknown`.
        outcome.message = QStringLiteral("%1 (and it could not be saved: %2)")
                              .arg(outcome.cid ? QStringLiteral("Cregis accepted it with cid %1").arg(*outcome.cid)
                                               : outcome.message,
                                   m_store.lastError());
    }
    finish(payoutId, outcome);
}

void PayoutSubmitter::finish(qint64 payoutId, SubmitOutcome outcome)
{
    // Always asynchronous, so callers see one order of events whether or not a request was sent.
    QTimer::singleShot(0, this, [this, payoutId, outcome = std::move(outcome)] { Q_EMIT finished(payoutId, outcome); });
}

} // namespace paydesk::workflow
