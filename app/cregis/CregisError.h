#pragma once

#include "config/GatewayUrl.h"

#include <QString>

#include <optional>

namespace paydesk::cregis {

struct CregisError
{
    enum class Kind
    {
        None,
        Api, // Cregis answered with a code other than 00000: `code` and `message` are Cregis's
        Http, // an HTTP status other than 200 (`httpStatus`), e.g. 429 or 503
        Timeout, // no complete answer within the client's timeout
        Network, // connection refused, reset or dropped
        Tls, // the certificate or handshake failed: nothing was sent
        NotJson, // the body was not JSON
        BadResponse, // JSON, but not the envelope or data this endpoint answers with
        Redirect, // signed calls never follow redirects
        InsecureUrl, // the gateway URL was refused (`urlProblem` says why): nothing was sent
        Cancelled,
        NoKey, // no API key is loaded: nothing was sent
    };

    Kind kind = Kind::None;
    QString code; // Cregis's code (E0009, ...) for Api errors
    QString message; // Cregis's msg, or the transport's own detail (Qt's words), for the records
    int httpStatus = 0;
    config::GatewayUrlProblem urlProblem = config::GatewayUrlProblem::None; // for InsecureUrl
    // HTTP 429 or 503 with Retry-After: how long the gateway asked to be left alone (capped).
    std::optional<qint64> retryAfterMs = std::nullopt;

    // Set on a TLS failure that came after this client had already used a connection to the
    // gateway: Qt may have sent the request on that connection before it broke and then failed
    // only on the new one it opened to send the request again.
    bool possiblySent = false;

    // True when Cregis definitely did not act on the request: it never got it (TLS failed on the
    // client's first connection, or the URL was refused before anything was sent), or Cregis
    // answered one of the documented codes that say the request was not processed for a reason
    // that would have refused any copy of it too (see docs/cregis-api.md, "Which answers are
    // refusals"). Everything else, undocumented codes included, means the payout may exist.
    //
    // Why not every API error: Qt 6.4's HTTP layer silently re-sends a request (POST included)
    // once when the connection closes before any response. The copy carries the same nonce and
    // third_party_id, so its answer (a nonce replay error, E0009) may describe the copy while the
    // original was recorded. Parameter (A-) codes and codes we do not know therefore count as
    // "no definite answer": a retry with a fresh nonce and the same third_party_id settles them.
    bool isDefinitelyNotProcessed() const;
    // The documented codes that mean "not processed, and never will be for this content".
    static bool isDocumentedRefusal(const QString& code);
    bool isApiCode(const char* apiCode) const { return kind == Kind::Api && code == QLatin1String(apiCode); }
};

QString kindName(CregisError::Kind kind);

template <typename T> struct CregisResult
{
    std::optional<T> value;
    CregisError error;

    bool ok() const { return value.has_value(); }
    static CregisResult success(T v) { return CregisResult{std::move(v), {}}; }
    static CregisResult failure(CregisError e) { return CregisResult{std::nullopt, std::move(e)}; }
};

} // namespace paydesk::cregis
