// Every Cregis response parser on any bytes: the envelope, then each endpoint's parse of its
// `data`, and each parse of the bytes read as JSON directly. Never a crash; ids stay integers.
#include "cregis/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>

using namespace paydesk::cregis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto parseAll = [](const QJsonValue& value) {
        ResponseParser::parsePayoutCreated(value);
        ResponseParser::parsePayoutStatus(value);
        ResponseParser::parseCoins(value);
        ResponseParser::parseAddressAnswer(value);
        ResponseParser::parseTradePage(value);
    };
    const CregisResult<QJsonValue> envelope = ResponseParser::parseEnvelope(body);
    if (envelope.ok()) {
        parseAll(*envelope.value);
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    parseAll(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    return 0;
}
