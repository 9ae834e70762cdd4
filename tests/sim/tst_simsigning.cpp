// The simulator's own signature check (BodyParams, SignatureVerifier, RequestAuthenticator),
// compiled in and fed raw bodies: the published vectors of docs/cregis-api.md and the corners of JSON
// a client could get wrong. No process and no network; nothing from the client's signer.

#include "BodyParams.h"
#include "RequestAuthenticator.h"
#include "SignatureVerifier.h"

#include "config/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <optional>
#include <variant>
#include <vector>

using namespace Qt::StringLiterals;
using paydesk::sim::BodyParam;
using paydesk::sim::BodyParamsRefusal;
using paydesk::sim::readBodyParams;
using paydesk::sim::RequestAuthenticator;
using paydesk::sim::SignatureVerifier;

namespace {

// The API key the published vectors V1 to V4 are signed with.
constexpr char vectorKey[] = "f502a9ac9ca54327986f29c03b271491";
constexpr qint64 vectorPid = 1382528827416576;
constexpr qint64 v1Timestamp = 1688004243314;
constexpr qint64 v4Timestamp = 1687853722065;

const QByteArray v1Body
    = R"({"pid":1382528827416576,"currency":"195@195","address":"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS",)"
      R"("amount":"1.1","remark":"payout","third_party_id":"c9231e604da54469a735af3f449c880f",)"
      R"("callback_url":"http://192.168.2.29:9099/callback","nonce":"hwlkk6",)"
      R"("timestamp":1688004243314,"sign":"d6eef2de79e39f434a38efb910213ba6"})";
const QByteArray v1Sign = "d6eef2de79e39f434a38efb910213ba6";
const QByteArray v4Body = R"({"pid":1382528827416576,"cid":1382626461605888,"nonce":"sw7kv5",)"
                          R"("timestamp":1687853722065,"sign":"af825ddb839e6796d62977caf18d3394"})";
const QByteArray v4Sign = "af825ddb839e6796d62977caf18d3394";

class FixedClock final : public paydesk::config::Clock
{
public:
    explicit FixedClock(qint64 nowMs)
        : m_nowMs(nowMs)
    { }
    qint64 nowMs() const override { return m_nowMs; }

private:
    qint64 m_nowMs;
};

// "ok" for an accepted request, else the error code: readable when a comparison fails.
QString outcomeOf(const std::optional<paydesk::sim::ApiError>& error)
{
    return error ? error->code + u' ' + error->msg : u"ok"_s;
}

std::optional<std::vector<BodyParam>> paramsOf(const QByteArray& body)
{
    auto result = readBodyParams(body);
    if (auto* params = std::get_if<std::vector<BodyParam>>(&result)) {
        return std::move(*params);
    }
    return std::nullopt;
}

std::optional<BodyParamsRefusal> refusalOf(const QByteArray& body)
{
    const auto result = readBodyParams(body);
    if (const auto* refusal = std::get_if<BodyParamsRefusal>(&result)) {
        return *refusal;
    }
    return std::nullopt;
}

QByteArray signIn(const std::vector<BodyParam>& params)
{
    for (const BodyParam& param : params) {
        if (param.key == "sign") {
            return param.text;
        }
    }
    return {};
}

// The body with one `"key":value` pair's value replaced (the first occurrence of "key":).
QByteArray withValue(QByteArray body, const QByteArray& key, const QByteArray& value)
{
    const QByteArray marker = '"' + key + "\":";
    const qsizetype start = body.indexOf(marker) + marker.size();
    qsizetype end = start;
    if (body.at(end) == '"') {
        end = body.indexOf('"', end + 1) + 1;
    } else {
        while (end < body.size() && body.at(end) != ',' && body.at(end) != '}') {
            ++end;
        }
    }
    return body.replace(start, end - start, value);
}

// The body with an extra pair just after the opening brace.
QByteArray withExtra(const QByteArray& body, const QByteArray& pair)
{
    return "{" + pair + "," + body.mid(1);
}

} // namespace

class TstSimSigning : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void keyOrderIrrelevant();
    void tamperedBodyFails_data();
    void tamperedBodyFails();
    void canonicalTextRule();
    void duplicateKeysRefused_data();
    void duplicateKeysRefused();
    void integers_data();
    void integers();
    void stringEscapes_data();
    void stringEscapes();
    void loneSurrogatesRefused_data();
    void loneSurrogatesRefused();
    void unsignableTypesRefused_data();
    void unsignableTypesRefused();
    void notJsonObject_data();
    void notJsonObject();
    void byteOrderMarkAccepted();

    void vectorsPassTheAuthenticator();
    void authenticatorRefusals_data();
    void authenticatorRefusals();
};

void TstSimSigning::publishedVectors_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expectedSign");

    QTest::newRow("V1 /api/v1/payout") << QByteArray(vectorKey) << v1Body << v1Sign;
    QTest::newRow("V3 V1 with another callback_url")
        << QByteArray(vectorKey)
        << withValue(withValue(v1Body, "callback_url", R"("https://your-domain.com/callback")"), "sign",
                     R"("f76fb193e9d34d2e59fef64e3418f79b")")
        << QByteArray("f76fb193e9d34d2e59fef64e3418f79b");
    QTest::newRow("V4 /api/v1/payout/query") << QByteArray(vectorKey) << v4Body << v4Sign;
    // An int64 above 2^53: a double would make it ...992 and the sign would differ.
    QTest::newRow("V8 cid above 2^53") << QByteArray("key") << QByteArray(R"({"cid":9007199254740993})")
                                       << QByteArray("84ebf6a4564c37ddf28ce80a64aadcba");

    // The same V1, written differently on the wire: signed over the values, not the spelling.
    QByteArray escaped = withValue(v1Body, "callback_url", R"("http:\/\/192.168.2.29:9099\/callback")");
    escaped = withValue(escaped, "remark", R"("\u0070ay\u006Fut")");
    escaped.replace(R"("pid")", R"("p\u0069d")");
    QTest::newRow("V1 with escapes in values and a key") << QByteArray(vectorKey) << escaped << v1Sign;
    // V4's values hold no ',' or ':', so spacing these out touches only the structure.
    QByteArray spaced = v4Body;
    spaced.replace(",", " ,\r\n\t ").replace(":", " : ").replace("{", "\n{ \n").replace("}", "\n }\n");
    QTest::newRow("V4 with whitespace around every token") << QByteArray(vectorKey) << spaced << v4Sign;
    QTest::newRow("V1 with null and empty parameters added")
        << QByteArray(vectorKey) << withExtra(withExtra(v1Body, R"("memo":null)"), R"("wallet_id":"")") << v1Sign;
}

void TstSimSigning::publishedVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expectedSign);

    const auto params = paramsOf(body);
    QVERIFY2(params, body.constData());
    const SignatureVerifier verifier(key);
    QCOMPARE(verifier.expectedSign(*params), expectedSign);
    QVERIFY(verifier.verify(*params, expectedSign));
}

void TstSimSigning::keyOrderIrrelevant()
{
    // Every one of the 120 orders of V4's five parameters verifies.
    std::vector<QByteArray> pairs{R"("pid":1382528827416576)", R"("cid":1382626461605888)", R"("nonce":"sw7kv5")",
                                  R"("timestamp":1687853722065)", R"("sign":"af825ddb839e6796d62977caf18d3394")"};
    std::sort(pairs.begin(), pairs.end());
    const SignatureVerifier verifier(vectorKey);
    int orders = 0;
    do {
        QByteArray body = "{";
        for (const QByteArray& pair : pairs) {
            body += (body.size() > 1 ? "," : "") + pair;
        }
        body += "}";
        const auto params = paramsOf(body);
        QVERIFY2(params, body.constData());
        QVERIFY2(verifier.verify(*params, v4Sign), body.constData());
        ++orders;
    } while (std::next_permutation(pairs.begin(), pairs.end()));
    QCOMPARE(orders, 120);
}

void TstSimSigning::tamperedBodyFails_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("body");

    const QByteArray key(vectorKey);
    // The amount is signed as written: "1.10" is another amount on the wire than "1.1".
    QTest::newRow("amount 1.10") << key << withValue(v1Body, "amount", R"("1.10")");
    QTest::newRow("amount 2.1") << key << withValue(v1Body, "amount", R"("2.1")");
    QTest::newRow("address one character off")
        << key << withValue(v1Body, "address", R"("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT")");
    QTest::newRow("timestamp one ms later") << key << withValue(v1Body, "timestamp", "1688004243315");
    QTest::newRow("pid one higher") << key << withValue(v1Body, "pid", "1382528827416577");
    QTest::newRow("parameter added") << key << withExtra(v1Body, R"("memo":"1")");
    QTest::newRow("zero added (0 is signed)") << key << withExtra(v1Body, R"("wallet_id":0)");
    QTest::newRow("remark with a trailing space") << key << withValue(v1Body, "remark", R"("payout ")");
    QTest::newRow("sign in upper case") << key << withValue(v1Body, "sign", R"("D6EEF2DE79E39F434A38EFB910213BA6")");
    QTest::newRow("sign one digit off") << key << withValue(v1Body, "sign", R"("d6eef2de79e39f434a38efb910213ba7")");
    QTest::newRow("sign truncated") << key << withValue(v1Body, "sign", R"("d6eef2de79e39f434a38efb910213ba")");
    QTest::newRow("sign empty") << key << withValue(v1Body, "sign", R"("")");
    QTest::newRow("another key") << QByteArray("f502a9ac9ca54327986f29c03b271492") << v1Body;
    QTest::newRow("V8 rounded the way a double does")
        << QByteArray("key") << QByteArray(R"({"cid":9007199254740992,"sign":"84ebf6a4564c37ddf28ce80a64aadcba"})");
}

void TstSimSigning::tamperedBodyFails()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, body);

    const auto params = paramsOf(body);
    QVERIFY2(params, body.constData());
    QVERIFY(!SignatureVerifier(key).verify(*params, signIn(*params)));
}

void TstSimSigning::canonicalTextRule()
{
    // U+FF61 is EF BD A1 in UTF-8 and U+1F600 is F0 9F 98 80, so U+FF61 sorts first by bytes;
    // by UTF-16 units (FF61 against D83D) it would sort last.
    const QByteArray body = R"({"token_id":"t","to_address":"a","zero":0,"zeroText":"0","empty":"","nothing":null,)"
                            R"("sign":"s","\ud83d\ude00":"q","\uff61":"w","_u":"u","Z":"z","neg":-12})";
    const auto params = paramsOf(body);
    QVERIFY(params);
    QCOMPARE(SignatureVerifier::canonicalText(*params),
             QByteArray("Zz_uuneg-12to_addressatoken_idtzero0zeroText0\xEF\xBD\xA1w\xF0\x9F\x98\x80q"));
    QCOMPARE(
        SignatureVerifier("k").expectedSign(*params),
        QCryptographicHash::hash("k" + SignatureVerifier::canonicalText(*params), QCryptographicHash::Md5).toHex());
    QCOMPARE(SignatureVerifier::canonicalText({}), QByteArray());
}

void TstSimSigning::duplicateKeysRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");

    QTest::newRow("same value twice") << QByteArray(R"({"amount":"1","amount":"1"})") << u"amount"_s;
    QTest::newRow("different values") << withExtra(v1Body, R"("amount":"100")") << u"amount"_s;
    QTest::newRow("spelled with an escape") << QByteArray(R"({"pid":1,"p\u0069d":1})") << u"pid"_s;
    QTest::newRow("sign twice") << QByteArray(R"({"sign":"a","sign":"b"})") << u"sign"_s;
    // A null is dropped from signing, but two values under one name still leave open which counts.
    QTest::newRow("null then a value") << QByteArray(R"({"memo":null,"memo":"7"})") << u"memo"_s;
}

void TstSimSigning::duplicateKeysRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);

    const auto refusal = refusalOf(body);
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, BodyParamsRefusal::Kind::UnsignableValue);
    QCOMPARE(refusal->key, key);
    QVERIFY2(refusal->why.contains(u"more than once"_s), qPrintable(refusal->why));
}

void TstSimSigning::integers_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("zero") << QByteArray("0") << true;
    QTest::newRow("negative") << QByteArray("-12") << true;
    QTest::newRow("above 2^53") << QByteArray("9007199254740993") << true;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << true;
    QTest::newRow("int64 min") << QByteArray("-9223372036854775808") << true;
    QTest::newRow("int64 max + 1") << QByteArray("9223372036854775808") << false;
    QTest::newRow("int64 min - 1") << QByteArray("-9223372036854775809") << false;
    QTest::newRow("20 digits") << QByteArray("12345678901234567890") << false;
    QTest::newRow("-0") << QByteArray("-0") << false;
    QTest::newRow("leading zero") << QByteArray("007") << false;
    QTest::newRow("negative leading zero") << QByteArray("-01") << false;
    QTest::newRow("fraction") << QByteArray("1.5") << false;
    QTest::newRow("integer-valued fraction") << QByteArray("1.0") << false;
    QTest::newRow("exponent") << QByteArray("1e3") << false;
    QTest::newRow("upper-case exponent") << QByteArray("1E3") << false;
    QTest::newRow("leading plus") << QByteArray("+1") << false;
}

void TstSimSigning::integers()
{
    QFETCH(QByteArray, written);
    QFETCH(bool, accepted);

    const QByteArray body = R"({"cid":)" + written + R"(,"nonce":"n"})";
    if (!accepted) {
        const auto refusal = refusalOf(body);
        QVERIFY(refusal);
        QCOMPARE(refusal->kind, BodyParamsRefusal::Kind::UnsignableValue);
        QCOMPARE(refusal->key, u"cid"_s);
        return;
    }
    const auto params = paramsOf(body);
    QVERIFY(params);
    QCOMPARE(params->size(), std::size_t(2));
    QCOMPARE(params->front().kind, BodyParam::Kind::Integer);
    // The digits as written, never reformatted.
    QCOMPARE(params->front().text, written);
    QCOMPARE(SignatureVerifier::canonicalText(*params), "cid" + written + "noncen");
}

void TstSimSigning::stringEscapes_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("utf8");

    QTest::newRow("plain") << QByteArray("payout") << QByteArray("payout");
    QTest::newRow("short escapes") << QByteArray(R"(\"\\\/\b\f\n\r\t)") << QByteArray("\"\\/\b\f\n\r\t");
    QTest::newRow("two-byte \\u") << QByteArray(R"(caf\u00e9)") << QByteArray("caf\xC3\xA9");
    QTest::newRow("three-byte \\u, upper-case hex") << QByteArray(R"(\u20ACx)") << QByteArray("\xE2\x82\xACx");
    QTest::newRow("surrogate pair") << QByteArray(R"(\ud83d\udcb8)") << QByteArray("\xF0\x9F\x92\xB8");
    QTest::newRow("surrogate pair, upper-case hex") << QByteArray(R"(\uD83D\uDCB8)") << QByteArray("\xF0\x9F\x92\xB8");
    QTest::newRow("raw UTF-8 as written")
        << QByteArray("\xF0\x9F\x92\xB8 caf\xC3\xA9") << QByteArray("\xF0\x9F\x92\xB8 caf\xC3\xA9");
    QTest::newRow("escaped NUL") << QByteArray(R"(a\u0000b)") << QByteArray("a\0b", 3);
    QTest::newRow("escaped quote inside") << QByteArray(R"(say \"hi\")") << QByteArray("say \"hi\"");
}

void TstSimSigning::stringEscapes()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, utf8);

    const auto params = paramsOf(R"({"remark":")" + written + R"("})");
    QVERIFY(params);
    QCOMPARE(params->size(), std::size_t(1));
    QCOMPARE(params->front().kind, BodyParam::Kind::String);
    QCOMPARE(params->front().text, utf8);
    // An escaped body and its raw UTF-8 spelling sign alike.
    const SignatureVerifier verifier("k");
    QByteArray raw = utf8;
    raw.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    raw.replace("\b", "\\b").replace("\f", "\\f").replace(QByteArray("\0", 1), "\\u0000");
    const auto rawParams = paramsOf(R"({"remark":")" + raw + R"("})");
    QVERIFY(rawParams);
    QCOMPARE(verifier.expectedSign(*rawParams), verifier.expectedSign(*params));
}

void TstSimSigning::loneSurrogatesRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("key");

    QTest::newRow("high alone") << QByteArray(R"({"remark":"\ud800"})") << u"remark"_s;
    QTest::newRow("low alone") << QByteArray(R"({"remark":"x\udc00y"})") << u"remark"_s;
    QTest::newRow("high then a letter escape") << QByteArray(R"({"remark":"\ud83d\u0041"})") << u"remark"_s;
    QTest::newRow("pair in the wrong order") << QByteArray(R"({"remark":"\udcb8\ud83d"})") << u"remark"_s;
    QTest::newRow("in a key") << QByteArray(R"({"a\ud800":"x"})") << u"a\uFFFD"_s;
}

void TstSimSigning::loneSurrogatesRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, key);

    const auto refusal = refusalOf(body);
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, BodyParamsRefusal::Kind::UnsignableValue);
    QCOMPARE(refusal->key, key);
}

void TstSimSigning::unsignableTypesRefused_data()
{
    QTest::addColumn<QByteArray>("value");

    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("false") << QByteArray("false");
    QTest::newRow("object") << QByteArray(R"({"x":1})");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("array") << QByteArray("[1]");
}

void TstSimSigning::unsignableTypesRefused()
{
    QFETCH(QByteArray, value);

    const auto refusal = refusalOf(R"({"pid":1,"remark":)" + value + R"(,"nonce":"abcdef"})");
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, BodyParamsRefusal::Kind::UnsignableValue);
    QCOMPARE(refusal->key, u"remark"_s);
    QVERIFY2(refusal->why.contains(u"string or an integer"_s), qPrintable(refusal->why));
}

void TstSimSigning::notJsonObject_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("pid=1");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("string") << QByteArray(R"("x")");
    QTest::newRow("unterminated") << QByteArray(R"({"a":1)");
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"1)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("garbage after") << QByteArray(R"({"a":1}x)");
    QTest::newRow("two objects") << QByteArray(R"({"a":1}{"b":2})");
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})");
    QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})");
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})");
    QTest::newRow("bad literal") << QByteArray(R"({"a":nul})");
    QTest::newRow("lone minus") << QByteArray(R"({"a":-})");
    QTest::newRow("minus in the middle") << QByteArray(R"({"a":1-2})");
    // Qt's parser lets these three through; JSON does not, so neither does the signature check.
    QTest::newRow("raw tab in a string") << QByteArray("{\"a\":\"x\ty\"}");
    QTest::newRow("unknown escape") << QByteArray(R"({"a":"\x"})");
    QTest::newRow("short \\u escape") << QByteArray(R"({"a":"\u12"})");
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xFF\"}");
    QTest::newRow("surrogate encoded in UTF-8") << QByteArray("{\"a\":\"\xED\xA0\x80\"}");
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xC0\xAF\"}");
}

void TstSimSigning::notJsonObject()
{
    QFETCH(QByteArray, body);

    const auto refusal = refusalOf(body);
    QVERIFY(refusal);
    QCOMPARE(refusal->kind, BodyParamsRefusal::Kind::NotJsonObject);
}

void TstSimSigning::byteOrderMarkAccepted()
{
    // Qt's parser accepts a leading byte order mark, so the simulator always has; it is not signed.
    const auto params = paramsOf("\xEF\xBB\xBF" + v4Body);
    QVERIFY(params);
    QVERIFY(SignatureVerifier(vectorKey).verify(*params, v4Sign));
    const auto empty = paramsOf(" {  } ");
    QVERIFY(empty);
    QVERIFY(empty->empty());
}

void TstSimSigning::vectorsPassTheAuthenticator()
{
    // The whole check a request meets, with the clock at the vector's own timestamp.
    const FixedClock v1Clock(v1Timestamp);
    RequestAuthenticator v1Authenticator(vectorKey, vectorPid, 300000, v1Clock);
    const QJsonObject v1Object = QJsonDocument::fromJson(v1Body).object();
    QCOMPARE(outcomeOf(v1Authenticator.check(v1Body, v1Object)), u"ok"_s);
    // Accepted once: the nonce is now used up.
    const auto replay = v1Authenticator.check(v1Body, v1Object);
    QVERIFY(replay);
    QCOMPARE(replay->code, u"A0003"_s);

    const FixedClock v4Clock(v4Timestamp + 1000);
    RequestAuthenticator v4Authenticator(vectorKey, vectorPid, 300000, v4Clock);
    QCOMPARE(outcomeOf(v4Authenticator.check(v4Body, QJsonDocument::fromJson(v4Body).object())), u"ok"_s);
}

void TstSimSigning::authenticatorRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("msgNames");

    QTest::newRow("amount tampered") << withValue(v1Body, "amount", R"("1.10")") << u"A0001"_s << QString();
    QTest::newRow("duplicate amount") << withExtra(v1Body, R"("amount":"1.1")") << u"A0006"_s << u"amount"_s;
    // Checked before the parameters are typed: a duplicate pid is refused, not compared.
    QTest::newRow("duplicate pid") << withExtra(v1Body, R"("pid":1382528827416576)") << u"A0006"_s << u"pid"_s;
    QTest::newRow("-0 wallet_id") << withExtra(v1Body, R"("wallet_id":-0)") << u"A0006"_s << u"wallet_id"_s;
    QTest::newRow("lone surrogate in remark")
        << withValue(v1Body, "remark", R"("\ud800")") << u"A0006"_s << u"remark"_s;
    QTest::newRow("fraction in timestamp")
        << withValue(v1Body, "timestamp", "1688004243314.0") << u"A0006"_s << u"timestamp"_s;
    QTest::newRow("raw tab in remark") << withValue(v1Body, "remark", "\"pay\tout\"") << u"A0004"_s << QString();
    QTest::newRow("sign missing") << QByteArray(v1Body).replace(R"(,"sign":"d6eef2de79e39f434a38efb910213ba6")", "")
                                  << u"A0005"_s << u"sign"_s;
    QTest::newRow("wrong pid") << withValue(v1Body, "pid", "1382528827416577") << u"E0003"_s << QString();
}

void TstSimSigning::authenticatorRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, msgNames);

    const FixedClock clock(v1Timestamp);
    RequestAuthenticator authenticator(vectorKey, vectorPid, 300000, clock);
    // What the simulator hands over besides the raw body: Qt's parse of it.
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto error = authenticator.check(body, object);
    QVERIFY(error);
    QCOMPARE(error->code, code);
    if (!msgNames.isEmpty()) {
        QVERIFY2(error->msg.contains(msgNames), qPrintable(error->msg));
    }
    // A refused request does not use up its nonce: the untouched vector still passes.
    QCOMPARE(outcomeOf(authenticator.check(v1Body, QJsonDocument::fromJson(v1Body).object())), u"ok"_s);
}

QTEST_GUILESS_MAIN(TstSimSigning)
#include "tst_simsigning.moc"
