#include "Reconciler.h"

#include "address/SameAddress.h"
#include "money/Amount.h"
#include "money/AssetCatalogue.h"

namespace paydesk::workflow {

using payout::PayoutState;

namespace {

bool sameAmount(const QString& text, const money::Amount& amount)
{
    // Cregis may write 1.5 as "1.500000"; compare values, not text.
    const auto parsed = money::Amount::parse(text, money::Amount::maxDecimals);
    return parsed.amount && money::Amount::compare(*parsed.amount, amount) == 0;
}

money::ChainFamily familyOf(const payout::Payout& p)
{
    return money::AssetCatalogue::familyForChain(p.fields.currency.section(u'@', 0, 0), p.fields.coinName);
}

bool reconcilable(const payout::Payout& p)
{
    return p.state == PayoutState::NeedsReconciliation || p.state == PayoutState::Unknown;
}

QString describe(const cregis::CregisError& error)
{
    return error.kind == cregis::CregisError::Kind::Api ? error.code + u' ' + error.message : error.message;
}

} // namespace

struct Reconciler::Search
{
    payout::Payout payout;
    cregis::TradeQuery query;
    // The newest page first, without a time filter (a trade not yet on chain has no block time,
    // and a time filter would hide it), then every page of the window.
    bool windowed = false;
    qint64 windowStartS = 0;
    qint64 windowEndS = 0;
    QList<qint64> candidates;
    Done done;
};

Reconciler::Reconciler(store::PayoutStore& store, cregis::CregisClient& client, ApprovalService& approvals,
                       const config::Clock& clock, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_approvals(approvals)
    , m_clock(clock)
    , m_actor(std::move(actor))
{ }

std::optional<QString> Reconciler::refusal(const std::optional<payout::Payout>& p) const
{
    if (!p) {
        return m_store.lastError();
    }
    if (!reconcilable(*p)) {
        return QStringLiteral("Payout %1 is %2; only unknown or needs_reconciliation payouts are reconciled.")
            .arg(p->id)
            .arg(payout::toStorageName(p->state));
    }
    if (!m_client.endpoint().isProject(p->projectPid)) {
        return QStringLiteral("Payout %1 belongs to project %2, not to this profile's project %3.")
            .arg(p->id)
            .arg(p->projectPid.value_or(0))
            .arg(m_client.endpoint().pid);
    }
    return std::nullopt;
}

void Reconciler::reconcileWithCid(qint64 payoutId, qint64 cid, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (const auto why = refusal(p)) {
        done({false, std::nullopt, *why});
        return;
    }
    verifyAndRecord(*p, cid, QStringLiteral("entered by %1").arg(m_actor), std::move(done));
}

void Reconciler::findAndReconcile(qint64 payoutId, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (const auto why = refusal(p)) {
        done({false, std::nullopt, *why});
        return;
    }
    auto search = std::make_shared<Search>();
    search->payout = *p;
    search->done = std::move(done);
    const QStringList parts = p->fields.currency.split(u'@');
    search->query.chainId = parts.value(0);
    search->query.tokenId = parts.value(1);
    search->query.pageNum = 1;
    search->query.pageSize = 100;
    // Cregis's trade times are in seconds; the window opens before the first send (clocks differ)
    // and closes after now.
    search->windowStartS = (p->firstSentAtMs.value_or(p->createdAtMs) - windowMarginMs) / 1000;
    search->windowEndS = (m_clock.nowMs() + windowMarginMs) / 1000;
    readPage(search);
}

void Reconciler::readPage(std::shared_ptr<Search> search)
{
    m_client.tradePage(search->query, this, [this, search](const cregis::CregisResult<cregis::TradePage>& page) {
        if (!page.ok()) {
            search->done({false, std::nullopt,
                          QStringLiteral("The trade history could not be read: %1").arg(describe(page.error))});
            return;
        }
        const payout::Payout& payout = search->payout;
        const money::ChainFamily family = familyOf(payout);
        for (const cregis::TradeRow& row : page.value->rows) {
            const bool outgoing = row.tradeType.isEmpty() || row.tradeType == QLatin1String("payout");
            const bool match = outgoing && address::sameAddress(family, row.toAddress, payout.fields.toAddress)
                && sameAmount(row.amount, payout.fields.amount);
            // A cid another payout already holds belongs to that payout.
            if (match && !m_store.payoutWithCid(row.cid) && !search->candidates.contains(row.cid)) {
                search->candidates << row.cid;
            }
        }
        const qint64 seen = qint64(search->query.pageNum) * search->query.pageSize;
        const bool lastPage
            = page.value->rows.size() < search->query.pageSize || (page.value->total > 0 && seen >= page.value->total);
        if (!search->windowed) {
            search->windowed = true;
            search->query.pageNum = 1;
            search->query.blockTimeStartS = search->windowStartS;
            search->query.blockTimeEndS = search->windowEndS;
            readPage(search);
            return;
        }
        if (lastPage) {
            searched(search);
            return;
        }
        if (search->query.pageNum >= maxPages || search->candidates.size() > maxCandidates) {
            search->done({false, std::nullopt,
                          QStringLiteral("Too many trades around payout %1 to search them all; enter its cid from "
                                         "the Cregis console.")
                              .arg(payout.id)});
            return;
        }
        ++search->query.pageNum;
        readPage(search);
    });
}

void Reconciler::searched(const std::shared_ptr<Search>& search)
{
    const payout::Payout& payout = search->payout;
    if (search->candidates.isEmpty()) {
        nothingFound(payout, search->done);
        return;
    }
    if (search->candidates.size() > maxCandidates) {
        search->done({false, std::nullopt,
                      QStringLiteral("%1 trades match payout %2; enter the right cid from the Cregis console.")
                          .arg(search->candidates.size())
                          .arg(payout.id)});
        return;
    }
    // Same recipient and amount is not proof: the payout query names the third_party_id, and only
    // the candidate carrying ours is it.
    tryCandidates(payout, search->candidates, search->done);
}

void Reconciler::nothingFound(const payout::Payout& payout, Done done)
{
    if (payout.state == PayoutState::NeedsReconciliation) {
        // E0009 said Cregis has it: only its cid settles it.
        done({false, std::nullopt,
              QStringLiteral("No trade in the history is payout %1 yet, though Cregis knows its third_party_id; "
                             "enter its cid from the Cregis console.")
                  .arg(payout.id)});
        return;
    }
    // Resending under the same third_party_id is safe (Cregis answers E0009 if it has it), so a
    // search that found nothing lets it be resent, if the policy still stands behind it.
    if (m_approvals.meetsPolicy(payout)) {
        if (!m_store.recordReconcileSearch(payout.id, QStringLiteral("no trade in the history matched"), m_actor)) {
            done({false, std::nullopt, m_store.lastError()});
            return;
        }
        done({false, std::nullopt,
              QStringLiteral("No trade in the history is payout %1; it may be resent under its own third_party_id "
                             "(send it again), or enter its cid from the Cregis console.")
                  .arg(payout.id)});
        return;
    }
    if (!m_store.returnForApproval(payout.id,
                                   QStringLiteral("no trade in the history matched, and its approvals no longer meet "
                                                  "the policy"),
                                   m_actor)) {
        done({false, std::nullopt, m_store.lastError()});
        return;
    }
    done({false, std::nullopt,
          QStringLiteral("No trade in the history is payout %1, and its approvals no longer meet the policy: it is "
                         "back in the approval queue under the same third_party_id.")
              .arg(payout.id)});
}

void Reconciler::tryCandidates(const payout::Payout& payout, QList<qint64> candidates, Done done)
{
    const qint64 cid = candidates.takeFirst();
    verifyAndRecord(payout, cid, QStringLiteral("found in the trade history"),
                    [this, payout, candidates, done](const Result& result) {
                        if (result.recorded) {
                            done(result);
                        } else if (candidates.isEmpty()) {
                            nothingFound(payout, done);
                        } else {
                            tryCandidates(payout, candidates, done);
                        }
                    });
}

void Reconciler::verifyAndRecord(const payout::Payout& payout, qint64 cid, const QString& how, Done done)
{
    m_client.queryPayout(
        cid, this, [this, payout, cid, how, done](const cregis::CregisResult<cregis::PayoutStatus>& r) {
            if (!r.ok()) {
                done({false, std::nullopt,
                      QStringLiteral("Cregis could not confirm cid %1: %2").arg(cid).arg(describe(r.error))});
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
            if (!address::sameAddress(familyOf(payout), r.value->address, payout.fields.toAddress)) {
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
