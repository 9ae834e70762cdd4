#include "ControlEndpoints.h"

#include "FaultPlan.h"
#include "JsonValues.h"
#include "ParamReader.h"
#include "PayoutStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

QJsonValue idText(const std::optional<qint64>& id)
{
    // Ids as strings of digits: the control view is read by test code in any language, and a
    // JSON number above 2^53 is rounded by many parsers.
    return id ? QJsonValue(QString::number(*id)) : QJsonValue(QJsonValue::Null);
}

HttpResponse methodNotAllowed(const QByteArray& allowed)
{
    HttpResponse response = HttpResponse::text(405, "method not allowed\n");
    response.addHeader("Allow", allowed);
    return response;
}

} // namespace

ControlEndpoints::ControlEndpoints(const PayoutStore& store, FaultPlan& faults)
    : m_store(store)
    , m_faults(faults)
{ }

HttpResponse ControlEndpoints::handle(const HttpRequest& request)
{
    if (request.path == "/_sim/payouts") {
        return request.method == "GET" ? listPayouts() : methodNotAllowed("GET");
    }
    if (request.path == "/_sim/faults") {
        return request.method == "POST" ? armFault(request.body) : methodNotAllowed("POST");
    }
    return HttpResponse::text(404, "not found\n");
}

HttpResponse ControlEndpoints::listPayouts() const
{
    QJsonArray list;
    for (const PayoutRecord& payout : m_store.payouts()) {
        list.append(QJsonObject{
            {u"cid"_s, idText(payout.cid)},
            {u"third_party_id"_s, payout.thirdPartyId},
            {u"currency"_s, payout.currency},
            {u"to_address"_s, payout.toAddress},
            {u"from_address"_s, jsonOrNull(payout.fromAddress)},
            {u"wallet_id"_s, idText(payout.walletId)},
            {u"amount"_s, payout.amount},
            {u"memo"_s, jsonOrNull(payout.memo)},
            {u"remark"_s, jsonOrNull(payout.remark)},
            {u"callback_url"_s, jsonOrNull(payout.callbackUrl)},
            {u"status"_s, static_cast<int>(payout.status)},
            {u"recorded_at_ms"_s, QJsonValue(payout.recordedAtMs)},
            {u"attempts"_s, m_store.attempts(payout.thirdPartyId)},
        });
    }
    return HttpResponse::json(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

HttpResponse ControlEndpoints::armFault(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject()) {
        return HttpResponse::text(400, "body must be a JSON object {\"fault\": NAME, \"count\": N}\n");
    }
    const QJsonObject request = document.object();
    const std::optional<Fault> fault = FaultPlan::fromName(request.value(u"fault"_s).toString());
    if (!fault) {
        return HttpResponse::text(400, "unknown fault\n");
    }
    const QJsonValue countValue = request.value(u"count"_s);
    qint64 count = 1;
    if (!countValue.isUndefined() && !countValue.isNull()) {
        if (!ParamReader::isInteger(countValue) || !FaultPlan::isValidCount(countValue.toInteger())) {
            return HttpResponse::text(400, "count must be a positive integer or -1\n");
        }
        count = countValue.toInteger();
    }
    m_faults.arm({*fault, static_cast<int>(count)});
    const FaultArming armed = m_faults.armed();
    const QJsonObject answer{{u"fault"_s, FaultPlan::nameOf(armed.fault)}, {u"count"_s, armed.count}};
    return HttpResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace paydesk::sim
