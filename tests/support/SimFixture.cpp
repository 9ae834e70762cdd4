#include "SimFixture.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>

namespace {

// The body of a 200 answer, or nothing (any other status, or no answer in 10 s).
QByteArray waitForBody(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    const QByteArray body = ok ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

} // namespace

SimFixture::SimFixture(QByteArray apiKey, QStringList extraArgs)
    : m_apiKey(std::move(apiKey))
    , m_process(std::make_unique<paydesk::demo::SimulatorProcess>())
{
    m_process->start(paydesk::demo::SimulatorProcess::locateProgram(), m_apiKey, pid, extraArgs);
    m_process->waitForReady(paydesk::demo::SimulatorProcess::readyTimeoutMs);
}

SimFixture::~SimFixture() = default;

bool SimFixture::isReady() const
{
    return m_process->isReady();
}

QString SimFixture::baseUrl() const
{
    return m_process->baseUrl().toString();
}

QJsonArray SimFixture::payouts()
{
    QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/_sim/payouts")));
    return QJsonDocument::fromJson(waitForBody(m_network.get(request))).array();
}

bool SimFixture::armFault(const QString& fault, int count)
{
    QNetworkRequest request(QUrl(baseUrl() + QStringLiteral("/_sim/faults")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("fault"), fault}, {QStringLiteral("count"), count}};
    return !waitForBody(m_network.post(request, QJsonDocument(body).toJson())).isEmpty();
}
