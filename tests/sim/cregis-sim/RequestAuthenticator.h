#pragma once

#include "ApiResult.h"
#include "NonceRegistry.h"
#include "SignatureVerifier.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace paydesk::config {
class Clock;
}

namespace paydesk::sim {

// The checks every API call passes before its endpoint sees it: the common parameters, the
// project, the timestamp window, the signature and nonce replay.
class RequestAuthenticator
{
public:
    RequestAuthenticator(QByteArray apiKey, qint64 pid, qint64 toleranceMs, const config::Clock& clock);

    // rawBody is the body as it arrived, which the signature is checked over; body is its parse
    // as a JSON object, which the typed checks read.
    std::optional<ApiError> check(const QByteArray& rawBody, const QJsonObject& body);

private:
    SignatureVerifier m_verifier;
    qint64 m_pid;
    qint64 m_toleranceMs;
    const config::Clock& m_clock;
    NonceRegistry m_nonces;
};

} // namespace paydesk::sim
