#pragma once

#include "BodyParams.h"

#include <QByteArray>

#include <vector>

namespace paydesk::sim {

// Cregis's signing rule (docs/cregis-api.md), written again for the simulator over the parameters
// exactly as they arrived. It shares no code with the client's cregis::Signer, so that a
// canonicalisation bug in the client cannot pass here by being repeated.
class SignatureVerifier
{
public:
    explicit SignatureVerifier(QByteArray apiKey);
    ~SignatureVerifier();
    SignatureVerifier(const SignatureVerifier&) = delete;
    SignatureVerifier& operator=(const SignatureVerifier&) = delete;

    // The 32 lowercase hex characters a correct `sign` has.
    QByteArray expectedSign(const std::vector<BodyParam>& params) const;
    // True when receivedSign is exactly expectedSign(params), compared in constant time.
    bool verify(const std::vector<BodyParam>& params, const QByteArray& receivedSign) const;

    // What follows the key in the MD5 input: `sign`, nulls and empty strings dropped, the rest
    // sorted by the UTF-8 bytes of their keys and written key, value, key, value...
    static QByteArray canonicalText(const std::vector<BodyParam>& params);

private:
    QByteArray m_apiKey;
};

} // namespace paydesk::sim
