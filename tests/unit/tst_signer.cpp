#include "cregis/ResponseParser.h"
#include "cregis/SignedParams.h"
#include "cregis/Signer.h"

#include <QJsonDocument>
#include <QTest>

using namespace paydesk::cregis;

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data();
    void publishedVectors();
    void skipRules_data();
    void skipRules();
    void sortsByBytes();
    void int64AboveDoubleSurvivesBody();
    void verifyIsExact();
};

namespace {

const QByteArray publishedKey = "f502a9ac9ca54327986f29c03b271491";

SignedParams payoutV1(const QString& callbackUrl)
{
    SignedParams params;
    params.set(QStringLiteral("pid"), qint64(1382528827416576));
    params.set(QStringLiteral("currency"), QStringLiteral("195@195"));
    params.set(QStringLiteral("address"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"));
    params.set(QStringLiteral("amount"), QStringLiteral("1.1"));
    params.set(QStringLiteral("remark"), QStringLiteral("payout"));
    params.set(QStringLiteral("third_party_id"), QStringLiteral("c9231e604da54469a735af3f449c880f"));
    params.set(QStringLiteral("callback_url"), callbackUrl);
    params.set(QStringLiteral("nonce"), QStringLiteral("hwlkk6"));
    params.set(QStringLiteral("timestamp"), qint64(1688004243314));
    return params;
}

} // namespace

void TestSigner::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("V1 payout")
        << publishedKey
        << QJsonDocument(payoutV1(QStringLiteral("http://192.168.2.29:9099/callback")).toJson()).toJson()
        << QByteArray("d6eef2de79e39f434a38efb910213ba6");
    QTest::newRow("V3 payout, https callback")
        << publishedKey << QJsonDocument(payoutV1(QStringLiteral("https://your-domain.com/callback")).toJson()).toJson()
        << QByteArray("f76fb193e9d34d2e59fef64e3418f79b");
    QTest::newRow("V4 payout query")
        << publishedKey
        << QByteArray(R"({"pid":1382528827416576,"cid":1382626461605888,"nonce":"sw7kv5","timestamp":1687853722065})")
        << QByteArray("af825ddb839e6796d62977caf18d3394");
    QTest::newRow("V8 int64 above 2^53") << QByteArray("key") << QByteArray(R"({"cid":9007199254740993})")
                                         << QByteArray("84ebf6a4564c37ddf28ce80a64aadcba");
}

void TestSigner::publishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    // Through the JSON parser, as a received body would be: ids must not pass through a double.
    const auto params = SignedParams::fromJson(QJsonDocument::fromJson(body).object());
    QVERIFY(params.has_value());
    QCOMPARE(Signer::sign(key, *params), expected);
    QVERIFY(Signer(key).verify(*params, expected));
}

void TestSigner::skipRules_data()
{
    QTest::addColumn<QString>("extraKey");
    QTest::addColumn<QVariant>("extraValue"); // invalid QVariant = null
    QTest::addColumn<bool>("changesSignature");

    QTest::newRow("empty string dropped") << QStringLiteral("memo") << QVariant(QString()) << false;
    QTest::newRow("null dropped") << QStringLiteral("memo") << QVariant() << false;
    QTest::newRow("string zero kept") << QStringLiteral("memo") << QVariant(QStringLiteral("0")) << true;
    QTest::newRow("integer zero kept") << QStringLiteral("wallet_id") << QVariant(qint64(0)) << true;
    QTest::newRow("sign itself ignored") << QStringLiteral("sign") << QVariant(QStringLiteral("abc")) << false;
}

void TestSigner::skipRules()
{
    QFETCH(QString, extraKey);
    QFETCH(QVariant, extraValue);
    QFETCH(bool, changesSignature);

    const SignedParams base = payoutV1(QStringLiteral("http://192.168.2.29:9099/callback"));
    SignedParams extended = base;
    if (!extraValue.isValid()) {
        extended.setNull(extraKey);
    } else if (extraValue.typeId() == QMetaType::LongLong) {
        extended.set(extraKey, extraValue.toLongLong());
    } else {
        extended.set(extraKey, extraValue.toString());
    }
    QCOMPARE(Signer::sign(publishedKey, base), QByteArray("d6eef2de79e39f434a38efb910213ba6"));
    QCOMPARE(Signer::sign(publishedKey, extended) != Signer::sign(publishedKey, base), changesSignature);
    // What is dropped from the signature for being empty is dropped from the body too.
    QCOMPARE(extended.toJson().contains(extraKey), changesSignature || extraKey == QLatin1String("sign"));
}

void TestSigner::sortsByBytes()
{
    SignedParams params;
    params.set(QStringLiteral("token_id"), QStringLiteral("b"));
    params.set(QStringLiteral("to_address"), QStringLiteral("a"));
    params.set(QStringLiteral("Zeta"), QStringLiteral("c"));
    // '_' (0x5F) sorts before letters; upper case before lower case.
    QCOMPARE(params.canonicalText(), QByteArray("Zetacto_addressatoken_idb"));
}

void TestSigner::int64AboveDoubleSurvivesBody()
{
    PayoutRequest request;
    request.walletId = 11434198045401088;
    request.currency = QStringLiteral("144@144");
    request.toAddress = QStringLiteral("rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc");
    request.amount = QStringLiteral("1.10");
    request.thirdPartyId = QStringLiteral("c9231e604da54469a735af3f449c880f");
    SignedParams params = RequestBuilder::payoutParams(request);
    params.set(QStringLiteral("pid"), qint64(9007199254740993));
    const QByteArray body = QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(body.contains("\"pid\":9007199254740993"));
    QVERIFY(body.contains("\"wallet_id\":11434198045401088"));
    // The amount text is sent and signed exactly as given, never re-formatted.
    QVERIFY(body.contains("\"amount\":\"1.10\""));
    QVERIFY(params.canonicalText().contains("amount1.10"));
    QVERIFY(params.canonicalText().contains("pid9007199254740993"));
    QVERIFY(!body.contains("memo"));
}

void TestSigner::verifyIsExact()
{
    const SignedParams params = RequestBuilder::queryParams(1382626461605888);
    Signer signer("k");
    const QByteArray good = signer.sign(params);
    QVERIFY(signer.verify(params, good));
    QByteArray bad = good;
    bad[31] = bad[31] == 'a' ? 'b' : 'a';
    QVERIFY(!signer.verify(params, bad));
    QVERIFY(!signer.verify(params, good.left(31)));
    QVERIFY(!signer.verify(params, QByteArray()));
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
