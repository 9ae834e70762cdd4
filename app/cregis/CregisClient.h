#pragma once

#include "CregisError.h"
#include "CregisTypes.h"
#include "SignedParams.h"
#include "Signer.h"
#include "config/Clock.h"
#include "config/NonceSource.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QNetworkReply;

namespace paydesk::cregis {

// The one way PayDesk talks to a Cregis gateway: builds, signs and posts a request, then hands a
// typed result to the caller's callback (run in the caller's `context`, and not at all once the
// context is gone). One QNetworkAccessManager per client; the API key lives only in its Signer.
class CregisClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;
    // The largest answer read; a larger one is a BadResponse, never parsed.
    static constexpr qint64 maxAnswerBytes = 4 * 1024 * 1024;
    // A Retry-After header's wait (seconds or an HTTP date), at most 10 minutes; nullopt if absent
    // or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray& header);

    CregisClient(Endpoint endpoint, std::unique_ptr<Signer> signer, const config::Clock& clock,
                 config::NonceSource& nonces, QObject* parent = nullptr);
    ~CregisClient() override;

    // HTTPS for every host; plain HTTP only to loopback (127.0.0.0/8, ::1, localhost).
    static bool isAllowedBaseUrl(const QString& baseUrl);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // The key is given (or replaced) once it is known; until then every call fails with NoKey
    // and nothing is sent. Requests already on their way keep the signature they were sent with.
    void setSigner(std::unique_ptr<Signer> signer) { m_signer = std::move(signer); }
    bool hasSigner() const { return m_signer != nullptr; }

    // Tests trust a throw-away CA this way; certificates are still verified in full.
    void setSslConfiguration(const QSslConfiguration& configuration) { m_sslConfiguration = configuration; }
    const Endpoint& endpoint() const { return m_endpoint; }

    void createPayout(const PayoutRequest& request, QObject* context,
                      std::function<void(const CregisResult<PayoutCreated>&)> done);
    void queryPayout(qint64 cid, QObject* context, std::function<void(const CregisResult<PayoutStatus>&)> done);
    void listCoins(QObject* context, std::function<void(const CregisResult<CoinList>&)> done);
    void tradePage(const TradeQuery& query, QObject* context, std::function<void(const CregisResult<TradePage>&)> done);
    void checkAddress(AddressQuery query, const QString& address, const QString& chainId, QObject* context,
                      std::function<void(const CregisResult<AddressAnswer>&)> done);

    // Aborts every call in flight; their callbacks receive a Cancelled error.
    void abortAll();

private:
    using RawCallback = std::function<void(const CregisResult<QJsonValue>&)>;

    void post(const QString& path, SignedParams params, QObject* context, RawCallback done);
    static CregisResult<QJsonValue> evaluate(QNetworkReply* reply, bool timedOut);

    Endpoint m_endpoint;
    std::unique_ptr<Signer> m_signer;
    const config::Clock& m_clock;
    config::NonceSource& m_nonces;
    QNetworkAccessManager m_network;
    std::optional<QSslConfiguration> m_sslConfiguration;
    int m_timeoutMs = defaultTimeoutMs;
    bool m_connectionUsed = false;
};

} // namespace paydesk::cregis
