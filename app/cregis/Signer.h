#pragma once

#include "SignedParams.h"

#include <QByteArray>

namespace paydesk::cregis {

// Cregis's request signature: MD5 over the API key followed by the canonical parameter text,
// as 32 lowercase hex characters. The key is held only here, for as long as signing needs it.
class Signer
{
public:
    explicit Signer(QByteArray apiKey);
    ~Signer();
    Signer(const Signer&) = delete;
    Signer& operator=(const Signer&) = delete;

    QByteArray sign(const SignedParams& params) const;

    // Compares a received signature in constant time (callbacks, the simulator).
    bool verify(const SignedParams& params, const QByteArray& receivedSign) const;

    static QByteArray sign(const QByteArray& apiKey, const SignedParams& params);

private:
    QByteArray m_apiKey;
};

} // namespace paydesk::cregis
