// The simulator's lookups, over HTTP on loopback against the real cregis-sim program: the coins
// listing with its decimals, address/legal and address/inner, and trade/page with every filter
// and its paging limits. PayDesk's settings, online address check and reconciler rely on these
// answers; requests are signed with the client's own SignedParams and Signer.

#include "SimHttpClient.h"

#include "cregis/SignedParams.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTest>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using namespace simclient;

class TstSimLookups : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void coinsListing();
    void addressLegal_data();
    void addressLegal();
    void addressInner_data();
    void addressInner();
    void tradePageFilters();
    void tradePageRefusesBadPaging_data();
    void tradePageRefusesBadPaging();
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimLookups::init()
{
    initSimulator();
}

void TstSimLookups::cleanup()
{
    cleanupSimulator();
}

void TstSimLookups::coinsListing()
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

void TstSimLookups::addressLegal_data()
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

void TstSimLookups::addressLegal()
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

void TstSimLookups::addressInner_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("inner");

    QTest::newRow("given with --inner-address") << innerAddress << true;
    QTest::newRow("any other") << tronAddress << false;
}

void TstSimLookups::addressInner()
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

void TstSimLookups::tradePageFilters()
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
        for (const QJsonValue& row : page.value(u"rows"_s).toArray()) {
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
    const QJsonObject newest = all.value(u"rows"_s).toArray().first().toObject();
    QCOMPARE(newest.value(u"currency"_s).toString(), u"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s);
    QCOMPARE(newest.value(u"to_address"_s).toString(), tronAddress);
    QCOMPARE(newest.value(u"amount"_s).toString(), u"3"_s);
    QCOMPARE(newest.value(u"fee"_s).toString(), u"0"_s);
    QCOMPARE(newest.value(u"status"_s).toInt(), 5);
    QCOMPARE(newest.value(u"trade_type"_s).toString(), u"payout"_s);
    QVERIFY(newest.value(u"txid"_s).isNull());
    QVERIFY(newest.value(u"block_time"_s).isNull());
    const QJsonObject oldest = all.value(u"rows"_s).toArray().last().toObject();
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

void TstSimLookups::tradePageRefusesBadPaging_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("page_size 101") << u"page_size"_s << QJsonValue(101);
    QTest::newRow("page_size 0") << u"page_size"_s << QJsonValue(0);
    QTest::newRow("page_num 0") << u"page_num"_s << QJsonValue(0);
    QTest::newRow("page_num as string") << u"page_num"_s << QJsonValue(u"1"_s);
    QTest::newRow("status as string") << u"status"_s << QJsonValue(u"5"_s);
}

void TstSimLookups::tradePageRefusesBadPaging()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);

    QJsonObject plain = freshParams().toJson();
    plain.insert(key, value);
    const Envelope answer = post(u"/api/v1/trade/page"_s, signObject(plain));
    QCOMPARE(answer.code, u"A0006"_s);
    QVERIFY2(answer.msg.contains(key), qPrintable(answer.msg));
}

QTEST_GUILESS_MAIN(TstSimLookups)
#include "tst_simlookups.moc"
