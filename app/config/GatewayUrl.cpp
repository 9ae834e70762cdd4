#include "GatewayUrl.h"

#include <QHostAddress>
#include <QUrl>

namespace paydesk::config {

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

GatewayUrlProblem checkGatewayUrl(const QString& baseUrl)
{
    if (baseUrl.trimmed().isEmpty()) {
        return GatewayUrlProblem::Empty;
    }
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return GatewayUrlProblem::NotAUrl;
    }
    if (!url.userInfo().isEmpty()) {
        return GatewayUrlProblem::UserInfo;
    }
    if (url.scheme() == QLatin1String("https")) {
        return GatewayUrlProblem::None;
    }
    if (url.scheme() == QLatin1String("http")) {
        return isLoopbackHost(url.host()) ? GatewayUrlProblem::None : GatewayUrlProblem::NotHttps;
    }
    return GatewayUrlProblem::UnsupportedScheme;
}

QString normalizedGatewayUrl(const QString& baseUrl)
{
    QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    if (!url.isValid()) {
        return baseUrl.trimmed();
    }
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80)) {
        url.setPort(-1);
    }
    return url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
}

} // namespace paydesk::config
