#include "cregis/ResponseParser.h"

#include <QTest>

using namespace paydesk::cregis;

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void envelope_data();
    void envelope();
    void cidAboveDoubleIsExact();
    void payoutStatus();
    void coinsWithAndWithoutDecimals();
    void definiteRefusal_data();
    void definiteRefusal();
    void tradePage_data();
    void tradePage();
};

void TestResponseParser::definiteRefusal_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("definite");
    using K = CregisError::Kind;
    QTest::newRow("E0006 amount") << int(K::Api) << "E0006" << true;
    QTest::newRow("E0008 address") << int(K::Api) << "E0008" << true;
    QTest::newRow("E0009 already used") << int(K::Api) << "E0009" << false;
    QTest::newRow("E0001 IP not allow-listed") << int(K::Api) << "E0001" << true;
    QTest::newRow("E0005 currency") << int(K::Api) << "E0005" << true;
    QTest::newRow("E0032 memo") << int(K::Api) << "E0032" << true;
    // Undocumented, or documented for other calls: no proof that nothing was made.
    QTest::newRow("E0099 undocumented") << int(K::Api) << "E0099" << false;
    QTest::newRow("E0014 payout not found") << int(K::Api) << "E0014" << false;
    // A re-sent copy may be refused for want of withdrawals the first copy used up.
    QTest::newRow("E0034 no withdrawals left") << int(K::Api) << "E0034" << false;
    QTest::newRow("W0001") << int(K::Api) << "W0001" << false;
    QTest::newRow("A-code parameter or nonce") << int(K::Api) << "A0003" << false;
    QTest::newRow("unknown code") << int(K::Api) << "X1234" << false;
    QTest::newRow("tls never sent") << int(K::Tls) << "" << true;
    QTest::newRow("insecure never sent") << int(K::InsecureUrl) << "" << true;
    QTest::newRow("timeout") << int(K::Timeout) << "" << false;
    QTest::newRow("http 503") << int(K::Http) << "" << false;
    QTest::newRow("not json") << int(K::NotJson) << "" << false;
    QTest::newRow("redirect") << int(K::Redirect) << "" << false;
}

void TestResponseParser::definiteRefusal()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(bool, definite);
    const CregisError error{CregisError::Kind(kind), code, QStringLiteral("msg"), 0};
    QCOMPARE(error.isDefinitelyNotProcessed(), definite);
}

void TestResponseParser::envelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    using K = CregisError::Kind;
    QTest::newRow("ok") << QByteArray(R"({"code":"00000","msg":"ok","data":{"cid":1}})") << int(K::None) << QString()
                        << QString();
    QTest::newRow("E0009") << QByteArray(R"({"code":"E0009","msg":"third_party_id already used","data":null})")
                           << int(K::Api) << QStringLiteral("E0009") << QStringLiteral("third_party_id already used");
    QTest::newRow("unknown code keeps msg") << QByteArray(R"({"code":"X4242","msg":"Something new"})") << int(K::Api)
                                            << QStringLiteral("X4242") << QStringLiteral("Something new");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << int(K::NotJson) << QString() << QString();
    QTest::newRow("truncated") << QByteArray(R"({"code":"00000","msg":"ok","data":{"cid":1)") << int(K::NotJson)
                               << QString() << QString();
    QTest::newRow("no code") << QByteArray(R"({"msg":"ok"})") << int(K::BadResponse) << QString() << QString();
    QTest::newRow("numeric code") << QByteArray(R"({"code":0,"msg":"ok"})") << int(K::BadResponse) << QString()
                                  << QString();
}

void TestResponseParser::envelope()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const auto result = ResponseParser::parseEnvelope(body);
    QCOMPARE(int(result.error.kind), kind);
    QCOMPARE(result.ok(), kind == int(CregisError::Kind::None));
    if (kind == int(CregisError::Kind::Api)) {
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.message, message);
    }
}

void TestResponseParser::cidAboveDoubleIsExact()
{
    const auto envelope
        = ResponseParser::parseEnvelope(R"({"code":"00000","msg":"ok","data":{"cid":9007199254740993}})");
    QVERIFY(envelope.ok());
    const auto created = ResponseParser::parsePayoutCreated(*envelope.value);
    QVERIFY(created.ok());
    QCOMPARE(created.value->cid, qint64(9007199254740993));
    const auto asString = ResponseParser::parsePayoutCreated(
        *ResponseParser::parseEnvelope(R"({"code":"00000","data":{"cid":"9223372036854775807"}})").value);
    QCOMPARE(asString.value->cid, std::numeric_limits<qint64>::max());
    // A cid with a fraction is not an id.
    const auto asDouble = ResponseParser::parsePayoutCreated(
        *ResponseParser::parseEnvelope(R"({"code":"00000","data":{"cid":1.5}})").value);
    QVERIFY(!asDouble.ok());
    QCOMPARE(asDouble.error.kind, CregisError::Kind::BadResponse);
}

void TestResponseParser::payoutStatus()
{
    const auto envelope = ResponseParser::parseEnvelope(
        R"({"code":"00000","msg":"ok","data":{"pid":1382528827416576,"cid":9007199254740995,"chain_id":"195",
            "token_id":"195","currency":"195@195","address":"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS","amount":"1.1",
            "status":6,"third_party_id":"abc","remark":"r","memo":null,"txid":"ff00","block_height":"123456",
            "block_time":1688004243314}})");
    const auto status = ResponseParser::parsePayoutStatus(*envelope.value);
    QVERIFY(status.ok());
    QCOMPARE(status.value->cid, qint64(9007199254740995));
    QCOMPARE(status.value->status, 6);
    QCOMPARE(status.value->txid, QStringLiteral("ff00"));
    QCOMPARE(status.value->blockHeight, QStringLiteral("123456"));
    QCOMPARE(status.value->blockTimeMs, std::optional<qint64>(1688004243314));
    QCOMPARE(status.value->memo, QString());
    QVERIFY(!ResponseParser::parsePayoutStatus(QJsonValue(QJsonObject{})).ok());
}

void TestResponseParser::coinsWithAndWithoutDecimals()
{
    const auto envelope = ResponseParser::parseEnvelope(
        R"({"code":"00000","data":{"payout_coins":[{"coin_name":"USDT-TRC20","chain_id":"195",
            "token_id":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","decimals":"6"},
            {"coin_name":"DOGE","chain_id":"3","token_id":"3"}],"address_coins":[],"order_coins":null}})");
    const auto coins = ResponseParser::parseCoins(*envelope.value);
    QVERIFY(coins.ok());
    QCOMPARE(coins.value->payoutCoins.size(), 2);
    QCOMPARE(coins.value->payoutCoins.at(0).decimals, std::optional<int>(6));
    QCOMPARE(coins.value->payoutCoins.at(1).decimals, std::nullopt);
    QVERIFY(coins.value->orderCoins.isEmpty());
}

void TestResponseParser::tradePage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QList<qint64>>("cids");

    const QByteArray row1
        = R"({"cid":9007199254740993,"currency":"195@195","to_address":"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS",
                                 "amount":"1.1","status":6,"txid":"ff","block_time":1688004243314})";
    const QByteArray row2 = R"({"cid":"12","amount":"2"})";
    // The documented name (cregis-api.md) and the one other servers use.
    QTest::newRow("rows") << (R"({"total":2,"rows":[)" + row1 + "," + row2 + "]}") << true
                          << QList<qint64>{9007199254740993, 12};
    QTest::newRow("list") << (R"({"total":2,"list":[)" + row1 + "," + row2 + "]}") << true
                          << QList<qint64>{9007199254740993, 12};
    QTest::newRow("both: rows wins") << (R"({"rows":[)" + row2 + R"(],"list":[)" + row1 + "]}") << true
                                     << QList<qint64>{12};
    QTest::newRow("rows null, list") << (R"({"rows":null,"list":[)" + row2 + "]}") << true << QList<qint64>{12};
    QTest::newRow("empty rows") << QByteArray(R"({"total":0,"rows":[]})") << true << QList<qint64>{};
    QTest::newRow("neither") << QByteArray(R"({"total":0})") << false << QList<qint64>{};
    QTest::newRow("rows not a list") << QByteArray(R"({"rows":{"cid":1}})") << false << QList<qint64>{};
    QTest::newRow("a row without an exact cid is skipped")
        << (R"({"rows":[{"cid":1.5},)" + row2 + "]}") << true << QList<qint64>{12};
}

void TestResponseParser::tradePage()
{
    QFETCH(QByteArray, data);
    QFETCH(bool, ok);
    QFETCH(QList<qint64>, cids);
    const auto envelope = ResponseParser::parseEnvelope(R"({"code":"00000","msg":"ok","data":)" + data + "}");
    QVERIFY(envelope.ok());
    const auto page = ResponseParser::parseTradePage(*envelope.value);
    QCOMPARE(page.ok(), ok);
    if (!ok) {
        QCOMPARE(page.error.kind, CregisError::Kind::BadResponse);
        return;
    }
    QList<qint64> read;
    for (const TradeRow& row : page.value->rows) {
        read << row.cid;
    }
    QCOMPARE(read, cids);
}

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
