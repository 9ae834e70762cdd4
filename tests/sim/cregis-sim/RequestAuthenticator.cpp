#include "RequestAuthenticator.h"

#include "ParamReader.h"

#include "config/Clock.h"

#include <utility>
#include <variant>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

RequestAuthenticator::RequestAuthenticator(QByteArray apiKey, qint64 pid, qint64 toleranceMs,
                                           const config::Clock& clock)
    : m_verifier(std::move(apiKey))
    , m_pid(pid)
    , m_toleranceMs(toleranceMs)
    , m_clock(clock)
    // A replay carries the original timestamp, which passes the window check for up to two
    // tolerances after the nonce was first seen.
    , m_nonces(2 * toleranceMs)
{ }

std::optional<ApiError> RequestAuthenticator::check(const QByteArray& rawBody, const QJsonObject& body)
{
    // Read from the raw bytes, not from the parsed object: Qt's parser keeps the last of two
    // equal keys and reads -0 as 0, and what it made of the body is not what was signed.
    const BodyParamsResult params = readBodyParams(rawBody);
    if (const auto* refusal = std::get_if<BodyParamsRefusal>(&params)) {
        if (refusal->kind == BodyParamsRefusal::Kind::NotJsonObject) {
            return apierror::bodyNotJson();
        }
        return apierror::invalidParameter(refusal->key, refusal->why);
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
    if (!m_verifier.verify(std::get<std::vector<BodyParam>>(params), sign.toUtf8())) {
        return apierror::signature();
    }
    // Only a correctly signed request uses up its nonce, so junk cannot block a real one.
    if (!m_nonces.remember(nonce, now)) {
        return apierror::replayedNonce();
    }
    return std::nullopt;
}

} // namespace paydesk::sim
