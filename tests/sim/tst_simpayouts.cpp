// Creating payouts (v2 and v1) and reading them back with payout/query, over HTTP on loopback
// against the real cregis-sim program: cids above 2^53 kept exact, every parameter and amount
// rule, a reused third_party_id recorded once, and the status walk. These are the answers PayDesk's
// client must read right, so requests are signed with its own SignedParams and Signer.

#include "SimHttpClient.h"

#include "cregis/SignedParams.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using namespace simclient;

class TstSimPayouts : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void payoutReturnsCidAbove2To53Exactly();
    void v1PayoutSharesTheStore();
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
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimPayouts::init()
{
    initSimulator();
}

void TstSimPayouts::cleanup()
{
    cleanupSimulator();
}

// ---------------------------------------------------------------------------------------------
// Creating payouts

void TstSimPayouts::payoutReturnsCidAbove2To53Exactly()
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

void TstSimPayouts::v1PayoutSharesTheStore()
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

void TstSimPayouts::badParameters_data()
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

void TstSimPayouts::badParameters()
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

void TstSimPayouts::acceptedPayouts_data()
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

void TstSimPayouts::acceptedPayouts()
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

void TstSimPayouts::amountRules_data()
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

void TstSimPayouts::amountRules()
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

void TstSimPayouts::reusedThirdPartyIdRecordedOnce()
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

void TstSimPayouts::queryWalksStatuses_data()
{
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<int>("finalStatus");

    QTest::newRow("succeeds") << tronAddress << 6;
    QTest::newRow("--status-fail-to") << failingAddress << 7;
}

void TstSimPayouts::queryWalksStatuses()
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

void TstSimPayouts::queryErrors_data()
{
    QTest::addColumn<QJsonValue>("cid");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown cid") << QJsonValue(firstCid + 100) << u"E0014"_s;
    // 11061508850647040 is what a double makes of the real cid.
    QTest::newRow("cid a double confuses with the real one") << QJsonValue(firstCid - 1) << u"E0014"_s;
    QTest::newRow("cid as string") << QJsonValue(QString::number(firstCid)) << u"A0006"_s;
    QTest::newRow("cid missing") << QJsonValue() << u"A0005"_s;
}

void TstSimPayouts::queryErrors()
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

QTEST_GUILESS_MAIN(TstSimPayouts)
#include "tst_simpayouts.moc"
