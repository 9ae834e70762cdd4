#pragma once

#include "ApiResult.h"
#include "NonceRegistry.h"

#include "cregis/Signer.h"

#include <QJsonObject>

#include <optional>

namespace paydesk::cregis {
class Clock;
}

namespace paydesk::sim {

// The checks every API call passes before its endpoint sees it: the common parameters, the
// project, the timestamp window, the signature and nonce replay.
class RequestAuthenticator
{
public:
    RequestAuthenticator(QByteArray apiKey, qint64 pid, qint64 toleranceMs, const cregis::Clock& clock);

    std::optional<ApiError> check(const QJsonObject& body);

private:
    cregis::Signer m_signer;
    qint64 m_pid;
    qint64 m_toleranceMs;
    const cregis::Clock& m_clock;
    NonceRegistry m_nonces;
};

} // namespace paydesk::sim
