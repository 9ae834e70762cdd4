#include "Simulator.h"

#include "Endpoints.h"
#include "HttpConnection.h"

#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

std::optional<QJsonObject> parseBody(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

HttpResponse envelopeResponse(const ApiResult& result)
{
    return HttpResponse::json(envelopeJson(result));
}

} // namespace

Simulator::Simulator(QByteArray apiKey, const SimConfig& config, const config::Clock& clock)
    : m_config(config)
    , m_store(clock, StatusPaths(config.finalStatuses, config.cregisApproval), config.lowercaseEvm)
    , m_authenticator(std::move(apiKey), config.pid, config.timestampToleranceMs, clock)
    , m_control(m_store, m_faults)
    , m_server(*this)
{
    m_faults.arm(config.initialFault);
}

bool Simulator::listen()
{
    return m_server.listen(m_config.port);
}

std::optional<Simulator::Endpoint> Simulator::endpointFor(const QByteArray& path)
{
    if (path == "/api/v2/payout") {
        return Endpoint::PayoutV2;
    }
    if (path == "/api/v1/payout") {
        return Endpoint::PayoutV1;
    }
    if (path == "/api/v1/payout/query") {
        return Endpoint::PayoutQuery;
    }
    if (path == "/api/v1/coins") {
        return Endpoint::Coins;
    }
    if (path == "/api/v1/address/legal") {
        return Endpoint::AddressLegal;
    }
    if (path == "/api/v1/address/inner") {
        return Endpoint::AddressInner;
    }
    if (path == "/api/v1/trade/page") {
        return Endpoint::TradePage;
    }
    return std::nullopt;
}

void Simulator::handle(HttpConnection& connection, const HttpRequest& request)
{
    if (ControlEndpoints::isControlPath(request.path)) {
        connection.respond(m_control.handle(request));
        return;
    }
    const std::optional<Endpoint> endpoint = endpointFor(request.path);
    if (!endpoint) {
        connection.respond(HttpResponse::text(404, "not found\n"));
        return;
    }
    if (request.method != "POST") {
        HttpResponse response = HttpResponse::text(405, "method not allowed\n");
        response.addHeader("Allow", "POST");
        connection.respond(response);
        return;
    }
    const std::optional<QJsonObject> body = parseBody(request.body);
    if (*endpoint == Endpoint::PayoutV2 || *endpoint == Endpoint::PayoutV1) {
        handlePayoutCreate(connection, *endpoint, request.body, body);
        return;
    }
    connection.respond(envelopeResponse(answer(*endpoint, request.body, body)));
}

ApiResult Simulator::answer(Endpoint endpoint, const QByteArray& rawBody, const std::optional<QJsonObject>& body)
{
    if (!body) {
        return apierror::bodyNotJson();
    }
    if (auto error = m_authenticator.check(rawBody, *body)) {
        return *error;
    }
    switch (endpoint) {
    case Endpoint::PayoutV2:
        return createPayout(m_store, m_coins, *body, PayoutApi::V2);
    case Endpoint::PayoutV1:
        return createPayout(m_store, m_coins, *body, PayoutApi::V1);
    case Endpoint::PayoutQuery:
        return queryPayout(m_store, m_config.pid, *body);
    case Endpoint::Coins:
        return listCoins(m_coins);
    case Endpoint::AddressLegal:
        return checkAddressLegal(m_coins, *body);
    case Endpoint::AddressInner:
        return checkAddressInner(m_config.innerAddresses, *body);
    case Endpoint::TradePage:
        return tradePage(m_store, *body);
    }
    return apierror::bodyNotJson();
}

void Simulator::handlePayoutCreate(HttpConnection& connection, Endpoint endpoint, const QByteArray& rawBody,
                                   const std::optional<QJsonObject>& body)
{
    // Every attempt counts, including those a fault turns away, so tests see a client's retries.
    if (body) {
        const QJsonValue thirdPartyId = body->value(u"third_party_id"_s);
        if (thirdPartyId.isString()) {
            m_store.countAttempt(thirdPartyId.toString());
        }
    }
    const FaultArming arming = m_faults.takeForRequest();
    const Fault fault = arming.fault;
    switch (fault) {
    case Fault::Http503:
        connection.respond(HttpResponse::text(503, "service unavailable\n"));
        return;
    case Fault::Http429: {
        HttpResponse response = HttpResponse::text(429, "too many requests\n");
        response.addHeader("Retry-After", "1");
        connection.respond(response);
        return;
    }
    case Fault::Redirect: {
        // A signed call must never follow a redirect; the target is deliberately no endpoint.
        HttpResponse response = HttpResponse::text(302, "moved\n");
        response.addHeader("Location", "/_sim/redirected");
        connection.respond(response);
        return;
    }
    case Fault::ApiError:
        // Like a busy Cregis: turned away before any check, so the nonce is not used up either.
        connection.respond(envelopeResponse(arming.apiError));
        return;
    case Fault::None:
    case Fault::DropAfterRecord:
    case Fault::Delay:
    case Fault::MalformedJson:
    case Fault::DuplicateCid:
        break;
    }
    ApiResult result = answer(endpoint, rawBody, body);
    if (fault == Fault::DuplicateCid) {
        answerFirstCid(result);
    }
    respondAfterFault(connection, fault, envelopeResponse(result));
}

void Simulator::answerFirstCid(ApiResult& result) const
{
    // Only an accepted payout has a cid to replace; a refusal stays what it is. The store is
    // never empty here, because the payout just accepted is in it.
    auto* data = std::get_if<QJsonObject>(&result);
    if (data && data->contains(u"cid"_s) && !m_store.payouts().empty()) {
        data->insert(u"cid"_s, QJsonValue(m_store.payouts().front().cid));
    }
}

void Simulator::respondAfterFault(HttpConnection& connection, Fault fault, const HttpResponse& response)
{
    switch (fault) {
    case Fault::DropAfterRecord:
        connection.drop();
        return;
    case Fault::Delay: {
        // The connection is the timer's context: if the client hung up, the answer just lapses.
        HttpConnection* target = &connection;
        QTimer::singleShot(m_config.delayMs, target, [target, response] { target->respond(response); });
        return;
    }
    case Fault::MalformedJson:
        // Cut the real answer in half, as a proxy that dies mid-body would.
        connection.respond(HttpResponse::json(response.body.left(response.body.size() / 2)));
        return;
    default:
        connection.respond(response);
        return;
    }
}

} // namespace paydesk::sim
