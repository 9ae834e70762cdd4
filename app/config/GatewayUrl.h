#pragma once

#include <QString>

namespace paydesk::config {

// Why a gateway URL is refused. Each has its own words: the person learns what to change.
enum class GatewayUrlProblem
{
    None,
    Empty,
    NotAUrl, // not a URL with a host
    UserInfo, // https://user:password@host: credentials never travel in a URL
    NotHttps, // plain http:// to a host that is not this computer
    UnsupportedScheme, // neither https:// nor http://
};

// HTTPS for every host; plain HTTP only to loopback (127.0.0.0/8, ::1, localhost).
GatewayUrlProblem checkGatewayUrl(const QString& baseUrl);
bool isLoopbackHost(const QString& host);

// Two spellings of one gateway URL compare equal: scheme and host in lower case, no trailing
// slash, no default port.
QString normalizedGatewayUrl(const QString& baseUrl);

} // namespace paydesk::config
