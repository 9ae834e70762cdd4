#include "SimControl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

#include <memory>

SimControl::SimControl(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{ }

namespace {

// Waits for the answer; true when it came with HTTP 200.
bool succeeded(QNetworkReply* reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        return false;
    }
    return reply->error() == QNetworkReply::NoError
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
}

} // namespace

std::optional<QJsonArray> SimControl::payouts()
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sim/payouts"));
    const std::unique_ptr<QNetworkReply> reply(m_network.get(QNetworkRequest(url)));
    if (!succeeded(reply.get())) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (!document.isArray()) {
        return std::nullopt;
    }
    return document.array();
}

bool SimControl::armFault(const QString& fault, int count)
{
    return postFaults(QJsonObject{{QStringLiteral("fault"), fault}, {QStringLiteral("count"), count}});
}

bool SimControl::armApiError(const QString& code, const QString& msg, int count)
{
    return postFaults(QJsonObject{{QStringLiteral("fault"), QStringLiteral("api-error")},
                                  {QStringLiteral("count"), count},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("msg"), msg}});
}

bool SimControl::postFaults(const QJsonObject& body)
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/_sim/faults"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const std::unique_ptr<QNetworkReply> reply(m_network.post(request, QJsonDocument(body).toJson()));
    return succeeded(reply.get());
}
