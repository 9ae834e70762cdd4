#include "GatewayUrl.h"

#include <QUrl>

namespace paydesk::config {

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
