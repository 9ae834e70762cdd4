#pragma once

#include "config/NonceSource.h"

#include <QString>

// Predictable, never-repeating 6-character nonces ("t00001", "t00002", ...) for tests, so a
// replayed nonce is always the test's intent and never chance.
class CountingNonceSource final : public paydesk::config::NonceSource
{
public:
    explicit CountingNonceSource(QChar prefix = u't')
        : m_prefix(prefix)
    { }

    QString nextNonce() override { return m_prefix + QStringLiteral("%1").arg(++m_count, 5, 10, QLatin1Char('0')); }

private:
    QChar m_prefix;
    int m_count = 0;
};
