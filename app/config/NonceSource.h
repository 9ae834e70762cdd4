#pragma once

#include <QString>

namespace paydesk::config {

// The 6-character random `nonce` of every request. Injected so tests can fix it.
class NonceSource
{
public:
    virtual ~NonceSource() = default;
    virtual QString nextNonce() = 0;
};

class RandomNonceSource final : public NonceSource
{
public:
    QString nextNonce() override;
};

} // namespace paydesk::config
