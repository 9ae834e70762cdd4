#include "CregisError.h"

namespace paydesk::cregis {

QString kindName(CregisError::Kind kind)
{
    switch (kind) {
    case CregisError::Kind::None:
        return QStringLiteral("none");
    case CregisError::Kind::Api:
        return QStringLiteral("api");
    case CregisError::Kind::Http:
        return QStringLiteral("http");
    case CregisError::Kind::Timeout:
        return QStringLiteral("timeout");
    case CregisError::Kind::Network:
        return QStringLiteral("network");
    case CregisError::Kind::Tls:
        return QStringLiteral("tls");
    case CregisError::Kind::NotJson:
        return QStringLiteral("not_json");
    case CregisError::Kind::BadResponse:
        return QStringLiteral("bad_response");
    case CregisError::Kind::Redirect:
        return QStringLiteral("redirect");
    case CregisError::Kind::InsecureUrl:
        return QStringLiteral("insecure_url");
    case CregisError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace paydesk::cregis
