#include "NonceRegistry.h"

namespace paydesk::sim {

bool NonceRegistry::remember(const QString& nonce, qint64 nowMs)
{
    forgetExpired(nowMs);
    if (m_expiresAtMs.contains(nonce)) {
        return false;
    }
    const qint64 expiresAt = nowMs + m_retentionMs;
    m_expiresAtMs.insert(nonce, expiresAt);
    m_byExpiry.emplace_back(expiresAt, nonce);
    return true;
}

void NonceRegistry::forgetExpired(qint64 nowMs)
{
    while (!m_byExpiry.empty() && m_byExpiry.front().first <= nowMs) {
        const auto& [expiresAt, nonce] = m_byExpiry.front();
        // Only forget the entry this queue item created (the clock may have stepped back).
        if (m_expiresAtMs.value(nonce) == expiresAt) {
            m_expiresAtMs.remove(nonce);
        }
        m_byExpiry.pop_front();
    }
}

} // namespace paydesk::sim
