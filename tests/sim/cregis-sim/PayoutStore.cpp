#include "PayoutStore.h"

#include "config/Clock.h"

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

PayoutStore::PayoutStore(const config::Clock& clock, StatusPaths statusPaths, bool lowercaseEvm)
    : m_clock(clock)
    , m_statusPaths(std::move(statusPaths))
    , m_lowercaseEvm(lowercaseEvm)
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
    payout.path = m_statusPaths.pathFor(payout.toAddress);
    if (m_lowercaseEvm && payout.toAddress.startsWith(QLatin1String("0x"))) {
        payout.toAddress = payout.toAddress.toLower();
    }
    payout.pathStep = 0;
    payout.status = payout.path.front();
    payout.recordedAtMs = m_clock.nowMs();
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
    if (payout.pathStep + 1 >= payout.path.size()) {
        return;
    }
    payout.status = payout.path[++payout.pathStep];
    // Only a payout that passed its signature reaches the chain; the others never get a txid.
    if (payout.status == PayoutStatus::Broadcasting) {
        payout.txid = txidFor(payout.cid);
        payout.blockHeight = QString::number(m_nextBlockHeight++);
        payout.blockTimeMs = m_clock.nowMs();
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
