// Totals per currency for the approval and send confirmations: exact integer sums, never doubles.

#include "money/CurrencyTotals.h"
#include "payout/Payout.h"
#include "words/StatusWords.h"
#include "words/Translations.h"

#include <QCoreApplication>

#include <QTest>

using paydesk::money::Amount;
using paydesk::money::CurrencyTotal;
using paydesk::payout::Payout;

namespace {

const QString usdt = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString eth = QStringLiteral("60@60");

struct Line
{
    QString currency;
    QString coin;
    QString amount;
    int decimals;
};

Payout payoutOf(const Line& line)
{
    Payout payout;
    payout.fields.currency = line.currency;
    payout.fields.coinName = line.coin;
    const Amount::ParseResult parsed = Amount::parse(line.amount, line.decimals);
    if (!parsed.amount) {
        qFatal("bad test amount %s", qPrintable(line.amount));
    }
    payout.fields.amount = *parsed.amount;
    return payout;
}

} // namespace

Q_DECLARE_METATYPE(QList<Line>)

class TestCurrencyTotals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totals_data();
    void totals();
    void overflowIsRefusedNotRounded();
    void sharedCoinNamesAreTold();
};

std::optional<QList<CurrencyTotal>> totalsOf(const QList<Payout>& payouts)
{
    paydesk::money::CurrencyTotals totals;
    for (const Payout& payout : payouts) {
        totals.add(payout.fields.currency, payout.fields.coinName, payout.fields.amount);
    }
    return totals.totals();
}

void TestCurrencyTotals::initTestCase()
{
    // The English plurals ("1 payout", "2 payouts") come from the embedded translation.
    paydesk::words::installTranslations(*QCoreApplication::instance());
}

void TestCurrencyTotals::totals_data()
{
    QTest::addColumn<QList<Line>>("lines");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one payout") << QList<Line>{{usdt, "USDT-TRC20", "1.5", 6}}
                                << QStringLiteral("1.5 USDT-TRC20 (1 payout)");
    QTest::newRow("two payouts") << QList<Line>{{usdt, "USDT-TRC20", "1.5", 6}, {usdt, "USDT-TRC20", "2.25", 6}}
                                 << QStringLiteral("3.75 USDT-TRC20 (2 payouts)");
    QTest::newRow("two currencies, order of appearance")
        << QList<Line>{{usdt, "USDT-TRC20", "1.5", 6}, {eth, "ETH", "0.1", 18}, {usdt, "USDT-TRC20", "2.25", 6}}
        << QStringLiteral("3.75 USDT-TRC20 (2 payouts)\n0.1 ETH (1 payout)");
    // 0.1 + 0.2 in double is 0.30000000000000004; here it is exact to the last wei.
    QTest::newRow("18 decimals exactly") << QList<Line>{{eth, "ETH", "0.100000000000000001", 18},
                                                        {eth, "ETH", "0.2", 18}}
                                         << QStringLiteral("0.300000000000000001 ETH (2 payouts)");
    QTest::newRow("beyond int64 wei") << QList<Line>{{eth, "ETH", "9.3", 18}, {eth, "ETH", "10", 18}}
                                      << QStringLiteral("19.3 ETH (2 payouts)");
    QTest::newRow("same currency, different decimals")
        << QList<Line>{{usdt, "USDT-TRC20", "1.5", 6}, {usdt, "USDT-TRC20", "0.00000001", 8}}
        << QStringLiteral("1.50000001 USDT-TRC20 (2 payouts)");
    QTest::newRow("none") << QList<Line>{} << QString();
}

void TestCurrencyTotals::totals()
{
    QFETCH(QList<Line>, lines);
    QFETCH(QString, expected);
    QList<Payout> payouts;
    for (const Line& line : lines) {
        payouts << payoutOf(line);
    }
    const std::optional<QList<CurrencyTotal>> totals = totalsOf(payouts);
    QVERIFY(totals);
    QCOMPARE(paydesk::words::StatusWords::totals(*totals), expected);
}

void TestCurrencyTotals::overflowIsRefusedNotRounded()
{
    // 36 significant digits fit one amount; brought to 18 decimals to meet the second, it does not.
    const QList<Payout> payouts{payoutOf({eth, "ETH", QString(36, u'9'), 0}), payoutOf({eth, "ETH", "1", 18})};
    QVERIFY(!totalsOf(payouts));
}

void TestCurrencyTotals::sharedCoinNamesAreTold()
{
    const QString erc20 = QStringLiteral("60@0xdac17f958d2ee523a2206206994597c13d831ec7");
    const QList<Payout> payouts{payoutOf({usdt, "USDT", "1", 6}), payoutOf({erc20, "USDT", "2", 6})};
    const std::optional<QList<CurrencyTotal>> totals = totalsOf(payouts);
    QVERIFY(totals);
    QCOMPARE(paydesk::words::StatusWords::totals(*totals),
             QStringLiteral("1 USDT (%1) (1 payout)\n2 USDT (%2) (1 payout)").arg(usdt, erc20));
}

QTEST_GUILESS_MAIN(TestCurrencyTotals)
#include "tst_currencytotals.moc"
