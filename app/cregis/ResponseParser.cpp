#include "ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QVariant>

#include <algorithm>

namespace paydesk::cregis {

namespace {

template <typename T> CregisResult<T> badResponse(const QString& what)
{
    return CregisResult<T>::failure({CregisError::Kind::BadResponse, {}, what, 200});
}

QString readText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (const auto number = ResponseParser::readInt64(value)) {
        return QString::number(*number);
    }
    return {};
}

QList<Coin> readCoins(const QJsonValue& value)
{
    QList<Coin> coins;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& entry : array) {
        const QJsonObject object = entry.toObject();
        Coin coin;
        coin.coinName = readText(object.value(QLatin1String("coin_name")));
        coin.chainId = readText(object.value(QLatin1String("chain_id")));
        coin.tokenId = readText(object.value(QLatin1String("token_id")));
        const QString decimals = readText(object.value(QLatin1String("decimals")));
        bool ok = false;
        const int parsed = decimals.toInt(&ok);
        if (ok && parsed >= 0 && parsed <= 36) {
            coin.decimals = parsed;
        }
        if (!coin.chainId.isEmpty() && !coin.tokenId.isEmpty()) {
            coins.append(coin);
        }
    }
    return coins;
}

} // namespace

std::optional<qint64> ResponseParser::readInt64(const QJsonValue& value)
{
    if (value.isDouble()) {
        // Qt 6 keeps JSON integers that fit in int64 exact; anything else is a real double.
        if (value.toVariant().typeId() == QMetaType::LongLong) {
            return value.toInteger();
        }
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString();
        if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
            return std::nullopt;
        }
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        return ok ? std::optional<qint64>(number) : std::nullopt;
    }
    return std::nullopt;
}

CregisResult<QJsonValue> ResponseParser::parseEnvelope(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return CregisResult<QJsonValue>::failure(
            {CregisError::Kind::NotJson, {}, QStringLiteral("The gateway's answer is not JSON."), 200});
    }
    const QJsonObject envelope = document.object();
    const QJsonValue code = envelope.value(QLatin1String("code"));
    if (!code.isString()) {
        return badResponse<QJsonValue>(QStringLiteral("The answer has no Cregis result code."));
    }
    if (code.toString() != QLatin1String("00000")) {
        return CregisResult<QJsonValue>::failure(
            {CregisError::Kind::Api, code.toString(), envelope.value(QLatin1String("msg")).toString(), 200});
    }
    return CregisResult<QJsonValue>::success(envelope.value(QLatin1String("data")));
}

CregisResult<PayoutCreated> ResponseParser::parsePayoutCreated(const QJsonValue& data)
{
    const std::optional<qint64> cid = readInt64(data.toObject().value(QLatin1String("cid")));
    if (!cid || *cid <= 0) {
        return badResponse<PayoutCreated>(QStringLiteral("The payout answer carries no cid."));
    }
    return CregisResult<PayoutCreated>::success({*cid});
}

CregisResult<PayoutStatus> ResponseParser::parsePayoutStatus(const QJsonValue& data)
{
    const QJsonObject object = data.toObject();
    const std::optional<qint64> status = readInt64(object.value(QLatin1String("status")));
    if (!status || *status < 0 || *status > 99) {
        return badResponse<PayoutStatus>(QStringLiteral("The payout query answer carries no status."));
    }
    PayoutStatus result;
    result.cid = readInt64(object.value(QLatin1String("cid"))).value_or(0);
    result.status = static_cast<int>(*status);
    result.chainId = readText(object.value(QLatin1String("chain_id")));
    result.tokenId = readText(object.value(QLatin1String("token_id")));
    result.currency = readText(object.value(QLatin1String("currency")));
    result.fromAddress = readText(object.value(QLatin1String("from_address")));
    result.address = readText(object.value(QLatin1String("address")));
    result.amount = readText(object.value(QLatin1String("amount")));
    result.thirdPartyId = readText(object.value(QLatin1String("third_party_id")));
    result.remark = readText(object.value(QLatin1String("remark")));
    result.memo = readText(object.value(QLatin1String("memo")));
    result.txid = readText(object.value(QLatin1String("txid")));
    result.blockHeight = readText(object.value(QLatin1String("block_height")));
    result.blockTimeMs = readInt64(object.value(QLatin1String("block_time")));
    return CregisResult<PayoutStatus>::success(result);
}

CregisResult<CoinList> ResponseParser::parseCoins(const QJsonValue& data)
{
    if (!data.isObject()) {
        return badResponse<CoinList>(QStringLiteral("The coin list answer carries no data."));
    }
    const QJsonObject object = data.toObject();
    CoinList list;
    list.payoutCoins = readCoins(object.value(QLatin1String("payout_coins")));
    list.addressCoins = readCoins(object.value(QLatin1String("address_coins")));
    list.orderCoins = readCoins(object.value(QLatin1String("order_coins")));
    return CregisResult<CoinList>::success(list);
}

CregisResult<AddressAnswer> ResponseParser::parseAddressAnswer(const QJsonValue& data)
{
    const QJsonValue result = data.toObject().value(QLatin1String("result"));
    if (!result.isBool()) {
        return badResponse<AddressAnswer>(QStringLiteral("The address check answer carries no result."));
    }
    return CregisResult<AddressAnswer>::success({result.toBool()});
}

CregisResult<TradePage> ResponseParser::parseTradePage(const QJsonValue& data)
{
    // Cregis publishes no schema for this page: its reference names the rows `rows`, other
    // servers answer `list`. Either is read; when both are there, `rows`, the documented one.
    const QJsonObject object = data.toObject();
    const QJsonValue rows = object.value(QLatin1String("rows"));
    const QJsonValue list = rows.isArray() ? rows : object.value(QLatin1String("list"));
    if (!list.isArray()) {
        return badResponse<TradePage>(QStringLiteral("The trade history answer carries no rows."));
    }
    TradePage page;
    page.total = readInt64(object.value(QLatin1String("total"))).value_or(0);
    const QJsonArray entries = list.toArray();
    for (const QJsonValue& entry : entries) {
        const QJsonObject row = entry.toObject();
        const std::optional<qint64> cid = readInt64(row.value(QLatin1String("cid")));
        if (!cid) {
            continue; // a row without an exact id cannot be matched to anything
        }
        TradeRow trade;
        trade.cid = *cid;
        trade.currency = readText(row.value(QLatin1String("currency")));
        trade.fromAddress = readText(row.value(QLatin1String("from_address")));
        trade.toAddress = readText(row.value(QLatin1String("to_address")));
        trade.amount = readText(row.value(QLatin1String("amount")));
        trade.status = static_cast<int>(readInt64(row.value(QLatin1String("status"))).value_or(-1));
        trade.txid = readText(row.value(QLatin1String("txid")));
        trade.tradeType = readText(row.value(QLatin1String("trade_type")));
        trade.blockTimeMs = readInt64(row.value(QLatin1String("block_time")));
        page.rows.append(trade);
    }
    return CregisResult<TradePage>::success(page);
}

SignedParams RequestBuilder::tradePageParams(const TradeQuery& query)
{
    SignedParams params;
    params.set(QStringLiteral("chain_id"), query.chainId);
    params.set(QStringLiteral("token_id"), query.tokenId);
    params.set(QStringLiteral("page_num"), qint64(query.pageNum));
    params.set(QStringLiteral("page_size"), qint64(query.pageSize));
    if (query.blockTimeStartS) {
        params.set(QStringLiteral("blocktime_start"), *query.blockTimeStartS);
    }
    if (query.blockTimeEndS) {
        params.set(QStringLiteral("blocktime_end"), *query.blockTimeEndS);
    }
    return params;
}

SignedParams RequestBuilder::addressParams(const QString& address, const QString& chainId)
{
    SignedParams params;
    params.set(QStringLiteral("address"), address);
    params.set(QStringLiteral("chain_id"), chainId);
    return params;
}

SignedParams RequestBuilder::payoutParams(const PayoutRequest& request)
{
    SignedParams params;
    params.setOptional(QStringLiteral("wallet_id"), request.walletId);
    params.set(QStringLiteral("currency"), request.currency);
    params.set(QStringLiteral("from_address"), request.fromAddress);
    params.set(QStringLiteral("to_address"), request.toAddress);
    params.set(QStringLiteral("amount"), request.amount);
    params.set(QStringLiteral("callback_url"), request.callbackUrl);
    params.set(QStringLiteral("third_party_id"), request.thirdPartyId);
    params.set(QStringLiteral("remark"), request.remark);
    params.set(QStringLiteral("memo"), request.memo);
    return params;
}

SignedParams RequestBuilder::queryParams(qint64 cid)
{
    SignedParams params;
    params.set(QStringLiteral("cid"), cid);
    return params;
}

} // namespace paydesk::cregis
