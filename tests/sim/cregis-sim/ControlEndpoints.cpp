#include "ControlEndpoints.h"

#include "FaultPlan.h"
#include "JsonValues.h"
#include "ParamReader.h"
#include "PayoutStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

QJsonValue idText(const std::optional<qint64>& id)
{
    // Ids as strings of digits: the control view is read by test code in any language, and a
    // JSON number above 2^53 is rounded by many parsers.
    return id ? QJsonValue(QString::number(*id)) : QJsonValue(QJsonValue::Null);
}

// Absent and null leave a control field at its default.
bool isGiven(const QJsonValue& value)
{
    return !value.isUndefined() && !value.isNull();
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
    FaultArming arming{*fault, 1};
    const QJsonValue countValue = request.value(u"count"_s);
    if (isGiven(countValue)) {
        if (!ParamReader::isInteger(countValue) || !FaultPlan::isValidCount(countValue.toInteger())) {
            return HttpResponse::text(400, "count must be a positive integer or -1\n");
        }
        arming.count = static_cast<int>(countValue.toInteger());
    }
    const QJsonValue codeValue = request.value(u"code"_s);
    const QJsonValue msgValue = request.value(u"msg"_s);
    // Refused rather than ignored: a test that sets a code on another fault has a mistake in it.
    if (*fault != Fault::ApiError && (isGiven(codeValue) || isGiven(msgValue))) {
        return HttpResponse::text(400, "code and msg apply to the api-error fault only\n");
    }
    if (isGiven(codeValue)) {
        if (!codeValue.isString() || !FaultPlan::isValidErrorCode(codeValue.toString())) {
            return HttpResponse::text(400, "code must be a string of 5 printable ASCII characters\n");
        }
        arming.apiError.code = codeValue.toString();
    }
    if (isGiven(msgValue)) {
        if (!msgValue.isString()) {
            return HttpResponse::text(400, "msg must be a string\n");
        }
        arming.apiError.msg = msgValue.toString();
    }
    m_faults.arm(std::move(arming));
    const FaultArming armed = m_faults.armed();
    QJsonObject answer{{u"fault"_s, FaultPlan::nameOf(armed.fault)}, {u"count"_s, armed.count}};
    if (armed.fault == Fault::ApiError) {
        answer.insert(u"code"_s, armed.apiError.code);
        answer.insert(u"msg"_s, armed.apiError.msg);
    }
    return HttpResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
}

} // namespace paydesk::sim
