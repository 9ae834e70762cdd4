#include "CregisClient.h"

#include "ResponseParser.h"

#include "config/GatewayUrl.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace paydesk::cregis {

namespace {

CregisError transportError(CregisError::Kind kind, const QString& message, int httpStatus = 0)
{
    return CregisError{kind, {}, message, httpStatus};
}

template <typename T>
std::function<void(const CregisResult<QJsonValue>&)> parseThen(CregisResult<T> (*parse)(const QJsonValue&),
                                                               std::function<void(const CregisResult<T>&)> done)
{
    return [parse, done = std::move(done)](const CregisResult<QJsonValue>& raw) {
        done(raw.ok() ? parse(*raw.value) : CregisResult<T>::failure(raw.error));
    };
}

} // namespace

CregisClient::CregisClient(Endpoint endpoint, std::unique_ptr<Signer> signer, const config::Clock& clock,
                           config::NonceSource& nonces, QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_signer(std::move(signer))
    , m_clock(clock)
    , m_nonces(nonces)
{
    // Signed calls must reach exactly the configured gateway: never follow a redirect, and never
    // let a cached answer stand in for a payout request.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

CregisClient::~CregisClient() = default;

bool CregisClient::isAllowedBaseUrl(const QString& baseUrl)
{
    return config::checkGatewayUrl(baseUrl) == config::GatewayUrlProblem::None;
}

void CregisClient::createPayout(const PayoutRequest& request, QObject* context,
                                std::function<void(const CregisResult<PayoutCreated>&)> done)
{
    post(QStringLiteral("/api/v2/payout"), RequestBuilder::payoutParams(request), context,
         parseThen(&ResponseParser::parsePayoutCreated, std::move(done)));
}

void CregisClient::queryPayout(qint64 cid, QObject* context,
                               std::function<void(const CregisResult<PayoutStatus>&)> done)
{
    post(QStringLiteral("/api/v1/payout/query"), RequestBuilder::queryParams(cid), context,
         parseThen(&ResponseParser::parsePayoutStatus, std::move(done)));
}

void CregisClient::listCoins(QObject* context, std::function<void(const CregisResult<CoinList>&)> done)
{
    post(QStringLiteral("/api/v1/coins"), SignedParams{}, context,
         parseThen(&ResponseParser::parseCoins, std::move(done)));
}

void CregisClient::tradePage(const TradeQuery& query, QObject* context,
                             std::function<void(const CregisResult<TradePage>&)> done)
{
    post(QStringLiteral("/api/v1/trade/page"), RequestBuilder::tradePageParams(query), context,
         parseThen(&ResponseParser::parseTradePage, std::move(done)));
}

void CregisClient::checkAddress(AddressQuery query, const QString& address, const QString& chainId, QObject* context,
                                std::function<void(const CregisResult<AddressAnswer>&)> done)
{
    post(query == AddressQuery::Legal ? QStringLiteral("/api/v1/address/legal")
                                      : QStringLiteral("/api/v1/address/inner"),
         RequestBuilder::addressParams(address, chainId), context,
         parseThen(&ResponseParser::parseAddressAnswer, std::move(done)));
}

void CregisClient::abortAll()
{
    const auto replies = findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->abort();
    }
}

void CregisClient::post(const QString& path, SignedParams params, QObject* context, RawCallback done)
{
    if (!m_signer) {
        QTimer::singleShot(0, context, [done = std::move(done)] {
            done(CregisResult<QJsonValue>::failure(
                transportError(CregisError::Kind::NoKey, QStringLiteral("No API key is loaded for this profile."))));
        });
        return;
    }
    if (const config::GatewayUrlProblem problem = config::checkGatewayUrl(m_endpoint.baseUrl);
        problem != config::GatewayUrlProblem::None) {
        // Deliver asynchronously like every other answer so callers have one code path. The URL
        // itself stays out of the message: it may hold a password.
        QTimer::singleShot(0, context, [done = std::move(done), problem] {
            CregisError error
                = transportError(CregisError::Kind::InsecureUrl, QStringLiteral("The gateway URL was refused."));
            error.urlProblem = problem;
            done(CregisResult<QJsonValue>::failure(error));
        });
        return;
    }

    params.set(QStringLiteral("pid"), m_endpoint.pid);
    params.set(QStringLiteral("nonce"), m_nonces.nextNonce());
    params.set(QStringLiteral("timestamp"), m_clock.nowMs());
    QJsonObject body = params.toJson();
    body.insert(QStringLiteral("sign"), QString::fromLatin1(m_signer->sign(params)));

    QUrl url(m_endpoint.baseUrl);
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_sslConfiguration) {
        request.setSslConfiguration(*m_sslConfiguration);
    }

    QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    reply->setParent(this);
    // Our own timer rather than setTransferTimeout: it covers the whole exchange, and the flag
    // tells a timeout apart from any other abort.
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setProperty("timedOut", false);
    connect(timer, &QTimer::timeout, reply, [reply, timer] {
        timer->setProperty("timedOut", true);
        reply->abort();
    });
    timer->start(m_timeoutMs);

    // Once a connection to the gateway carried a request, a later TLS failure may be Qt's second
    // try of a request that already went out on that connection (see CregisError::possiblySent).
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_connectionUsed = true; });
    // An answer is a few kilobytes: one far larger is not read, let alone parsed.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
        if (received > maxAnswerBytes || total > maxAnswerBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, guard, done = std::move(done)] {
        CregisResult<QJsonValue> result = evaluate(reply, timer->property("timedOut").toBool());
        if (result.error.kind == CregisError::Kind::Tls && m_connectionUsed) {
            result.error.possiblySent = true;
            result.error.message += QStringLiteral(" (an earlier connection to the gateway was in use, so the request "
                                                   "may have been sent on it before this failure)");
        }
        reply->deleteLater();
        if (guard) {
            done(result);
        }
    });
}

std::optional<qint64> CregisClient::retryAfterMs(const QByteArray& header)
{
    // Delay-seconds or an HTTP date (RFC 9110, 10.2.3); anything else is ignored. Capped, so a
    // gateway cannot park a run for a day.
    constexpr qint64 longestMs = 10 * 60 * 1000;
    const QByteArray text = header.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok) {
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min(seconds * 1000, longestMs));
    }
    // The IMF-fixdate says "GMT", which Qt's RFC 2822 reader wants as an offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(QLatin1String(" GMT"))) {
        date.chop(4);
        date += QStringLiteral(" +0000");
    }
    const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!at.isValid()) {
        return std::nullopt;
    }
    return std::clamp(QDateTime::currentDateTimeUtc().msecsTo(at), qint64(0), longestMs);
}

CregisResult<QJsonValue> CregisClient::evaluate(QNetworkReply* reply, bool timedOut)
{
    using Kind = CregisError::Kind;
    if (timedOut) {
        return CregisResult<QJsonValue>::failure(
            transportError(Kind::Timeout, QStringLiteral("The gateway did not answer in time.")));
    }
    if (reply->property("tooLarge").toBool()) {
        return CregisResult<QJsonValue>::failure(
            transportError(Kind::BadResponse,
                           QStringLiteral("the answer was larger than %1 bytes and was not read").arg(maxAnswerBytes)));
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (httpStatus == 0) {
        switch (reply->error()) {
        case QNetworkReply::OperationCanceledError:
            return CregisResult<QJsonValue>::failure(
                transportError(Kind::Cancelled, QStringLiteral("The request was cancelled.")));
        case QNetworkReply::SslHandshakeFailedError:
            return CregisResult<QJsonValue>::failure(transportError(Kind::Tls, reply->errorString()));
        default:
            return CregisResult<QJsonValue>::failure(transportError(Kind::Network, reply->errorString()));
        }
    }
    if (httpStatus >= 300 && httpStatus < 400) {
        return CregisResult<QJsonValue>::failure(transportError(
            Kind::Redirect,
            QStringLiteral("The gateway answered with a redirect (HTTP %1); it was not followed.").arg(httpStatus),
            httpStatus));
    }
    const QByteArray body = reply->readAll();
    if (httpStatus != 200) {
        CregisError error
            = transportError(Kind::Http, QStringLiteral("The gateway answered HTTP %1.").arg(httpStatus), httpStatus);
        if (httpStatus == 429 || httpStatus == 503) {
            error.retryAfterMs = retryAfterMs(reply->rawHeader("Retry-After"));
        }
        return CregisResult<QJsonValue>::failure(error);
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 200 status line followed by a dropped connection: the body is incomplete.
        return CregisResult<QJsonValue>::failure(transportError(
            Kind::Network, QStringLiteral("broke during the answer: %1").arg(reply->errorString()), httpStatus));
    }
    return ResponseParser::parseEnvelope(body);
}

} // namespace paydesk::cregis
