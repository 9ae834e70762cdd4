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
                       const config::Clock& clock, const config::ActingPerson& person, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_approvals(approvals)
    , m_clock(clock)
    , m_person(person)
{ }

std::optional<Reconciler::Result> Reconciler::refusal(qint64 payoutId, const std::optional<payout::Payout>& p) const
{
    Result result;
    result.payoutId = payoutId;
    if (!p) {
        result.store = m_store.lastError();
        return result;
    }
    if (!reconcilable(*p)) {
        result.store = store::StoreError::of(store::StoreProblem::WrongState, payoutId);
        result.store.state = p->state;
        result.store.wanted = PayoutState::Submitted;
        return result;
    }
    if (!m_client.endpoint().isProject(p->projectPid)) {
        result.store = store::StoreError::of(store::StoreProblem::WrongProject, payoutId);
        result.store.count = p->projectPid.value_or(0);
        result.store.required = m_client.endpoint().pid;
        return result;
    }
    return std::nullopt;
}

Reconciler::Result Reconciler::result(Result::Outcome outcome, const payout::Payout& payout) const
{
    Result result;
    result.outcome = outcome;
    result.payoutId = payout.id;
    return result;
}

void Reconciler::reconcileWithCid(qint64 payoutId, qint64 cid, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (const auto refused = refusal(payoutId, p)) {
        done(*refused);
        return;
    }
    verifyAndRecord(*p, cid, true, std::move(done));
}

void Reconciler::findAndReconcile(qint64 payoutId, Done done)
{
    const std::optional<payout::Payout> p = m_store.payout(payoutId);
    if (const auto refused = refusal(payoutId, p)) {
        done(*refused);
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
        const payout::Payout& payout = search->payout;
        if (!page.ok()) {
            Result failed = result(Result::Outcome::HistoryUnreadable, payout);
            failed.cregis = page.error;
            search->done(failed);
            return;
        }
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
            search->done(result(Result::Outcome::TooManyTrades, payout));
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
        Result many = result(Result::Outcome::TooManyMatches, payout);
        many.matches = static_cast<int>(search->candidates.size());
        search->done(many);
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
        done(result(Result::Outcome::EnterCid, payout));
        return;
    }
    // Resending under the same third_party_id is safe (Cregis answers E0009 if it has it), so a
    // search that found nothing lets it be resent, if the policy still stands behind it.
    const bool resendable = m_approvals.meetsPolicy(payout);
    const bool saved = resendable
        ? m_store.recordReconcileSearch(payout.id, QStringLiteral("no trade in the history matched"), m_person.name())
        : m_store.returnForApproval(payout.id,
                                    QStringLiteral("no trade in the history matched, and its approvals no longer "
                                                   "meet the policy"),
                                    m_person.name());
    if (!saved) {
        Result failed = result(Result::Outcome::StoreFailed, payout);
        failed.store = m_store.lastError();
        done(failed);
        return;
    }
    done(result(resendable ? Result::Outcome::MayBeResent : Result::Outcome::ReturnedForApproval, payout));
}

void Reconciler::tryCandidates(const payout::Payout& payout, QList<qint64> candidates, Done done)
{
    const qint64 cid = candidates.takeFirst();
    verifyAndRecord(payout, cid, false, [this, payout, candidates, done](const Result& attempt) {
        if (attempt.recorded() || attempt.outcome == Result::Outcome::StoreFailed) {
            done(attempt);
        } else if (candidates.isEmpty()) {
            nothingFound(payout, done);
        } else {
            tryCandidates(payout, candidates, done);
        }
    });
}

void Reconciler::verifyAndRecord(const payout::Payout& payout, qint64 cid, bool enteredByPerson, Done done)
{
    m_client.queryPayout(
        cid, this, [this, payout, cid, enteredByPerson, done](const cregis::CregisResult<cregis::PayoutStatus>& r) {
            Result answer = result(Result::Outcome::NotConfirmed, payout);
            answer.cid = cid;
            answer.enteredByPerson = enteredByPerson;
            if (!r.ok()) {
                answer.cregis = r.error;
                done(answer);
                return;
            }
            using Field = Result::Mismatch::Field;
            if (r.value->thirdPartyId != payout.thirdPartyId) {
                answer.mismatches.append({Field::ThirdPartyId, r.value->thirdPartyId, payout.thirdPartyId});
            }
            if (!sameAmount(r.value->amount, payout.fields.amount)) {
                answer.mismatches.append({Field::Amount, r.value->amount, payout.fields.amount.toCanonical()});
            }
            if (!address::sameAddress(familyOf(payout), r.value->address, payout.fields.toAddress)) {
                answer.mismatches.append({Field::Address, r.value->address, payout.fields.toAddress});
            }
            if (!answer.mismatches.isEmpty()) {
                answer.outcome = Result::Outcome::NotThisPayout;
                done(answer);
                return;
            }
            // The audit event keeps what Cregis answered, not only that it matched.
            const QString how = (enteredByPerson ? QStringLiteral("entered by %1").arg(m_person.name())
                                                 : QStringLiteral("found in the trade history"))
                + QStringLiteral(
                      "; /api/v1/payout/query answered third_party_id %1, amount %2, address %3, status %4%5")
                      .arg(r.value->thirdPartyId, r.value->amount, r.value->address)
                      .arg(r.value->status)
                      .arg(r.value->txid.isEmpty() ? QString() : QStringLiteral(", txid ") + r.value->txid);
            if (!m_store.recordReconciled(payout.id, cid, how, m_person.name())) {
                answer.outcome = Result::Outcome::StoreFailed;
                answer.store = m_store.lastError();
                done(answer);
                return;
            }
            answer.outcome = Result::Outcome::Recorded;
            done(answer);
        });
}

} // namespace paydesk::workflow
