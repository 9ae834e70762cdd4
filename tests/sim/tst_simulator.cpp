// Drives the real cregis-sim program over HTTP on loopback, the way PayDesk's client will:
// QNetworkAccessManager, bodies built and signed with SignedParams and Signer.

#include "config/NonceSource.h"
#include "cregis/SignedParams.h"
#include "cregis/Signer.h"
#include "demo/SimulatorProcess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using paydesk::cregis::Signer;
using paydesk::demo::SimulatorProcess;

namespace {

constexpr char testKey[] = "test-key-not-secret";
constexpr qint64 testPid = 1382528827416576;
constexpr qint64 twoTo53 = 9007199254740992;
// The simulator's first cid: odd and above 2^53, so no double can hold it.
constexpr qint64 firstCid = 11061508850647041;
constexpr int delayMs = 300;
constexpr int networkWaitMs = 10000;

const QString tronAddress = u"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"_s;
const QString failingAddress = u"TFa1LedDestinationForStatusSeven7"_s;
const QString innerAddress = u"TInnerProjectWa11etAddressXXXXXXX"_s;
const QString evmAddress = u"0x52908400098527886E0F7030069857D2E4169EE7"_s;

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray location;
    QByteArray retryAfter;
};

struct Envelope
{
    QString code;
    QString msg;
    QJsonValue data;
    QByteArray raw;
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// The digits the server wrote after "key": in the raw body, before any JSON parser sees them.
QByteArray rawNumberAfter(const QByteArray& body, const QByteArray& key)
{
    const QByteArray marker = '"' + key + "\":";
    const qsizetype start = body.indexOf(marker);
    if (start < 0) {
        return {};
    }
    qsizetype end = start + marker.size();
    while (end < body.size() && body.at(end) >= '0' && body.at(end) <= '9') {
        ++end;
    }
    return body.mid(start + marker.size(), end - start - marker.size());
}

} // namespace

class TstSimulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void payoutReturnsCidAbove2To53Exactly();
    void v1PayoutSharesTheStore();
    void signatureErrors_data();
    void signatureErrors();
    void timestampWindow_data();
    void timestampWindow();
    void replayedNonceRefused();
    void wrongPidRefused();
    void badParameters_data();
    void badParameters();
    void acceptedPayouts_data();
    void acceptedPayouts();
    void amountRules_data();
    void amountRules();
    void reusedThirdPartyIdRecordedOnce();
    void queryWalksStatuses_data();
    void queryWalksStatuses();
    void queryErrors_data();
    void queryErrors();
    void coinsListing();
    void addressLegal_data();
    void addressLegal();
    void addressInner_data();
    void addressInner();
    void tradePageFilters();
    void tradePageRefusesBadPaging_data();
    void tradePageRefusesBadPaging();

    void faultDropAfterRecord();
    void faultDropMeetsSilentResend();
    void faultRefusesWithoutRecording_data();
    void faultRefusesWithoutRecording();
    void faultDelayAnswersLate();
    void faultDelayOutlastsClientTimeout();
    void faultMalformedJson();
    void faultCountAlwaysAndClear();
    void faultLeavesOtherEndpointsAlone();
    void faultFromCommandLine();
    void faultControlRejectsBadInput_data();
    void faultControlRejectsBadInput();

    void unknownPathAndMethod();
    void bodyNotJson_data();
    void bodyNotJson();
    void rawRequestsInPiecesKeepAliveAndClose();
    void oversizedBodyRefused();

    void processReportsLoopbackUrl();
    void processFailures_data();
    void processFailures();
    void processKeyNotOnCommandLine();
    void processStopsWithItsOwner();
    void locateProgramPrefersEnvironment();

private:
    std::unique_ptr<SimulatorProcess> startSimulator(const QStringList& extraArgs);
    void useSimulator(std::unique_ptr<SimulatorProcess> simulator);
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    int transferTimeoutMs = 0);
    SignedParams freshParams();
    SignedParams payoutParams(const QString& thirdPartyId, const QString& currency = u"195@195"_s,
                              const QString& toAddress = tronAddress, const QString& amount = u"1.5"_s);
    static QJsonObject signObject(QJsonObject plain, const QByteArray& key = testKey);
    static Envelope parseEnvelope(const QByteArray& body);
    Envelope post(const QString& path, const QJsonObject& body);
    Envelope call(const QString& path, const SignedParams& params);
    QJsonArray recordedPayouts();
    bool armFault(const QString& name, int count);
    QJsonObject tradePage(SignedParams params);

    paydesk::config::RandomNonceSource m_nonces;
    std::unique_ptr<SimulatorProcess> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
};

// ---------------------------------------------------------------------------------------------
// Fixture: a fresh simulator per test, so no test sees another's payouts, nonces or faults.

std::unique_ptr<SimulatorProcess> TstSimulator::startSimulator(const QStringList& extraArgs)
{
    auto simulator = std::make_unique<SimulatorProcess>();
    simulator->start(SimulatorProcess::locateProgram(), testKey, testPid, extraArgs);
    return simulator;
}

void TstSimulator::useSimulator(std::unique_ptr<SimulatorProcess> simulator)
{
    m_network.reset();
    m_simulator = std::move(simulator);
    m_baseUrl = m_simulator->baseUrl();
    m_network = std::make_unique<QNetworkAccessManager>();
    // Loopback must not go through a proxy from the environment, and a signed call must never
    // follow a redirect: the client sees the 302 itself.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void TstSimulator::init()
{
    auto simulator = startSimulator({u"--delay-ms"_s, QString::number(delayMs), u"--status-fail-to"_s, failingAddress,
                                     u"--inner-address"_s, innerAddress});
    QVERIFY2(simulator->waitForReady(networkWaitMs), "cregis-sim did not start");
    useSimulator(std::move(simulator));
}

void TstSimulator::cleanup()
{
    m_network.reset();
    m_simulator.reset();
}

HttpResult TstSimulator::send(const QByteArray& method, const QString& path, const QByteArray& body,
                              int transferTimeoutMs)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (transferTimeoutMs > 0) {
        request.setTransferTimeout(transferTimeoutMs);
    }
    std::unique_ptr<QNetworkReply> reply(method == "GET" ? m_network->get(request)
                                                         : m_network->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    result.finished = finished.wait(networkWaitMs);
    if (!result.finished) {
        reply->abort();
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    // A reply cancelled by its transfer timeout is closed and has nothing to read.
    result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    result.location = reply->rawHeader("Location");
    result.retryAfter = reply->rawHeader("Retry-After");
    return result;
}

SignedParams TstSimulator::freshParams()
{
    SignedParams params;
    params.set(u"pid"_s, testPid);
    params.set(u"nonce"_s, m_nonces.nextNonce());
    params.set(u"timestamp"_s, nowMs());
    return params;
}

SignedParams TstSimulator::payoutParams(const QString& thirdPartyId, const QString& currency, const QString& toAddress,
                                        const QString& amount)
{
    SignedParams params = freshParams();
    params.set(u"currency"_s, currency);
    params.set(u"to_address"_s, toAddress);
    params.set(u"amount"_s, amount);
    params.set(u"third_party_id"_s, thirdPartyId);
    return params;
}

QJsonObject TstSimulator::signObject(QJsonObject plain, const QByteArray& key)
{
    // A body with a value that cannot be signed (a bool, a fraction) still gets a sign-shaped
    // field, so the simulator's refusal is about that value and not about a missing sign.
    const auto params = SignedParams::fromJson(plain);
    plain.insert(u"sign"_s,
                 params ? QString::fromLatin1(Signer::sign(key, *params)) : u"00000000000000000000000000000000"_s);
    return plain;
}

Envelope TstSimulator::parseEnvelope(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return {object.value(u"code"_s).toString(), object.value(u"msg"_s).toString(), object.value(u"data"_s), body};
}

Envelope TstSimulator::post(const QString& path, const QJsonObject& body)
{
    const HttpResult result = send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!result.finished || result.status != 200) {
        return {u"HTTP %1"_s.arg(result.status), QString(), QJsonValue(), result.body};
    }
    return parseEnvelope(result.body);
}

Envelope TstSimulator::call(const QString& path, const SignedParams& params)
{
    return post(path, signObject(params.toJson()));
}

QJsonArray TstSimulator::recordedPayouts()
{
    const HttpResult result = send("GET", u"/_sim/payouts"_s);
    return result.status == 200 ? QJsonDocument::fromJson(result.body).array() : QJsonArray{{u"unreadable"_s}};
}

bool TstSimulator::armFault(const QString& name, int count)
{
    const QJsonObject body{{u"fault"_s, name}, {u"count"_s, count}};
    return send("POST", u"/_sim/faults"_s, QJsonDocument(body).toJson()).status == 200;
}

QJsonObject TstSimulator::tradePage(SignedParams params)
{
    const Envelope answer = call(u"/api/v1/trade/page"_s, params);
    return answer.code == u"00000"_s ? answer.data.toObject() : QJsonObject{{u"error"_s, answer.code}};
}

// ---------------------------------------------------------------------------------------------
// Creating payouts

void TstSimulator::payoutReturnsCidAbove2To53Exactly()
{
    SignedParams params = payoutParams(u"tp-exact"_s);
    params.set(u"wallet_id"_s, qint64(11434198045401088));
    params.set(u"from_address"_s, u"TFromWa11etAddressXXXXXXXXXXXXXXXX"_s);
    params.set(u"remark"_s, u"payout"_s);
    params.set(u"callback_url"_s, u"http://127.0.0.1:9/callback"_s);

    const Envelope answer = call(u"/api/v2/payout"_s, params);
    QCOMPARE(answer.code, u"00000"_s);
    QCOMPARE(answer.msg, u"ok"_s);
    const qint64 cid = answer.data.toObject().value(u"cid"_s).toInteger();
    QVERIFY(cid > twoTo53);
    QCOMPARE(cid, firstCid);
    QCOMPARE(rawNumberAfter(answer.raw, "cid"), QByteArray("11061508850647041"));

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    const QJsonObject recorded = payouts.first().toObject();
    QCOMPARE(recorded.value(u"cid"_s).toString(), u"11061508850647041"_s);
    QCOMPARE(recorded.value(u"wallet_id"_s).toString(), u"11434198045401088"_s);
    QCOMPARE(recorded.value(u"third_party_id"_s).toString(), u"tp-exact"_s);
    QCOMPARE(recorded.value(u"currency"_s).toString(), u"195@195"_s);
    QCOMPARE(recorded.value(u"to_address"_s).toString(), tronAddress);
    QCOMPARE(recorded.value(u"from_address"_s).toString(), u"TFromWa11etAddressXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(recorded.value(u"amount"_s).toString(), u"1.5"_s);
    QCOMPARE(recorded.value(u"remark"_s).toString(), u"payout"_s);
    QCOMPARE(recorded.value(u"callback_url"_s).toString(), u"http://127.0.0.1:9/callback"_s);
    QVERIFY(recorded.value(u"memo"_s).isNull());
    QCOMPARE(recorded.value(u"status"_s).toInt(), 5);
    QCOMPARE(recorded.value(u"attempts"_s).toInt(), 1);
    QVERIFY(qAbs(recorded.value(u"recorded_at_ms"_s).toInteger() - nowMs()) < 60000);
}

void TstSimulator::v1PayoutSharesTheStore()
{
    SignedParams v1 = freshParams();
    v1.set(u"currency"_s, u"195@195"_s);
    v1.set(u"address"_s, tronAddress);
    v1.set(u"amount"_s, u"2"_s);
    v1.set(u"third_party_id"_s, u"tp-v1"_s);
    const Envelope first = call(u"/api/v1/payout"_s, v1);
    QCOMPARE(first.code, u"00000"_s);
    QCOMPARE(first.data.toObject().value(u"cid"_s).toInteger(), firstCid);

    // The older form knows no to_address: missing its own `address` is what it reports.
    SignedParams wrongForm = payoutParams(u"tp-v1-wrong"_s);
    const Envelope refused = call(u"/api/v1/payout"_s, wrongForm);
    QCOMPARE(refused.code, u"A0005"_s);
    QVERIFY2(refused.msg.contains(u"address"_s), qPrintable(refused.msg));

    const Envelope second = call(u"/api/v2/payout"_s, payoutParams(u"tp-v2"_s));
    QCOMPARE(second.code, u"00000"_s);
    QCOMPARE(second.data.toObject().value(u"cid"_s).toInteger(), firstCid + 1);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 2);
    QCOMPARE(payouts[0].toObject().value(u"to_address"_s).toString(), tronAddress);
    QVERIFY(payouts[0].toObject().value(u"wallet_id"_s).isNull());
    QCOMPARE(payouts[0].toObject().value(u"amount"_s).toString(), u"2"_s);
}

void TstSimulator::signatureErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("tamperedValue");
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("amount changed after signing") << u"amount"_s << QJsonValue(u"150"_s) << QByteArray(testKey);
    QTest::newRow("address changed after signing")
        << u"to_address"_s << QJsonValue(failingAddress) << QByteArray(testKey);
    QTest::newRow("sign in upper case") << u"sign"_s << QJsonValue() << QByteArray(testKey);
    QTest::newRow("signed with another key") << QString() << QJsonValue() << QByteArray("another-key");
}

void TstSimulator::signatureErrors()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, tamperedValue);
    QFETCH(QByteArray, key);

    QJsonObject body = signObject(payoutParams(u"tp-signature"_s).toJson(), key);
    if (field == u"sign"_s) {
        body.insert(field, body.value(field).toString().toUpper());
    } else if (!field.isEmpty()) {
        body.insert(field, tamperedValue);
    }
    const Envelope answer = post(u"/api/v2/payout"_s, body);
    QCOMPARE(answer.code, u"A0001"_s);
    QCOMPARE(answer.msg, u"Signature Error"_s);
    QVERIFY(answer.data.isNull());
    QCOMPARE(recordedPayouts().size(), 0);
}

void TstSimulator::timestampWindow_data()
{
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("code");

    const qint64 now = nowMs();
    QTest::newRow("ten minutes old") << now - 600000 << u"A0002"_s;
    QTest::newRow("ten minutes ahead") << now + 600000 << u"A0002"_s;
    QTest::newRow("just outside") << now - 310000 << u"A0002"_s;
    // A Unix time in seconds where milliseconds belong: a classic client bug.
    QTest::newRow("seconds, not milliseconds") << now / 1000 << u"A0002"_s;
    QTest::newRow("inside the window") << now - 250000 << u"00000"_s;
}

void TstSimulator::timestampWindow()
{
    QFETCH(qint64, timestamp);
    QFETCH(QString, code);

    SignedParams params = payoutParams(u"tp-time"_s);
    params.set(u"timestamp"_s, timestamp);
    const Envelope answer = call(u"/api/v2/payout"_s, params);
    QCOMPARE(answer.code, code);
    QCOMPARE(recordedPayouts().size(), code == u"00000"_s ? 1 : 0);
}

void TstSimulator::replayedNonceRefused()
{
    const QJsonObject body = signObject(payoutParams(u"tp-replay"_s).toJson());
    QCOMPARE(post(u"/api/v2/payout"_s, body).code, u"00000"_s);

    const Envelope replay = post(u"/api/v2/payout"_s, body);
    QCOMPARE(replay.code, u"A0003"_s);
    QVERIFY(replay.data.isNull());

    // A new request that happens to reuse the nonce is refused too, before its own checks.
    SignedParams sameNonce = payoutParams(u"tp-replay-2"_s);
    sameNonce.set(u"nonce"_s, body.value(u"nonce"_s).toString());
    QCOMPARE(call(u"/api/v2/payout"_s, sameNonce).code, u"A0003"_s);

    // An unsigned request does not use up a nonce.
    SignedParams badlySigned = payoutParams(u"tp-replay-3"_s);
    QJsonObject junk = signObject(badlySigned.toJson(), "wrong-key");
    QCOMPARE(post(u"/api/v2/payout"_s, junk).code, u"A0001"_s);
    QCOMPARE(call(u"/api/v2/payout"_s, badlySigned).code, u"00000"_s);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 2);
    QCOMPARE(payouts[0].toObject().value(u"third_party_id"_s).toString(), u"tp-replay"_s);
    QCOMPARE(payouts[1].toObject().value(u"third_party_id"_s).toString(), u"tp-replay-3"_s);
}

void TstSimulator::wrongPidRefused()
{
    SignedParams params = payoutParams(u"tp-pid"_s);
    params.set(u"pid"_s, testPid + 1);
    const Envelope answer = call(u"/api/v2/payout"_s, params);
    QCOMPARE(answer.code, u"E0003"_s);
    QVERIFY(answer.data.isNull());
    QCOMPARE(recordedPayouts().size(), 0);

    // The right digits as a string are still the wrong type: pid is an int64 on the wire.
    params.set(u"pid"_s, QString::number(testPid));
    const Envelope asString = call(u"/api/v2/payout"_s, params);
    QCOMPARE(asString.code, u"A0006"_s);
    QVERIFY2(asString.msg.contains(u"pid"_s), qPrintable(asString.msg));
}

void TstSimulator::badParameters_data()
{
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("msgNames");

    const QString remark257(257, u'r');
    QTest::newRow("currency missing") << QStringList{u"currency"_s} << QJsonObject() << u"A0005"_s << u"currency"_s;
    QTest::newRow("to_address missing") << QStringList{u"to_address"_s} << QJsonObject() << u"A0005"_s
                                        << u"to_address"_s;
    QTest::newRow("amount missing") << QStringList{u"amount"_s} << QJsonObject() << u"A0005"_s << u"amount"_s;
    QTest::newRow("third_party_id missing")
        << QStringList{u"third_party_id"_s} << QJsonObject() << u"A0005"_s << u"third_party_id"_s;
    QTest::newRow("third_party_id empty")
        << QStringList() << QJsonObject{{u"third_party_id"_s, u""_s}} << u"A0005"_s << u"third_party_id"_s;
    QTest::newRow("pid missing") << QStringList{u"pid"_s} << QJsonObject() << u"A0005"_s << u"pid"_s;
    QTest::newRow("sign missing") << QStringList{u"sign"_s} << QJsonObject() << u"A0005"_s << u"sign"_s;
    QTest::newRow("amount as integer") << QStringList() << QJsonObject{{u"amount"_s, 5}} << u"A0006"_s << u"amount"_s;
    // A JSON number with a fraction has no exact wire text; the simulator must refuse it.
    QTest::newRow("amount as fraction") << QStringList() << QJsonObject{{u"amount"_s, 1.5}} << u"A0006"_s
                                        << u"amount"_s;
    QTest::newRow("wallet_id as string") << QStringList() << QJsonObject{{u"wallet_id"_s, u"11434198045401088"_s}}
                                         << u"A0006"_s << u"wallet_id"_s;
    QTest::newRow("remark as bool") << QStringList() << QJsonObject{{u"remark"_s, true}} << u"A0006"_s << u"remark"_s;
    QTest::newRow("currency as object") << QStringList() << QJsonObject{{u"currency"_s, QJsonObject()}} << u"A0006"_s
                                        << u"currency"_s;
    QTest::newRow("nonce too short") << QStringList() << QJsonObject{{u"nonce"_s, u"abc"_s}} << u"A0006"_s
                                     << u"nonce"_s;
    QTest::newRow("timestamp as string") << QStringList() << QJsonObject{{u"timestamp"_s, u"1688004243314"_s}}
                                         << u"A0006"_s << u"timestamp"_s;
    QTest::newRow("unknown currency") << QStringList() << QJsonObject{{u"currency"_s, u"999@999"_s}} << u"E0005"_s
                                      << QString();
    QTest::newRow("currency by name") << QStringList() << QJsonObject{{u"currency"_s, u"TRX"_s}} << u"E0005"_s
                                      << QString();
    QTest::newRow("address with a space")
        << QStringList() << QJsonObject{{u"to_address"_s, u"TXsmKpEuW7 qWnX"_s}} << u"E0008"_s << QString();
    QTest::newRow("address not ASCII") << QStringList() << QJsonObject{{u"to_address"_s, u"TXsmКpEuW7"_s}} << u"E0008"_s
                                       << QString();
    QTest::newRow("remark 257 characters")
        << QStringList() << QJsonObject{{u"remark"_s, remark257}} << u"E0002"_s << QString();
    QTest::newRow("memo on TRX") << QStringList() << QJsonObject{{u"memo"_s, u"123"_s}} << u"A0007"_s << u"memo"_s;
    QTest::newRow("memo on USDT-ERC20") << QStringList()
                                        << QJsonObject{{u"currency"_s,
                                                        u"60@0xdac17f958d2ee523a2206206994597c13d831ec7"_s},
                                                       {u"to_address"_s, evmAddress},
                                                       {u"memo"_s, u"7"_s}}
                                        << u"A0007"_s << u"memo"_s;
    QTest::newRow("XRP memo not a tag") << QStringList()
                                        << QJsonObject{{u"currency"_s, u"144@144"_s}, {u"memo"_s, u"hello"_s}}
                                        << u"A0006"_s << u"memo"_s;
    QTest::newRow("XRP memo above 2^32") << QStringList()
                                         << QJsonObject{{u"currency"_s, u"144@144"_s}, {u"memo"_s, u"4294967296"_s}}
                                         << u"A0006"_s << u"memo"_s;
}

void TstSimulator::badParameters()
{
    QFETCH(QStringList, remove);
    QFETCH(QJsonObject, set);
    QFETCH(QString, code);
    QFETCH(QString, msgNames);

    QJsonObject plain = payoutParams(u"tp-bad-params"_s).toJson();
    for (auto it = set.begin(); it != set.end(); ++it) {
        plain.insert(it.key(), it.value());
    }
    for (const QString& name : remove) {
        plain.remove(name);
    }
    QJsonObject body = signObject(plain);
    if (remove.contains(u"sign"_s)) {
        body.remove(u"sign"_s);
    }
    const Envelope answer = post(u"/api/v2/payout"_s, body);
    QCOMPARE(answer.code, code);
    QVERIFY(answer.data.isNull());
    QVERIFY(!answer.msg.isEmpty());
    if (!msgNames.isEmpty()) {
        QVERIFY2(answer.msg.contains(msgNames), qPrintable(answer.msg));
    }
    QCOMPARE(recordedPayouts().size(), 0);
}

void TstSimulator::acceptedPayouts_data()
{
    QTest::addColumn<QJsonObject>("set");

    // 256 emoji are 512 UTF-16 units: the limit counts characters.
    QString emoji256;
    for (int i = 0; i < 256; ++i) {
        emoji256 += u"\U0001F4B8"_s;
    }
    QTest::newRow("remark 256 characters") << QJsonObject{{u"remark"_s, QString(256, u'r')}};
    QTest::newRow("remark 256 emoji") << QJsonObject{{u"remark"_s, emoji256}};
    QTest::newRow("XRP with destination tag") << QJsonObject{{u"currency"_s, u"144@144"_s},
                                                             {u"to_address"_s, u"rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc"_s},
                                                             {u"memo"_s, u"4294967295"_s}};
    QTest::newRow("TON with text memo") << QJsonObject{
        {u"currency"_s, u"607@607"_s},
        {u"to_address"_s, u"EQDtFpEwcFAEcRe5mLVh2N6C0x-_hJEM7W61_JLnSF74p4q2"_s},
        {u"memo"_s, u"invoice 42"_s}};
    QTest::newRow("TRON test-net token") << QJsonObject{{u"currency"_s, u"198@TG3XXyExBkPp9nzdajDZsozEu4BkaSJozs"_s}};
    QTest::newRow("wallet_id above 2^53") << QJsonObject{{u"wallet_id"_s, QJsonValue(qint64(twoTo53 + 1))}};
}

void TstSimulator::acceptedPayouts()
{
    QFETCH(QJsonObject, set);

    QJsonObject plain = payoutParams(u"tp-accepted"_s).toJson();
    for (auto it = set.begin(); it != set.end(); ++it) {
        plain.insert(it.key(), it.value());
    }
    const Envelope answer = post(u"/api/v2/payout"_s, signObject(plain));
    QCOMPARE(answer.code, u"00000"_s);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    const QJsonObject recorded = payouts.first().toObject();
    for (auto it = set.begin(); it != set.end(); ++it) {
        const QJsonValue expected = it.value().isString() ? it.value() : QJsonValue(QString::number(it->toInteger()));
        QCOMPARE(recorded.value(it.key()), expected);
    }
}

void TstSimulator::amountRules_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("code");

    QTest::newRow("zero") << u"195@195"_s << u"0"_s << u"E0006"_s;
    QTest::newRow("zero with decimals") << u"195@195"_s << u"0.000000"_s << u"E0006"_s;
    QTest::newRow("negative") << u"195@195"_s << u"-1"_s << u"E0006"_s;
    QTest::newRow("letters") << u"195@195"_s << u"abc"_s << u"A0006"_s;
    QTest::newRow("exponent") << u"195@195"_s << u"1e5"_s << u"A0006"_s;
    QTest::newRow("plus sign") << u"195@195"_s << u"+1"_s << u"A0006"_s;
    QTest::newRow("two dots") << u"195@195"_s << u"1.2.3"_s << u"A0006"_s;
    QTest::newRow("trailing dot") << u"195@195"_s << u"1."_s << u"A0006"_s;
    QTest::newRow("leading dot") << u"195@195"_s << u".5"_s << u"A0006"_s;
    QTest::newRow("comma") << u"195@195"_s << u"1,5"_s << u"A0006"_s;
    QTest::newRow("spaces") << u"195@195"_s << u" 1"_s << u"A0006"_s;
    QTest::newRow("Arabic-Indic digits") << u"195@195"_s << u"\u0661\u0662"_s << u"A0006"_s;
    QTest::newRow("TRX 7 decimals") << u"195@195"_s << u"1.1234567"_s << u"E0007"_s;
    QTest::newRow("TRX 6 decimals") << u"195@195"_s << u"1.123456"_s << u"00000"_s;
    QTest::newRow("TRX trailing zeros count") << u"195@195"_s << u"1.1000000"_s << u"E0007"_s;
    QTest::newRow("ETH 18 decimals") << u"60@60"_s << u"0.000000000000000001"_s << u"00000"_s;
    QTest::newRow("ETH 19 decimals") << u"60@60"_s << u"0.0000000000000000001"_s << u"E0007"_s;
    QTest::newRow("ETH beyond int64 and double")
        << u"60@60"_s << u"123456789012345678901234567890.123456789012345678"_s << u"00000"_s;
    QTest::newRow("DOGE without served decimals: 8") << u"3@3"_s << u"1.12345678"_s << u"00000"_s;
    QTest::newRow("DOGE without served decimals: 9") << u"3@3"_s << u"1.123456789"_s << u"E0007"_s;
    QTest::newRow("TON 9 decimals") << u"607@607"_s << u"0.000000001"_s << u"00000"_s;
    QTest::newRow("TON 10 decimals") << u"607@607"_s << u"0.0000000001"_s << u"E0007"_s;
    QTest::newRow("leading zeros") << u"195@195"_s << u"0001.5"_s << u"00000"_s;
}

void TstSimulator::amountRules()
{
    QFETCH(QString, currency);
    QFETCH(QString, amount);
    QFETCH(QString, code);

    const QString address = currency.startsWith(u"60@"_s) ? evmAddress : tronAddress;
    const Envelope answer = call(u"/api/v2/payout"_s, payoutParams(u"tp-amount"_s, currency, address, amount));
    QCOMPARE(answer.code, code);
    const QJsonArray payouts = recordedPayouts();
    if (code == u"00000"_s) {
        QCOMPARE(payouts.size(), 1);
        // Stored and reported as sent: never reformatted through a number.
        QCOMPARE(payouts.first().toObject().value(u"amount"_s).toString(), amount);
    } else {
        QCOMPARE(payouts.size(), 0);
        QVERIFY(answer.data.isNull());
    }
}

void TstSimulator::reusedThirdPartyIdRecordedOnce()
{
    const Envelope first = call(u"/api/v2/payout"_s, payoutParams(u"tp-reused"_s));
    QCOMPARE(first.code, u"00000"_s);

    const Envelope second = call(u"/api/v2/payout"_s, payoutParams(u"tp-reused"_s, u"195@195"_s, tronAddress, u"9"_s));
    QCOMPARE(second.code, u"E0009"_s);
    QCOMPARE(second.msg, u"third_party_id already used"_s);
    QVERIFY(second.data.isNull());

    SignedParams v1 = freshParams();
    v1.set(u"currency"_s, u"195@195"_s);
    v1.set(u"address"_s, tronAddress);
    v1.set(u"amount"_s, u"1.5"_s);
    v1.set(u"third_party_id"_s, u"tp-reused"_s);
    QCOMPARE(call(u"/api/v1/payout"_s, v1).code, u"E0009"_s);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    const QJsonObject recorded = payouts.first().toObject();
    QCOMPARE(recorded.value(u"amount"_s).toString(), u"1.5"_s);
    QCOMPARE(recorded.value(u"cid"_s).toString(), QString::number(first.data.toObject().value(u"cid"_s).toInteger()));
    QCOMPARE(recorded.value(u"attempts"_s).toInt(), 3);
}

// ---------------------------------------------------------------------------------------------
// Reading payouts back

void TstSimulator::queryWalksStatuses_data()
{
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<int>("finalStatus");

    QTest::newRow("succeeds") << tronAddress << 6;
    QTest::newRow("--status-fail-to") << failingAddress << 7;
}

void TstSimulator::queryWalksStatuses()
{
    QFETCH(QString, toAddress);
    QFETCH(int, finalStatus);

    SignedParams create = payoutParams(u"tp-query"_s, u"195@195"_s, toAddress, u"12.5"_s);
    create.set(u"remark"_s, u"salary"_s);
    const qint64 cid = call(u"/api/v2/payout"_s, create).data.toObject().value(u"cid"_s).toInteger();
    QCOMPARE(cid, firstCid);

    const QList<int> expected{5, 1, finalStatus, finalStatus};
    QString firstTxid;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        SignedParams query = freshParams();
        query.set(u"cid"_s, cid);
        const Envelope answer = call(u"/api/v1/payout/query"_s, query);
        QCOMPARE(answer.code, u"00000"_s);
        const QJsonObject data = answer.data.toObject();
        QCOMPARE(data.value(u"status"_s).toInt(), expected[i]);
        QCOMPARE(data.value(u"pid"_s).toInteger(), testPid);
        QCOMPARE(rawNumberAfter(answer.raw, "pid"), QByteArray::number(testPid));
        QCOMPARE(data.value(u"chain_id"_s).toString(), u"195"_s);
        QCOMPARE(data.value(u"token_id"_s).toString(), u"195"_s);
        QCOMPARE(data.value(u"currency"_s).toString(), u"195@195"_s);
        QCOMPARE(data.value(u"address"_s).toString(), toAddress);
        QCOMPARE(data.value(u"amount"_s).toString(), u"12.5"_s);
        QCOMPARE(data.value(u"third_party_id"_s).toString(), u"tp-query"_s);
        QCOMPARE(data.value(u"remark"_s).toString(), u"salary"_s);
        QVERIFY(data.value(u"memo"_s).isNull());
        QVERIFY(data.value(u"from_address"_s).isNull());
        if (expected[i] == 5) {
            QVERIFY(data.value(u"txid"_s).isNull());
            QVERIFY(data.value(u"block_height"_s).isNull());
            QVERIFY(data.value(u"block_time"_s).isNull());
            continue;
        }
        const QString txid = data.value(u"txid"_s).toString();
        QCOMPARE(txid.size(), 64);
        QVERIFY(QByteArray::fromHex(txid.toLatin1()).toHex() == txid.toLatin1());
        if (firstTxid.isEmpty()) {
            firstTxid = txid;
        }
        QCOMPARE(txid, firstTxid);
        QVERIFY(data.value(u"block_height"_s).isString());
        bool numeric = false;
        QVERIFY(data.value(u"block_height"_s).toString().toLongLong(&numeric) > 0 && numeric);
        QVERIFY(qAbs(data.value(u"block_time"_s).toInteger() - nowMs()) < 60000);
    }
    // The txid is derived from the cid, so each payout has its own.
    QCOMPARE(firstTxid.toLatin1(),
             QCryptographicHash::hash("cregis-sim/" + QByteArray::number(cid), QCryptographicHash::Sha256).toHex());
    QCOMPARE(recordedPayouts().first().toObject().value(u"status"_s).toInt(), finalStatus);
}

void TstSimulator::queryErrors_data()
{
    QTest::addColumn<QJsonValue>("cid");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown cid") << QJsonValue(firstCid + 100) << u"E0014"_s;
    // 11061508850647040 is what a double makes of the real cid.
    QTest::newRow("cid a double confuses with the real one") << QJsonValue(firstCid - 1) << u"E0014"_s;
    QTest::newRow("cid as string") << QJsonValue(QString::number(firstCid)) << u"A0006"_s;
    QTest::newRow("cid missing") << QJsonValue() << u"A0005"_s;
}

void TstSimulator::queryErrors()
{
    QFETCH(QJsonValue, cid);
    QFETCH(QString, code);

    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-query-errors"_s)).code, u"00000"_s);
    QJsonObject plain = freshParams().toJson();
    if (!cid.isUndefined() && !cid.isNull()) {
        plain.insert(u"cid"_s, cid);
    }
    const Envelope answer = post(u"/api/v1/payout/query"_s, signObject(plain));
    QCOMPARE(answer.code, code);
    QVERIFY(answer.data.isNull());
    if (code.startsWith(u'A')) {
        QVERIFY2(answer.msg.contains(u"cid"_s), qPrintable(answer.msg));
    }
}

void TstSimulator::coinsListing()
{
    const Envelope answer = call(u"/api/v1/coins"_s, freshParams());
    QCOMPARE(answer.code, u"00000"_s);
    const QJsonObject data = answer.data.toObject();
    QVERIFY(data.contains(u"order_coins"_s));
    QVERIFY(data.value(u"order_coins"_s).isNull());
    const QJsonArray payoutCoins = data.value(u"payout_coins"_s).toArray();
    QCOMPARE(payoutCoins.size(), 15);
    QCOMPARE(data.value(u"address_coins"_s).toArray().size(), 15);

    QHash<QString, QJsonObject> byCurrency;
    for (const QJsonValue& entry : payoutCoins) {
        const QJsonObject coin = entry.toObject();
        QVERIFY(coin.value(u"chain_id"_s).isString());
        QVERIFY(coin.value(u"token_id"_s).isString());
        QVERIFY(!coin.value(u"coin_name"_s).toString().isEmpty());
        byCurrency.insert(coin.value(u"chain_id"_s).toString() + u'@' + coin.value(u"token_id"_s).toString(), coin);
    }
    QCOMPARE(byCurrency.size(), 15);

    int withoutDecimals = 0;
    for (const QJsonObject& coin : std::as_const(byCurrency)) {
        if (!coin.contains(u"decimals"_s)) {
            ++withoutDecimals;
        } else {
            QVERIFY(coin.value(u"decimals"_s).isString());
        }
    }
    QCOMPARE(withoutDecimals, 1);
    QVERIFY(byCurrency.contains(u"3@3"_s));
    QVERIFY(!byCurrency.value(u"3@3"_s).contains(u"decimals"_s));
    QCOMPARE(byCurrency.value(u"3@3"_s).value(u"coin_name"_s).toString(), u"DOGE"_s);

    const QList<std::pair<QString, QString>> decimals{
        {u"0@0"_s, u"8"_s},
        {u"60@60"_s, u"18"_s},
        {u"195@195"_s, u"6"_s},
        {u"144@144"_s, u"6"_s},
        {u"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s, u"6"_s},
        {u"2510@0x55d398326f99059ff775485246999027b3197955"_s, u"18"_s},
        {u"607@607"_s, u"9"_s},
        {u"198@TG3XXyExBkPp9nzdajDZsozEu4BkaSJozs"_s, u"6"_s},
    };
    for (const auto& [currency, expected] : decimals) {
        QVERIFY2(byCurrency.contains(currency), qPrintable(currency));
        QCOMPARE(byCurrency.value(currency).value(u"decimals"_s).toString(), expected);
    }
    QCOMPARE(byCurrency.value(u"607@607"_s).value(u"coin_name"_s).toString(), u"TON"_s);
}

void TstSimulator::addressLegal_data()
{
    QTest::addColumn<QJsonValue>("chainId");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("legal");

    QTest::newRow("TRON") << QJsonValue(u"195"_s) << tronAddress << true;
    QTest::newRow("TRON, chain id as number") << QJsonValue(195) << tronAddress << true;
    QTest::newRow("TRON test net") << QJsonValue(u"198"_s) << tronAddress << true;
    QTest::newRow("TRON too short") << QJsonValue(u"195"_s) << tronAddress.left(33) << false;
    QTest::newRow("TRON with 0 (not base58)")
        << QJsonValue(u"195"_s) << u"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn10S"_s << false;
    QTest::newRow("EVM address on TRON") << QJsonValue(u"195"_s) << evmAddress << false;
    QTest::newRow("EVM") << QJsonValue(u"60"_s) << evmAddress << true;
    QTest::newRow("BSC") << QJsonValue(u"2510"_s) << evmAddress.toLower() << true;
    QTest::newRow("EVM too short") << QJsonValue(u"60"_s) << evmAddress.chopped(1) << false;
    QTest::newRow("EVM not hex") << QJsonValue(u"60"_s) << u"0x52908400098527886E0F7030069857D2E4169EEG"_s << false;
    QTest::newRow("XRP") << QJsonValue(u"144"_s) << u"rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc"_s << true;
    QTest::newRow("chain not served") << QJsonValue(u"999"_s) << tronAddress << false;
}

void TstSimulator::addressLegal()
{
    QFETCH(QJsonValue, chainId);
    QFETCH(QString, address);
    QFETCH(bool, legal);

    QJsonObject plain = freshParams().toJson();
    plain.insert(u"address"_s, address);
    plain.insert(u"chain_id"_s, chainId);
    const Envelope answer = post(u"/api/v1/address/legal"_s, signObject(plain));
    QCOMPARE(answer.code, u"00000"_s);
    QVERIFY(answer.data.toObject().value(u"result"_s).isBool());
    QCOMPARE(answer.data.toObject().value(u"result"_s).toBool(), legal);
}

void TstSimulator::addressInner_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inner");

    QTest::newRow("given with --inner-address") << innerAddress << true;
    QTest::newRow("any other") << tronAddress << false;
}

void TstSimulator::addressInner()
{
    QFETCH(QString, address);
    QFETCH(bool, inner);

    SignedParams params = freshParams();
    params.set(u"address"_s, address);
    params.set(u"chain_id"_s, u"195"_s);
    const Envelope answer = call(u"/api/v1/address/inner"_s, params);
    QCOMPARE(answer.code, u"00000"_s);
    QCOMPARE(answer.data.toObject().value(u"result"_s).toBool(), inner);

    SignedParams missing = freshParams();
    missing.set(u"chain_id"_s, u"195"_s);
    const Envelope refused = call(u"/api/v1/address/inner"_s, missing);
    QCOMPARE(refused.code, u"A0005"_s);
    QVERIFY(refused.msg.contains(u"address"_s));
}

void TstSimulator::tradePageFilters()
{
    const auto create = [this](const QString& thirdPartyId, const QString& currency, const QString& address) {
        return call(u"/api/v2/payout"_s, payoutParams(thirdPartyId, currency, address, u"3"_s))
            .data.toObject()
            .value(u"cid"_s)
            .toInteger();
    };
    const qint64 trx = create(u"tp-trx"_s, u"195@195"_s, tronAddress);
    const qint64 eth = create(u"tp-eth"_s, u"60@60"_s, evmAddress);
    const qint64 usdt = create(u"tp-usdt"_s, u"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s, tronAddress);
    QCOMPARE(trx, firstCid);
    QCOMPARE(usdt, firstCid + 2);

    // One query moves the TRX payout on to status 1, with a txid and a block time.
    SignedParams query = freshParams();
    query.set(u"cid"_s, trx);
    QCOMPARE(call(u"/api/v1/payout/query"_s, query).data.toObject().value(u"status"_s).toInt(), 5);

    const auto cidsOf = [](const QJsonObject& page) {
        QList<qint64> cids;
        for (const QJsonValue& row : page.value(u"list"_s).toArray()) {
            cids.append(row.toObject().value(u"cid"_s).toInteger());
        }
        return cids;
    };
    const auto filtered = [this](const QString& key, const QJsonValue& value) {
        QJsonObject plain = freshParams().toJson();
        plain.insert(key, value);
        const Envelope answer = post(u"/api/v1/trade/page"_s, signObject(plain));
        return answer.code == u"00000"_s ? answer.data.toObject() : QJsonObject{{u"error"_s, answer.code}};
    };

    const QJsonObject all = tradePage(freshParams());
    QCOMPARE(all.value(u"total"_s).toInteger(), 3);
    QCOMPARE(all.value(u"page_num"_s).toInteger(), 1);
    QCOMPARE(all.value(u"page_size"_s).toInteger(), 20);
    QCOMPARE(cidsOf(all), (QList<qint64>{usdt, eth, trx}));
    const QJsonObject newest = all.value(u"list"_s).toArray().first().toObject();
    QCOMPARE(newest.value(u"currency"_s).toString(), u"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s);
    QCOMPARE(newest.value(u"to_address"_s).toString(), tronAddress);
    QCOMPARE(newest.value(u"amount"_s).toString(), u"3"_s);
    QCOMPARE(newest.value(u"fee"_s).toString(), u"0"_s);
    QCOMPARE(newest.value(u"status"_s).toInt(), 5);
    QCOMPARE(newest.value(u"trade_type"_s).toString(), u"payout"_s);
    QVERIFY(newest.value(u"txid"_s).isNull());
    QVERIFY(newest.value(u"block_time"_s).isNull());
    const QJsonObject oldest = all.value(u"list"_s).toArray().last().toObject();
    QCOMPARE(oldest.value(u"status"_s).toInt(), 1);
    const QString trxTxid = oldest.value(u"txid"_s).toString();
    QCOMPARE(trxTxid.size(), 64);
    QVERIFY(oldest.value(u"block_height"_s).isString());
    QVERIFY(oldest.value(u"block_time"_s).toInteger() > 0);

    QCOMPARE(cidsOf(filtered(u"chain_id"_s, u"195"_s)), (QList<qint64>{usdt, trx}));
    QCOMPARE(cidsOf(filtered(u"chain_id"_s, 60)), QList<qint64>{eth});
    QCOMPARE(cidsOf(filtered(u"token_id"_s, u"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s)), QList<qint64>{usdt});
    QCOMPARE(cidsOf(filtered(u"status"_s, 5)), (QList<qint64>{usdt, eth}));
    QCOMPARE(cidsOf(filtered(u"status"_s, 1)), QList<qint64>{trx});
    QCOMPARE(cidsOf(filtered(u"status"_s, 6)), QList<qint64>{});
    QCOMPARE(cidsOf(filtered(u"cid"_s, QJsonValue(eth))), QList<qint64>{eth});
    QCOMPARE(cidsOf(filtered(u"tx_id"_s, trxTxid)), QList<qint64>{trx});
    QCOMPARE(filtered(u"trade_type"_s, u"payout"_s).value(u"total"_s).toInteger(), 3);
    QCOMPARE(filtered(u"trade_type"_s, u"deposit"_s).value(u"total"_s).toInteger(), 0);
    const qint64 nowSeconds = nowMs() / 1000;
    QCOMPARE(cidsOf(filtered(u"blocktime_start"_s, QJsonValue(nowSeconds - 60))), QList<qint64>{trx});
    QCOMPARE(cidsOf(filtered(u"blocktime_start"_s, QJsonValue(nowSeconds + 3600))), QList<qint64>{});
    QCOMPARE(cidsOf(filtered(u"blocktime_end"_s, QJsonValue(nowSeconds - 3600))), QList<qint64>{});
    QCOMPARE(cidsOf(filtered(u"blocktime_end"_s, QJsonValue(nowSeconds + 60))), QList<qint64>{trx});

    const auto page = [this](qint64 pageNum, qint64 pageSize) {
        SignedParams params = freshParams();
        params.set(u"page_num"_s, pageNum);
        params.set(u"page_size"_s, pageSize);
        return tradePage(params);
    };
    const QJsonObject first = page(1, 2);
    QCOMPARE(cidsOf(first), (QList<qint64>{usdt, eth}));
    QCOMPARE(first.value(u"total"_s).toInteger(), 3);
    QCOMPARE(first.value(u"page_size"_s).toInteger(), 2);
    QCOMPARE(cidsOf(page(2, 2)), QList<qint64>{trx});
    QCOMPARE(page(2, 2).value(u"page_num"_s).toInteger(), 2);
    QCOMPARE(cidsOf(page(3, 2)), QList<qint64>{});
    QCOMPARE(page(3, 2).value(u"total"_s).toInteger(), 3);
    QCOMPARE(cidsOf(page(std::numeric_limits<qint64>::max(), 100)), QList<qint64>{});
}

void TstSimulator::tradePageRefusesBadPaging_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("page_size 101") << u"page_size"_s << QJsonValue(101);
    QTest::newRow("page_size 0") << u"page_size"_s << QJsonValue(0);
    QTest::newRow("page_num 0") << u"page_num"_s << QJsonValue(0);
    QTest::newRow("page_num as string") << u"page_num"_s << QJsonValue(u"1"_s);
    QTest::newRow("status as string") << u"status"_s << QJsonValue(u"5"_s);
}

void TstSimulator::tradePageRefusesBadPaging()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    QJsonObject plain = freshParams().toJson();
    plain.insert(key, value);
    const Envelope answer = post(u"/api/v1/trade/page"_s, signObject(plain));
    QCOMPARE(answer.code, u"A0006"_s);
    QVERIFY2(answer.msg.contains(key), qPrintable(answer.msg));
}

// ---------------------------------------------------------------------------------------------
// Faults

void TstSimulator::faultDropAfterRecord()
{
    // Two drops: QNetworkAccessManager silently sends a POST once more when the connection
    // closes before any answer (see faultDropMeetsSilentResend), and that copy is dropped too.
    QVERIFY(armFault(u"drop-after-record"_s, 2));
    const HttpResult dropped
        = send("POST", u"/api/v2/payout"_s,
               QJsonDocument(signObject(payoutParams(u"tp-drop"_s).toJson())).toJson(QJsonDocument::Compact));
    QVERIFY(dropped.finished);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.body.isEmpty());

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    const QJsonObject recorded = payouts.first().toObject();
    QCOMPARE(recorded.value(u"third_party_id"_s).toString(), u"tp-drop"_s);
    QCOMPARE(recorded.value(u"cid"_s).toString(), QString::number(firstCid));
    QCOMPARE(recorded.value(u"status"_s).toInt(), 5);

    // The client's own retry with the same third_party_id learns that the first one got through.
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-drop"_s)).code, u"E0009"_s);
    QCOMPARE(recordedPayouts().size(), 1);
}

void TstSimulator::faultDropMeetsSilentResend()
{
    // Pins down a Qt behaviour PayDesk's client must handle: after a dropped connection the
    // manager re-sends the identical body (same nonce) once, without telling the caller, and
    // hands over the answer to that copy. Here the copy is refused as a replay, although the
    // payout was recorded: a replay refusal on a create never means "not sent".
    QVERIFY(armFault(u"drop-after-record"_s, 1));
    const HttpResult answered
        = send("POST", u"/api/v2/payout"_s,
               QJsonDocument(signObject(payoutParams(u"tp-resent"_s).toJson())).toJson(QJsonDocument::Compact));
    QCOMPARE(answered.error, QNetworkReply::NoError);
    QCOMPARE(answered.status, 200);
    QCOMPARE(parseEnvelope(answered.body).code, u"A0003"_s);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    QCOMPARE(payouts.first().toObject().value(u"attempts"_s).toInt(), 2);
}

void TstSimulator::faultRefusesWithoutRecording_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("http-503 on v2") << u"http-503"_s << u"/api/v2/payout"_s << 503;
    QTest::newRow("http-429 on v2") << u"http-429"_s << u"/api/v2/payout"_s << 429;
    QTest::newRow("redirect on v2") << u"redirect"_s << u"/api/v2/payout"_s << 302;
    QTest::newRow("http-503 on v1") << u"http-503"_s << u"/api/v1/payout"_s << 503;
}

void TstSimulator::faultRefusesWithoutRecording()
{
    QFETCH(QString, fault);
    QFETCH(QString, path);
    QFETCH(int, status);

    const auto body = [this, &path] {
        SignedParams params = payoutParams(u"tp-refused"_s);
        if (path == u"/api/v1/payout"_s) {
            params.set(u"address"_s, tronAddress);
        }
        return QJsonDocument(signObject(params.toJson())).toJson(QJsonDocument::Compact);
    };

    QVERIFY(armFault(fault, 1));
    const HttpResult refused = send("POST", path, body());
    QVERIFY(refused.finished);
    QCOMPARE(refused.status, status);
    QVERIFY(!refused.body.startsWith('{'));
    if (status == 429) {
        QCOMPARE(refused.retryAfter, QByteArray("1"));
    }
    if (status == 302) {
        QCOMPARE(refused.location, QByteArray("/_sim/redirected"));
    }
    QCOMPARE(recordedPayouts().size(), 0);

    // The fault was for one request: the retry under the same id is the first to be recorded.
    const HttpResult retried = send("POST", path, body());
    QCOMPARE(retried.status, 200);
    QCOMPARE(parseEnvelope(retried.body).code, u"00000"_s);
    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    QCOMPARE(payouts.first().toObject().value(u"attempts"_s).toInt(), 2);
}

void TstSimulator::faultDelayAnswersLate()
{
    QVERIFY(armFault(u"delay"_s, 1));
    QNetworkRequest request(m_baseUrl.resolved(QUrl(u"/api/v2/payout"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> reply(m_network->post(
        request, QJsonDocument(signObject(payoutParams(u"tp-delay"_s).toJson())).toJson(QJsonDocument::Compact)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);

    QTest::qWait(delayMs / 2);
    QVERIFY(!reply->isFinished());
    // Recorded before the answer leaves: a client that gives up now still has a payout.
    QCOMPARE(recordedPayouts().size(), 1);

    QVERIFY(finished.wait(networkWaitMs));
    QVERIFY(elapsed.elapsed() >= delayMs);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const Envelope answer = parseEnvelope(reply->readAll());
    QCOMPARE(answer.code, u"00000"_s);
    QCOMPARE(answer.data.toObject().value(u"cid"_s).toInteger(), firstCid);

    // One request only: the next answers at once.
    elapsed.restart();
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-delay-2"_s)).code, u"00000"_s);
    QVERIFY(elapsed.elapsed() < delayMs);
}

void TstSimulator::faultDelayOutlastsClientTimeout()
{
    QVERIFY(armFault(u"delay"_s, 1));
    const HttpResult timedOut
        = send("POST", u"/api/v2/payout"_s,
               QJsonDocument(signObject(payoutParams(u"tp-timeout"_s).toJson())).toJson(QJsonDocument::Compact), 100);
    QVERIFY(timedOut.finished);
    QVERIFY2(timedOut.error == QNetworkReply::OperationCanceledError || timedOut.error == QNetworkReply::TimeoutError,
             qPrintable(QString::number(timedOut.error)));
    QCOMPARE(recordedPayouts().size(), 1);

    // The late answer then meets a closed connection; the simulator carries on.
    QTest::qWait(delayMs + 100);
    QCOMPARE(call(u"/api/v1/coins"_s, freshParams()).code, u"00000"_s);
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-timeout"_s)).code, u"E0009"_s);
}

void TstSimulator::faultMalformedJson()
{
    QVERIFY(armFault(u"malformed-json"_s, 1));
    const HttpResult malformed
        = send("POST", u"/api/v2/payout"_s,
               QJsonDocument(signObject(payoutParams(u"tp-malformed"_s).toJson())).toJson(QJsonDocument::Compact));
    QCOMPARE(malformed.status, 200);
    QCOMPARE(malformed.error, QNetworkReply::NoError);
    QVERIFY(!malformed.body.isEmpty());
    QJsonParseError parseError;
    QJsonDocument::fromJson(malformed.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 1);
    QCOMPARE(payouts.first().toObject().value(u"third_party_id"_s).toString(), u"tp-malformed"_s);
}

void TstSimulator::faultCountAlwaysAndClear()
{
    const auto attempt = [this](const QString& thirdPartyId) {
        return send("POST", u"/api/v2/payout"_s,
                    QJsonDocument(signObject(payoutParams(thirdPartyId).toJson())).toJson(QJsonDocument::Compact))
            .status;
    };

    QVERIFY(armFault(u"http-503"_s, 2));
    QCOMPARE(attempt(u"tp-a"_s), 503);
    QCOMPARE(attempt(u"tp-a"_s), 503);
    QCOMPARE(attempt(u"tp-a"_s), 200);

    QVERIFY(armFault(u"http-429"_s, -1));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(attempt(u"tp-b"_s), 429);
    }
    QVERIFY(armFault(u"none"_s, 1));
    QCOMPARE(attempt(u"tp-b"_s), 200);

    const QJsonArray payouts = recordedPayouts();
    QCOMPARE(payouts.size(), 2);
    QCOMPARE(payouts[0].toObject().value(u"attempts"_s).toInt(), 3);
    QCOMPARE(payouts[1].toObject().value(u"attempts"_s).toInt(), 5);
}

void TstSimulator::faultLeavesOtherEndpointsAlone()
{
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-other"_s)).code, u"00000"_s);
    QVERIFY(armFault(u"http-503"_s, -1));
    QCOMPARE(call(u"/api/v1/coins"_s, freshParams()).code, u"00000"_s);
    SignedParams query = freshParams();
    query.set(u"cid"_s, firstCid);
    QCOMPARE(call(u"/api/v1/payout/query"_s, query).code, u"00000"_s);
    QCOMPARE(tradePage(freshParams()).value(u"total"_s).toInteger(), 1);
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-other-2"_s)).code, u"HTTP 503"_s);
}

void TstSimulator::faultFromCommandLine()
{
    auto simulator = startSimulator({u"--fault"_s, u"http-429:1"_s});
    QVERIFY(simulator->waitForReady(networkWaitMs));
    useSimulator(std::move(simulator));

    const QByteArray body
        = QJsonDocument(signObject(payoutParams(u"tp-cli"_s).toJson())).toJson(QJsonDocument::Compact);
    QCOMPARE(send("POST", u"/api/v2/payout"_s, body).status, 429);
    QCOMPARE(recordedPayouts().size(), 0);
    QCOMPARE(call(u"/api/v2/payout"_s, payoutParams(u"tp-cli"_s)).code, u"00000"_s);
}

void TstSimulator::faultControlRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("unknown fault") << QByteArray("POST") << QByteArray(R"({"fault":"bogus"})") << 400;
    QTest::newRow("count 0") << QByteArray("POST") << QByteArray(R"({"fault":"http-503","count":0})") << 400;
    QTest::newRow("count -2") << QByteArray("POST") << QByteArray(R"({"fault":"http-503","count":-2})") << 400;
    QTest::newRow("count as string") << QByteArray("POST") << QByteArray(R"({"fault":"http-503","count":"2"})") << 400;
    QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("http-503") << 400;
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << 405;
    QTest::newRow("count defaults to 1") << QByteArray("POST") << QByteArray(R"({"fault":"delay"})") << 200;
}

void TstSimulator::faultControlRejectsBadInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(int, status);

    const HttpResult result = send(method, u"/_sim/faults"_s, body);
    QCOMPARE(result.status, status);
    if (status == 200) {
        const QJsonObject armed = QJsonDocument::fromJson(result.body).object();
        QCOMPARE(armed.value(u"fault"_s).toString(), u"delay"_s);
        QCOMPARE(armed.value(u"count"_s).toInt(), 1);
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP

void TstSimulator::unknownPathAndMethod()
{
    const HttpResult unknown = send("POST", u"/api/v9/payout"_s, "{}");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, QByteArray("not found\n"));

    const HttpResult get = send("GET", u"/api/v1/coins"_s);
    QCOMPARE(get.status, 405);

    QCOMPARE(send("GET", u"/_sim/nothing"_s).status, 404);
    QCOMPARE(send("POST", u"/_sim/payouts"_s, "{}").status, 405);
}

void TstSimulator::bodyNotJson_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("text") << QByteArray("not json");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"pid":1382528827416576,)");
}

void TstSimulator::bodyNotJson()
{
    QFETCH(QByteArray, body);

    const HttpResult result = send("POST", u"/api/v2/payout"_s, body);
    QCOMPARE(result.status, 200);
    const Envelope answer = parseEnvelope(result.body);
    QCOMPARE(answer.code, u"A0004"_s);
    QVERIFY(answer.data.isNull());
}

namespace {

// Reads one response off a raw socket: head, then exactly Content-Length body bytes.
QByteArray readResponse(QTcpSocket& socket, QByteArray& buffer)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < networkWaitMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
            const qsizetype length = head.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                const QByteArray response = buffer.left(headEnd + 4 + length);
                buffer.remove(0, response.size());
                return response;
            }
        }
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        buffer += socket.readAll();
    }
    return {};
}

} // namespace

void TstSimulator::rawRequestsInPiecesKeepAliveAndClose()
{
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(socket.waitForConnected(networkWaitMs));

    const QByteArray body = QJsonDocument(signObject(freshParams().toJson())).toJson(QJsonDocument::Compact);
    const QByteArray request = "POST /api/v1/coins HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    // Split inside the request line, inside the header block and inside the body.
    const QList<qsizetype> cuts{10, 60, request.size() - body.size() / 2, request.size()};
    qsizetype sent = 0;
    for (const qsizetype cut : cuts) {
        socket.write(request.mid(sent, cut - sent));
        QVERIFY(socket.waitForBytesWritten(networkWaitMs));
        sent = cut;
        QTest::qWait(50);
    }
    QByteArray buffer;
    const QByteArray first = readResponse(socket, buffer);
    QVERIFY2(first.startsWith("HTTP/1.1 200 "), first.constData());
    QVERIFY(first.contains("Connection: keep-alive"));
    QCOMPARE(parseEnvelope(first.mid(first.indexOf("\r\n\r\n") + 4)).code, u"00000"_s);

    // Two pipelined requests in one write on the same connection, answered in order; the
    // second asks to close.
    socket.write("GET /_sim/payouts HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                 "POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
    const QByteArray second = readResponse(socket, buffer);
    QVERIFY2(second.startsWith("HTTP/1.1 200 "), second.constData());
    QVERIFY(second.endsWith("[]"));
    const QByteArray third = readResponse(socket, buffer);
    QVERIFY2(third.startsWith("HTTP/1.1 404 "), third.constData());
    QVERIFY(third.contains("Connection: close"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(networkWaitMs));
}

void TstSimulator::oversizedBodyRefused()
{
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(socket.waitForConnected(networkWaitMs));
    socket.write("POST /api/v2/payout HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n{");
    QByteArray buffer;
    const QByteArray response = readResponse(socket, buffer);
    QVERIFY2(response.startsWith("HTTP/1.1 413 "), response.constData());
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(networkWaitMs));

    QTcpSocket chunked;
    chunked.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(chunked.waitForConnected(networkWaitMs));
    chunked.write("POST /api/v2/payout HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    buffer.clear();
    QVERIFY(readResponse(chunked, buffer).startsWith("HTTP/1.1 501 "));
}

// ---------------------------------------------------------------------------------------------
// SimulatorProcess

void TstSimulator::processReportsLoopbackUrl()
{
    QVERIFY(m_simulator->isReady());
    QCOMPARE(m_baseUrl.scheme(), u"http"_s);
    QCOMPARE(m_baseUrl.host(), u"127.0.0.1"_s);
    QVERIFY(m_baseUrl.port() > 0);
    QVERIFY(m_baseUrl.path().isEmpty());
}

void TstSimulator::processFailures_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("reasonPart");

    const QString simulator = SimulatorProcess::locateProgram();
    QTest::newRow("no such program") << u"/nonexistent/cregis-sim"_s << QByteArray(testKey) << QStringList()
                                     << u"cannot start"_s;
    QTest::newRow("bad port") << simulator << QByteArray(testKey) << QStringList{u"--port"_s, u"70000"_s}
                              << u"--port"_s;
    QTest::newRow("unknown option") << simulator << QByteArray(testKey) << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("bad fault") << simulator << QByteArray(testKey) << QStringList{u"--fault"_s, u"explode"_s}
                               << u"--fault"_s;
    QTest::newRow("no key") << simulator << QByteArray() << QStringList() << u"API key"_s;
}

void TstSimulator::processFailures()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, key);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, reasonPart);

    SimulatorProcess process;
    QSignalSpy failed(&process, &SimulatorProcess::failed);
    QSignalSpy ready(&process, &SimulatorProcess::ready);
    process.start(program, key, testPid, extraArgs);
    QVERIFY(!process.waitForReady(networkWaitMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(ready.count(), 0);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QVERIFY(!process.isReady());
    QVERIFY(process.baseUrl().isEmpty());
}

void TstSimulator::processKeyNotOnCommandLine()
{
#ifdef Q_OS_LINUX
    // Every running cregis-sim (this test's included) must have a command line without the key.
    int simulators = 0;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray arguments = cmdline.readAll();
        if (!arguments.contains("cregis-sim")) {
            continue;
        }
        ++simulators;
        QVERIFY(!arguments.contains(testKey));
    }
    QVERIFY(simulators >= 1);
#endif
}

void TstSimulator::processStopsWithItsOwner()
{
    const quint16 port = static_cast<quint16>(m_baseUrl.port());
    m_network.reset();
    QSignalSpy stopped(m_simulator.get(), &SimulatorProcess::stopped);
    m_simulator.reset();
    QCOMPARE(stopped.count(), 0);

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void TstSimulator::locateProgramPrefersEnvironment()
{
    const QString located = SimulatorProcess::locateProgram();
    QVERIFY2(QFileInfo(located).isExecutable(), qPrintable(located));
    QCOMPARE(QFileInfo(located).fileName(), u"cregis-sim"_s);

    const QByteArray saved = qgetenv("PAYDESK_SIM_PROGRAM");
    qputenv("PAYDESK_SIM_PROGRAM", "/opt/elsewhere/cregis-sim");
    const QString overridden = SimulatorProcess::locateProgram();
    if (saved.isEmpty()) {
        qunsetenv("PAYDESK_SIM_PROGRAM");
    } else {
        qputenv("PAYDESK_SIM_PROGRAM", saved);
    }
    QCOMPARE(overridden, u"/opt/elsewhere/cregis-sim"_s);
}

QTEST_GUILESS_MAIN(TstSimulator)
#include "tst_simulator.moc"
