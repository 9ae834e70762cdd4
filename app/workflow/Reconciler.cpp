#include "Reconciler.h"

#include "money/Amount.h"

namespace paydesk::workflow {

using payout::PayoutState;

namespace {

bool sameAmount(const QString& text, const money::Amount& amount)
{
    // Cregis may write 1.5 as "1.500000"; compare values at the payout's precision, not text.
    const auto parsed = money::Amount::parse(text, amount.decimals());
    return parsed.amount && parsed.amount->baseUnits() == amount.baseUnits();
}

bool reconcilable(const payout::Payout& p)
{
    return p.state == PayoutState::NeedsReconciliation || p.state == PayoutState::Unknown;
}

} // namespace

Reconciler::Reconciler(store::PayoutStore& store, cregis::CregisClient& client, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_actor(std::move(actor))
{ }

void Reconciler::reconcileWithCid(qint64 payoutId, qint64 cid, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (!p || !reconcilable(*p)) {
        done({false, std::nullopt,
              p ? QStringLiteral("Payout %1 is %2; only unknown or needs_reconciliation payouts are reconciled.")
                      .arg(payoutId)
                      .arg(payout::toStorageName(p->state))
                : m_store.lastError()});
        return;
    }
    verifyAndRecord(*p, cid, QStringLiteral("entered by %1").arg(m_actor), std::move(done));
}

void Reconciler::findAndReconcile(qint64 payoutId, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (!p || !reconcilable(*p)) {
        done({false, std::nullopt,
              p ? QStringLiteral("Payout %1 does not need reconciliation.").arg(payoutId) : m_store.lastError()});
        return;
    }
    const QStringList parts = p->fields.currency.split(u'@');
    const cregis::TradeQuery query{parts.value(0), parts.value(1), 1, 100};
    m_client.tradePage(query, this, [this, payout = *p, done](const cregis::CregisResult<cregis::TradePage>& page) {
        if (!page.ok()) {
            done({false, std::nullopt,
                  QStringLiteral("The trade history could not be read: %1").arg(page.error.message)});
            return;
        }
        QList<qint64> candidates;
        for (const cregis::TradeRow& row : page.value->rows) {
            const bool outgoing = row.tradeType.isEmpty() || row.tradeType == QLatin1String("payout");
            const bool match
                = outgoing && row.toAddress == payout.fields.toAddress && sameAmount(row.amount, payout.fields.amount);
            // A cid another payout already holds belongs to that payout.
            if (match && !m_store.payoutWithCid(row.cid)) {
                candidates << row.cid;
            }
        }
        if (candidates.isEmpty() || candidates.size() > maxCandidates) {
            done({false, std::nullopt,
                  candidates.isEmpty()
                      ? QStringLiteral("No trade in the history matches payout %1; enter its cid from the Cregis "
                                       "console.")
                            .arg(payout.id)
                      : QStringLiteral("%1 trades match payout %2; enter the right cid from the Cregis console.")
                            .arg(candidates.size())
                            .arg(payout.id)});
            return;
        }
        // Same recipient and amount is not proof: the payout query names the third_party_id,
        // and only the candidate carrying ours is it.
        tryCandidates(payout, candidates, done);
    });
}

void Reconciler::tryCandidates(const payout::Payout& payout, QList<qint64> candidates, Done done)
{
    const qint64 cid = candidates.takeFirst();
    verifyAndRecord(payout, cid, QStringLiteral("found in the trade history"),
                    [this, payout, candidates, done](const Result& result) {
                        if (result.recorded || candidates.isEmpty()) {
                            done(result.recorded ? result
                                                 : Result{false, std::nullopt,
                                                          QStringLiteral("No trade in the history is payout %1; enter "
                                                                         "its cid from the Cregis console.")
                                                              .arg(payout.id)});
                            return;
                        }
                        tryCandidates(payout, candidates, done);
                    });
}

void Reconciler::verifyAndRecord(const payout::Payout& payout, qint64 cid, const QString& how, Done done)
{
    m_client.queryPayout(
        cid, this, [this, payout, cid, how, done](const cregis::CregisResult<cregis::PayoutStatus>& r) {
            if (!r.ok()) {
                done({false, std::nullopt,
                      QStringLiteral("Cregis could not confirm cid %1: %2")
                          .arg(cid)
                          .arg(r.error.kind == cregis::CregisError::Kind::Api ? r.error.code + u' ' + r.error.message
                                                                              : r.error.message)});
                return;
            }
            QStringList mismatches;
            if (r.value->thirdPartyId != payout.thirdPartyId) {
                mismatches
                    << QStringLiteral("third_party_id %1 is not %2").arg(r.value->thirdPartyId, payout.thirdPartyId);
            }
            if (!sameAmount(r.value->amount, payout.fields.amount)) {
                mismatches
                    << QStringLiteral("amount %1 is not %2").arg(r.value->amount, payout.fields.amount.toCanonical());
            }
            if (r.value->address != payout.fields.toAddress) {
                mismatches << QStringLiteral("address %1 is not %2").arg(r.value->address, payout.fields.toAddress);
            }
            if (!mismatches.isEmpty()) {
                done({false, std::nullopt,
                      QStringLiteral("cid %1 is not payout %2: %3.")
                          .arg(cid)
                          .arg(payout.id)
                          .arg(mismatches.join(u"; "))});
                return;
            }
            if (!m_store.recordReconciled(payout.id, cid, how, m_actor)) {
                done({false, std::nullopt, m_store.lastError()});
                return;
            }
            done({true, cid, QStringLiteral("payout %1 is cid %2 (%3, verified)").arg(payout.id).arg(cid).arg(how)});
        });
}

} // namespace paydesk::workflow
