#include "CregisError.h"

#include <QStringList>

namespace paydesk::cregis {

bool CregisError::isDocumentedRefusal(const QString& code)
{
    // E0009 (third_party_id already used) is the opposite: an earlier attempt got through.
    // E0034 (no withdrawals left) is left out on purpose: the first copy of a request may have
    // used up the last one, and a re-sent copy would then be refused although a payout exists.
    static const QStringList codes{
        QStringLiteral("E0001"), // IP not allow-listed
        QStringLiteral("E0002"), // remark too long
        QStringLiteral("E0003"), // project missing or abnormal
        QStringLiteral("E0004"), // project setting not enabled
        QStringLiteral("E0005"), // unsupported currency
        QStringLiteral("E0006"), // amount must be > 0
        QStringLiteral("E0007"), // wrong amount precision
        QStringLiteral("E0008"), // invalid address
        QStringLiteral("E0010"), // wallet does not exist
        QStringLiteral("E0011"), // approval flow missing
        QStringLiteral("E0012"), // approval flow deleted
        QStringLiteral("E0013"), // approval flow closed
        QStringLiteral("E0032"), // memo must be numeric and below 4294967295
    };
    return codes.contains(code);
}

bool CregisError::isDefinitelyNotProcessed() const
{
    switch (kind) {
    case Kind::InsecureUrl:
    case Kind::NoKey:
        return true;
    case Kind::Tls:
        return !possiblySent;
    case Kind::Api:
        return isDocumentedRefusal(code);
    default:
        return false;
    }
}

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
    case CregisError::Kind::NoKey:
        return QStringLiteral("no_key");
    }
    return {};
}

} // namespace paydesk::cregis
