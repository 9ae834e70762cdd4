#include "SimHttpClient.h"

#include "cregis/Signer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using paydesk::cregis::Signer;
using paydesk::demo::SimulatorProcess;

namespace simclient {

const QString tronAddress = u"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"_s;
const QString failingAddress = u"TFa1LedDestinationForStatusSeven7"_s;
const QString innerAddress = u"TInnerProjectWa11etAddressXXXXXXX"_s;
const QString evmAddress = u"0x52908400098527886E0F7030069857D2E4169EE7"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray rawNumberAfter(const QByteArray& body, const QByteArray& key)
{
    const QByteArray marker = '"' + key + "\":";
    const qsizetype start = body.indexOf(marker);
    if (start < 0) {
        return {};
    }
    qsizetype end = start + marker.size();
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9') {
        ++end;
    }
    return body.mid(start + marker.size(), end - start - marker.size());
}

// ---------------------------------------------------------------------------------------------
// Fixture: a fresh simulator per test, so no test sees another's payouts, nonces or faults.

std::unique_ptr<SimulatorProcess> SimHttpClient::startSimulator(const QStringList& extraArgs)
{
    auto simulator = std::make_unique<SimulatorProcess>();
    simulator->start(SimulatorProcess::locateProgram(), testKey, testPid, extraArgs);
    return simulator;
}

void SimHttpClient::useSimulator(std::unique_ptr<SimulatorProcess> simulator)
{
    m_network.reset();
    m_simulator = std::move(simulator);
    m_baseUrl = m_simulator->baseUrl();
    m_network = std::make_unique<QNetworkAccessManager>();
    // Loopback must not go through a proxy from the environment, and a signed call must never
    // follow a redirect: the client sees the 302 itself.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void SimHttpClient::initSimulator()
{
    auto simulator = startSimulator({u"--delay-ms"_s, QString::number(delayMs), u"--status-fail-to"_s, failingAddress,
                                     u"--inner-address"_s, innerAddress});
    QVERIFY2(simulator->waitForReady(networkWaitMs), "cregis-sim did not start");
    useSimulator(std::move(simulator));
}

void SimHttpClient::cleanupSimulator()
{
    m_network.reset();
    m_simulator.reset();
}

HttpResult SimHttpClient::send(const QByteArray& method, const QString& path, const QByteArray& body,
                               int transferTimeoutMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (transferTimeoutMs > 0) {
        request.setTransferTimeout(transferTimeoutMs);
    }
    std::unique_ptr<QNetworkReply> reply(method == "GET" ? m_network->get(request)
                                                         : m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    result.finished = finished.wait(networkWaitMs);
    if (!result.finished) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    // A reply cancelled by its transfer timeout is closed and has nothing to read.
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.location = reply->rawHeader("Location");
    result.retryAfter = reply->rawHeader("Retry-After");
    return result;
}

SignedParams SimHttpClient::freshParams()
{
    SignedParams params;
    params.set(u"pid"_s, testPid);
    params.set(u"nonce"_s, m_nonces.nextNonce());
    params.set(u"timestamp"_s, nowMs());
    return params;
}

SignedParams SimHttpClient::payoutParams(const QString& thirdPartyId, const QString& currency, const QString& toAddress,
                                         const QString& amount)
{
    SignedParams params = freshParams();
    params.set(u"currency"_s, currency);
    params.set(u"to_address"_s, toAddress);
    params.set(u"amount"_s, amount);
    params.set(u"third_party_id"_s, thirdPartyId);
    return params;
}

QJsonObject SimHttpClient::signObject(QJsonObject plain, const QByteArray& key)
{
    // A body with a value that cannot be signed (a bool, a fraction) still gets a sign-shaped
    // field, so the simulator's refusal is about that value and not about a missing sign.
    const auto params = SignedParams::fromJson(plain);
    plain.insert(u"sign"_s,
                 params ? QString::fromLatin1(Signer::sign(key, *params)) : u"00000000000000000000000000000000"_s);
    return plain;
}

Envelope SimHttpClient::parseEnvelope(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return {object.value(u"code"_s).toString(), object.value(u"msg"_s).toString(), object.value(u"data"_s), body};
}

Envelope SimHttpClient::post(const QString& path, const QJsonObject& body)
{
    const HttpResult result = send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!result.finished || result.status != 200) {
        return {u"HTTP %1"_s.arg(result.status), QString(), QJsonValue(), result.body};
    }
    return parseEnvelope(result.body);
}

Envelope SimHttpClient::call(const QString& path, const SignedParams& params)
{
    return post(path, signObject(params.toJson()));
}

QJsonArray SimHttpClient::recordedPayouts()
{
    const HttpResult result = send("GET", u"/_sim/payouts"_s);
    return result.status == 200 ? QJsonDocument::fromJson(result.body).array() : QJsonArray{{u"unreadable"_s}};
}

bool SimHttpClient::armFault(const QString& name, int count)
{
    const QJsonObject body{{u"fault"_s, name}, {u"count"_s, count}};
    return send("POST", u"/_sim/faults"_s, QJsonDocument(body).toJson()).status == 200;
}

QJsonObject SimHttpClient::tradePage(SignedParams params)
{
    const Envelope answer = call(u"/api/v1/trade/page"_s, params);
    return answer.code == u"00000"_s ? answer.data.toObject() : QJsonObject{{u"error"_s, answer.code}};
}

} // namespace simclient
