#include "RequestAuthenticator.h"

#include "ParamReader.h"

#include "cregis/Clock.h"
#include "cregis/SignedParams.h"

#include <utility>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

// SignedParams refuses a body it cannot sign without saying which value is at fault; name it,
// so the client's developer sees which parameter to fix.
QString unsignableParameter(const QJsonObject& body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QJsonValue value = it.value();
        if (!value.isString() && !value.isNull() && !ParamReader::isInteger(value)) {
            return it.key();
        }
    }
    return {};
}

} // namespace

RequestAuthenticator::RequestAuthenticator(QByteArray apiKey, qint64 pid, qint64 toleranceMs,
                                           const cregis::Clock& clock)
    : m_signer(std::move(apiKey))
    , m_pid(pid)
    , m_toleranceMs(toleranceMs)
    , m_clock(clock)
    // A replay carries the original timestamp, which passes the window check for up to two
    // tolerances after the nonce was first seen.
    , m_nonces(2 * toleranceMs)
{ }

std::optional<ApiError> RequestAuthenticator::check(const QJsonObject& body)
{
    const std::optional<cregis::SignedParams> params = cregis::SignedParams::fromJson(body);
    if (!params) {
        return apierror::invalidParameter(unsignableParameter(body), u"must be a string or an integer"_s);
    }

    ParamReader reader(body);
    const qint64 pid = reader.requiredInteger(u"pid"_s);
    const QString nonce = reader.requiredText(u"nonce"_s);
    const qint64 timestamp = reader.requiredInteger(u"timestamp"_s);
    const QString sign = reader.requiredText(u"sign"_s);
    if (reader.error()) {
        return reader.error();
    }
    if (nonce.size() != 6) {
        return apierror::invalidParameter(u"nonce"_s, u"must be 6 characters"_s);
    }
    if (pid != m_pid) {
        return apierror::unknownProject();
    }
    const qint64 now = m_clock.nowMs();
    if (timestamp < now - m_toleranceMs || timestamp > now + m_toleranceMs) {
        return apierror::staleTimestamp();
    }
    if (!m_signer.verify(*params, sign.toUtf8())) {
        return apierror::signature();
    }
    // Only a correctly signed request uses up its nonce, so junk cannot block a real one.
    if (!m_nonces.remember(nonce, now)) {
        return apierror::replayedNonce();
    }
    return std::nullopt;
}

} // namespace paydesk::sim
