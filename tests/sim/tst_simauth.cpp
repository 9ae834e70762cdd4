// The simulator's request authentication, over HTTP on loopback against the real cregis-sim
// program: a bad or tampered signature, a timestamp outside the window, a replayed nonce and a
// wrong pid are each refused, and nothing refused is recorded. Bodies are signed with the client's
// own SignedParams and Signer, so the simulator's independent check is what they must pass.

#include "SimHttpClient.h"

#include "cregis/SignedParams.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using namespace simclient;

class TstSimAuth : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void signatureErrors_data();
    void signatureErrors();
    void timestampWindow_data();
    void timestampWindow();
    void replayedNonceRefused();
    void wrongPidRefused();
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimAuth::init()
{
    initSimulator();
}

void TstSimAuth::cleanup()
{
    cleanupSimulator();
}

void TstSimAuth::signatureErrors_data()
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

void TstSimAuth::signatureErrors()
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

void TstSimAuth::timestampWindow_data()
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

void TstSimAuth::timestampWindow()
{
    QFETCH(qint64, timestamp);
    QFETCH(QString, code);

    SignedParams params = payoutParams(u"tp-time"_s);
    params.set(u"timestamp"_s, timestamp);
    const Envelope answer = call(u"/api/v2/payout"_s, params);
    QCOMPARE(answer.code, code);
    QCOMPARE(recordedPayouts().size(), code == u"00000"_s ? 1 : 0);
}

void TstSimAuth::replayedNonceRefused()
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

void TstSimAuth::wrongPidRefused()
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

QTEST_GUILESS_MAIN(TstSimAuth)
#include "tst_simauth.moc"
