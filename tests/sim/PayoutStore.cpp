#include "PayoutStore.h"

#include "cregis/Clock.h"

#include <QCryptographicHash>

#include <utility>

namespace paydesk::sim {

namespace {

QString txidFor(qint64 cid)
{
    // Deterministic, so a test can recompute it; 64 hex digits like a real transaction hash.
    const QByteArray digest
        = QCryptographicHash::hash("cregis-sim/" + QByteArray::number(cid), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex());
}

} // namespace

PayoutStore::PayoutStore(const cregis::Clock& clock, QSet<QString> failingAddresses)
    : m_clock(clock)
    , m_failingAddresses(std::move(failingAddresses))
{ }

bool PayoutStore::containsThirdPartyId(const QString& thirdPartyId) const
{
    for (const PayoutRecord& payout : m_payouts) {
        if (payout.thirdPartyId == thirdPartyId) {
            return true;
        }
    }
    return false;
}

const PayoutRecord& PayoutStore::record(PayoutRecord payout)
{
    payout.cid = m_nextCid++;
    payout.status = PayoutStatus::AwaitingSignature;
    payout.recordedAtMs = m_clock.nowMs();
    payout.failsOnChain = m_failingAddresses.contains(payout.toAddress);
    m_payouts.push_back(std::move(payout));
    return m_payouts.back();
}

std::optional<PayoutRecord> PayoutStore::observe(qint64 cid)
{
    for (PayoutRecord& payout : m_payouts) {
        if (payout.cid == cid) {
            PayoutRecord seen = payout;
            advance(payout);
            return seen;
        }
    }
    return std::nullopt;
}

void PayoutStore::advance(PayoutRecord& payout)
{
    switch (payout.status) {
    case PayoutStatus::AwaitingSignature:
        payout.status = PayoutStatus::Broadcasting;
        payout.txid = txidFor(payout.cid);
        payout.blockHeight = QString::number(m_nextBlockHeight++);
        payout.blockTimeMs = m_clock.nowMs();
        break;
    case PayoutStatus::Broadcasting:
        payout.status = payout.failsOnChain ? PayoutStatus::Failed : PayoutStatus::Succeeded;
        break;
    case PayoutStatus::Succeeded:
    case PayoutStatus::Failed:
        break;
    }
}

void PayoutStore::countAttempt(const QString& thirdPartyId)
{
    ++m_attempts[thirdPartyId];
}

int PayoutStore::attempts(const QString& thirdPartyId) const
{
    return m_attempts.value(thirdPartyId);
}

} // namespace paydesk::sim
