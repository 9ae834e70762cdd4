#pragma once

#include "CoinTable.h"
#include "ControlEndpoints.h"
#include "FaultPlan.h"
#include "HttpServer.h"
#include "PayoutStore.h"
#include "RequestAuthenticator.h"
#include "RequestHandler.h"
#include "SimConfig.h"

#include <QJsonObject>

#include <optional>

namespace paydesk::config {
class Clock;
}

namespace paydesk::sim {

struct HttpResponse;

// The simulated Cregis project: routes each request to the API, the control hooks or a 404,
// and applies the armed fault to payout-create requests.
class Simulator final : public RequestHandler
{
public:
    Simulator(QByteArray apiKey, const SimConfig& config, const config::Clock& clock);

    bool listen();
    quint16 port() const { return m_server.port(); }
    QString errorString() const { return m_server.errorString(); }

    void handle(HttpConnection& connection, const HttpRequest& request) override;

private:
    enum class Endpoint
    {
        PayoutV2,
        PayoutV1,
        PayoutQuery,
        Coins,
        AddressLegal,
        AddressInner,
        TradePage
    };

    static std::optional<Endpoint> endpointFor(const QByteArray& path);
    // rawBody is what arrived on the wire (the signature is checked over it); body is its parse,
    // or nullopt when it is not a JSON object.
    ApiResult answer(Endpoint endpoint, const QByteArray& rawBody, const std::optional<QJsonObject>& body);
    void handlePayoutCreate(HttpConnection& connection, Endpoint endpoint, const QByteArray& rawBody,
                            const std::optional<QJsonObject>& body);
    // For the duplicate-cid fault: an accepted payout's answer names the first cid ever recorded.
    void answerFirstCid(ApiResult& result) const;
    void respondAfterFault(HttpConnection& connection, Fault fault, const HttpResponse& response);

    SimConfig m_config;
    CoinTable m_coins;
    PayoutStore m_store;
    FaultPlan m_faults;
    RequestAuthenticator m_authenticator;
    ControlEndpoints m_control;
    HttpServer m_server;
};

} // namespace paydesk::sim
