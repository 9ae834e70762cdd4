#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <utility>

namespace paydesk::sim {

// Nonces seen in signed requests. A nonce only needs remembering while a request carrying it
// could still pass the timestamp check; after that the timestamp check refuses the replay.
class NonceRegistry
{
public:
    explicit NonceRegistry(qint64 retentionMs)
        : m_retentionMs(retentionMs)
    { }

    // True when the nonce was not seen within the retention window; it is then remembered.
    bool remember(const QString& nonce, qint64 nowMs);

private:
    void forgetExpired(qint64 nowMs);

    qint64 m_retentionMs;
    QHash<QString, qint64> m_expiresAtMs;
    std::deque<std::pair<qint64, QString>> m_byExpiry;
};

} // namespace paydesk::sim
