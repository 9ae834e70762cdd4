// The simulator's original faults on payout creates (drop-after-record, http-503, http-429,
// redirect, delay, malformed-json), their counts, --fault and the /_sim/faults control endpoint,
// over HTTP on loopback against the real cregis-sim program. They also pin down what Qt's
// QNetworkAccessManager makes of each, which PayDesk's client must handle. api-error and
// duplicate-cid are in tst_simscenarios.

#include "SimHttpClient.h"

#include "cregis/SignedParams.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using namespace simclient;

class TstSimFaults : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

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
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimFaults::init()
{
    initSimulator();
}

void TstSimFaults::cleanup()
{
    cleanupSimulator();
}

void TstSimFaults::faultDropAfterRecord()
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

void TstSimFaults::faultDropMeetsSilentResend()
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

void TstSimFaults::faultRefusesWithoutRecording_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("http-503 on v2") << u"http-503"_s << u"/api/v2/payout"_s << 503;
    QTest::newRow("http-429 on v2") << u"http-429"_s << u"/api/v2/payout"_s << 429;
    QTest::newRow("redirect on v2") << u"redirect"_s << u"/api/v2/payout"_s << 302;
    QTest::newRow("http-503 on v1") << u"http-503"_s << u"/api/v1/payout"_s << 503;
}

void TstSimFaults::faultRefusesWithoutRecording()
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

void TstSimFaults::faultDelayAnswersLate()
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

void TstSimFaults::faultDelayOutlastsClientTimeout()
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

void TstSimFaults::faultMalformedJson()
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

void TstSimFaults::faultCountAlwaysAndClear()
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

void TstSimFaults::faultLeavesOtherEndpointsAlone()
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

void TstSimFaults::faultFromCommandLine()
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

void TstSimFaults::faultControlRejectsBadInput_data()
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

void TstSimFaults::faultControlRejectsBadInput()
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

QTEST_GUILESS_MAIN(TstSimFaults)
#include "tst_simfaults.moc"
