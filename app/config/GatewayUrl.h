#pragma once

#include <QString>

namespace paydesk::config {

// Two spellings of one gateway URL compare equal: scheme and host in lower case, no trailing
// slash, no default port.
QString normalizedGatewayUrl(const QString& baseUrl);

} // namespace paydesk::config
