#include "money/Amount.h"

#include <QTest>

using paydesk::money::Amount;

class TestAmount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTrip_data();
    void roundTrip();
    void limits();
    void localized_data();
    void localized();
    void entered_data();
    void entered();
    void compareAcrossPrecisions_data();
    void compareAcrossPrecisions();
    void rescaled_data();
    void rescaled();
};

void TestAmount::entered_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("de 1.500 is grouping") << "de_DE"
                                          << "1.500"
                                          << "1500";
    QTest::newRow("de 1.5 falls back to plain") << "de_DE"
                                                << "1.5"
                                                << "1.5";
    QTest::newRow("de 1,5") << "de_DE"
                            << "1,5"
                            << "1.5";
    QTest::newRow("en 1,500") << "en_US"
                              << "1,500"
                              << "1500";
    QTest::newRow("en 1,5 refused") << "en_US"
                                    << "1,5"
                                    << "";
    QTest::newRow("plain with spaces") << "en_US"
                                       << " 7 "
                                       << "7";
}

void TestAmount::entered()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto result = Amount::parseEntered(text, 6, QLocale(locale));
    QCOMPARE(result.amount ? result.amount->toCanonical() : QString(), canonical);
}

void TestAmount::localized_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty = refused

    QTest::newRow("de grouping and comma") << "de_DE"
                                           << "1.234,56"
                                           << "1234.56";
    QTest::newRow("de plain comma") << "de_DE"
                                    << "0,5"
                                    << "0.5";
    QTest::newRow("de point is grouping") << "de_DE"
                                          << "1.5"
                                          << "";
    QTest::newRow("en grouping") << "en_US"
                                 << "1,234.5"
                                 << "1234.5";
    QTest::newRow("en 1,5 is not 15") << "en_US"
                                      << "1,5"
                                      << "";
    QTest::newRow("en bad groups") << "en_US"
                                   << "12,34,567"
                                   << "";
    QTest::newRow("en pasted whitespace") << "en_US"
                                          << " \t 12.5 \n"
                                          << "12.5";
    QTest::newRow("fr narrow no-break space") << "fr_FR" << QString::fromUtf8("1\u202F234,5") << "1234.5";
    QTest::newRow("fr plain space") << "fr_FR"
                                    << "1 234,5"
                                    << "1234.5";
    QTest::newRow("ch apostrophe") << "de_CH" << QString::fromUtf8("1\u2019234.5") << "1234.5";
    QTest::newRow("C locale") << "C"
                              << "1000.25"
                              << "1000.25";
    QTest::newRow("minus refused") << "en_US"
                                   << "-1"
                                   << "";
    QTest::newRow("exponent refused") << "en_US"
                                      << "1e5"
                                      << "";
    QTest::newRow("two decimal points") << "de_DE"
                                        << "1,2,3"
                                        << "";
}

void TestAmount::localized()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto result = Amount::parseLocalized(text, 6, QLocale(locale));
    QCOMPARE(result.amount.has_value(), !canonical.isEmpty());
    if (result.amount) {
        QCOMPARE(result.amount->toCanonical(), canonical);
    }
}

void TestAmount::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("units");

    using E = Amount::ParseError;
    QTest::newRow("integer") << "1000" << 6 << int(E::None) << "1000"
                             << "1000000000";
    QTest::newRow("fraction") << "1.5" << 6 << int(E::None) << "1.5"
                              << "1500000";
    QTest::newRow("smallest") << "0.000001" << 6 << int(E::None) << "0.000001"
                              << "1";
    QTest::newRow("trailing zeros normalised") << "1.50" << 6 << int(E::None) << "1.5"
                                               << "1500000";
    QTest::newRow("zeros beyond decimals") << "2.1000000000" << 6 << int(E::None) << "2.1"
                                           << "2100000";
    QTest::newRow("leading zeros") << "007" << 0 << int(E::None) << "7"
                                   << "7";
    QTest::newRow("zero") << "0" << 8 << int(E::None) << "0"
                          << "0";
    QTest::newRow("18 decimals, above int64")
        << "123456789.123456789123456789" << 18 << int(E::None) << "123456789.123456789123456789"
        << "123456789123456789123456789";
    QTest::newRow("empty") << "" << 6 << int(E::Empty) << ""
                           << "";
    QTest::newRow("exponent") << "1e5" << 6 << int(E::NotPlainDecimal) << ""
                              << "";
    QTest::newRow("negative") << "-1" << 6 << int(E::NotPlainDecimal) << ""
                              << "";
    QTest::newRow("plus") << "+1" << 6 << int(E::NotPlainDecimal) << ""
                          << "";
    QTest::newRow("comma") << "1,5" << 6 << int(E::NotPlainDecimal) << ""
                           << "";
    QTest::newRow("leading dot") << ".5" << 6 << int(E::NotPlainDecimal) << ""
                                 << "";
    QTest::newRow("trailing dot") << "5." << 6 << int(E::NotPlainDecimal) << ""
                                  << "";
    QTest::newRow("two dots") << "1.2.3" << 6 << int(E::NotPlainDecimal) << ""
                              << "";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662\u0663") << 6 << int(E::NotPlainDecimal)
                                         << ""
                                         << "";
    QTest::newRow("inner space") << "1 000" << 6 << int(E::NotPlainDecimal) << ""
                                 << "";
    QTest::newRow("letters") << "abc" << 6 << int(E::NotPlainDecimal) << ""
                             << "";
    QTest::newRow("too many decimals") << "1.1234567" << 6 << int(E::TooManyFractionDigits) << ""
                                       << "";
    QTest::newRow("fraction on 0-decimal coin") << "1.5" << 0 << int(E::TooManyFractionDigits) << ""
                                                << "";
    QTest::newRow("40 digits") << QString(40, u'9') << 6 << int(E::TooLarge) << ""
                               << "";
}

void TestAmount::parse()
{
    QFETCH(QString, text);
    QFETCH(int, decimals);
    QFETCH(int, error);
    QFETCH(QString, canonical);
    QFETCH(QString, units);
    const auto result = Amount::parse(text, decimals);
    QCOMPARE(int(result.error), error);
    QCOMPARE(result.amount.has_value(), error == int(Amount::ParseError::None));
    if (result.amount) {
        QCOMPARE(result.amount->toCanonical(), canonical);
        QCOMPARE(result.amount->baseUnitsText(), units);
    }
}

void TestAmount::roundTrip_data()
{
    QTest::addColumn<int>("decimals");
    for (int decimals = 0; decimals <= 18; ++decimals) {
        QTest::addRow("%d decimals", decimals) << decimals;
    }
}

void TestAmount::roundTrip()
{
    QFETCH(int, decimals);
    const int integerDigits = Amount::maxSignificantDigits - decimals;
    QStringList samples{QStringLiteral("1"), QStringLiteral("10"), QString(integerDigits, u'9')};
    if (decimals > 0) {
        samples << QStringLiteral("0.") + QString(decimals - 1, u'0') + u'1' // the smallest unit
                << QString(integerDigits, u'9') + u'.' + QString(decimals, u'9') // the largest value
                << QStringLiteral("12.5");
    }
    for (const QString& text : samples) {
        const auto parsed = Amount::parse(text, decimals);
        QVERIFY2(parsed.amount.has_value(), qPrintable(text));
        QCOMPARE(parsed.amount->toCanonical(), text);
        const auto again = Amount::fromBaseUnits(parsed.amount->baseUnits(), decimals);
        QCOMPARE(again.toCanonical(), text);
    }
}

void TestAmount::limits()
{
    // One digit more than the type's bound is refused rather than wrapped.
    QCOMPARE(Amount::parse(QString(Amount::maxSignificantDigits - 18 + 1, u'9'), 18).error,
             Amount::ParseError::TooLarge);
    const auto largest = Amount::parse(QString(Amount::maxSignificantDigits, u'9'), 0);
    QVERIFY(largest.amount);
    QCOMPARE(largest.amount->baseUnitsText(), QString(Amount::maxSignificantDigits, u'9'));
}

void TestAmount::compareAcrossPrecisions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<int>("aDecimals");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("bDecimals");
    QTest::addColumn<int>("order"); // -1, 0, 1
    QTest::newRow("equal values, other precisions") << "1.5" << 6 << "1.500000000000000000" << 18 << 0;
    QTest::newRow("one base unit of 18 above") << "1000.000000000000000001" << 18 << "1000" << 6 << 1;
    QTest::newRow("fraction below") << "999.999999" << 6 << "999.9999999" << 7 << -1;
    QTest::newRow("whole parts decide") << "2" << 0 << "1.999999999999999999" << 18 << 1;
    // 36 digits at 0 decimals against 18 decimals: scaling the whole value would overflow 128 bits.
    QTest::newRow("largest against the finest") << QString(36, u'9') << 0 << "0.000000000000000001" << 18 << 1;
    QTest::newRow("zero") << "0" << 0 << "0.0" << 18 << 0;
}

void TestAmount::compareAcrossPrecisions()
{
    QFETCH(QString, a);
    QFETCH(int, aDecimals);
    QFETCH(QString, b);
    QFETCH(int, bDecimals);
    QFETCH(int, order);
    const Amount left = *Amount::parse(a, aDecimals).amount;
    const Amount right = *Amount::parse(b, bDecimals).amount;
    const std::strong_ordering expected = order < 0 ? std::strong_ordering::less
        : order > 0                                 ? std::strong_ordering::greater
                                                    : std::strong_ordering::equal;
    QVERIFY(Amount::compare(left, right) == expected);
    QVERIFY(Amount::compare(right, left) == 0 <=> Amount::compare(left, right));
}

void TestAmount::rescaled_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected"); // empty: not representable
    QTest::newRow("wider") << "1.5" << 6 << 18 << "1.5";
    QTest::newRow("narrower, exact") << "1.500000" << 18 << 6 << "1.5";
    QTest::newRow("narrower, would drop a digit") << "1.0000001" << 18 << 6 << "";
    QTest::newRow("wider, too many digits") << QString(30, u'9') << 0 << 18 << "";
}

void TestAmount::rescaled()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    const std::optional<Amount> result = Amount::parse(text, from).amount->rescaled(to);
    QCOMPARE(result.has_value(), !expected.isEmpty());
    if (result) {
        QCOMPARE(result->decimals(), to);
        QCOMPARE(result->toCanonical(), expected);
        QVERIFY(Amount::compare(*result, *Amount::parse(text, from).amount) == 0);
    }
}

QTEST_GUILESS_MAIN(TestAmount)
#include "tst_amount.moc"
