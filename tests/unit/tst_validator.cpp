#include "payout/PayoutValidator.h"
#include "words/IssueText.h"

#include <QTest>

using namespace paydesk;
using payout::IssueCode;
using payout::PayoutField;
using payout::ValidationIssues;

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rejects_data();
    void rejects();
    void acceptsAndNormalises();
    void coinNameResolves();
    void decimalsUnknownBlocksPayment();
    void addressRules_data();
    void addressRules();
    void issueTextNamesFieldAndFix_data();
    void issueTextNamesFieldAndFix();

private:
    payout::PayoutValidator m_validator{money::AssetCatalogue::builtIn()};
};

namespace {

payout::PayoutDraft validDraft()
{
    payout::PayoutDraft draft;
    draft.currency = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    draft.toAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    draft.amount = QStringLiteral("12.5");
    return draft;
}

} // namespace

void TestValidator::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expectedField");
    QTest::addColumn<int>("expectedCode");

    QTest::newRow("empty address") << "to"
                                   << "" << int(PayoutField::ToAddress) << int(IssueCode::Required);
    QTest::newRow("cyrillic a in address") << "to" << QString::fromUtf8("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F\u0430")
                                           << int(PayoutField::ToAddress) << int(IssueCode::NonAsciiCharacter);
    QTest::newRow("space in address") << "to"
                                      << "TXsm KpEu" << int(PayoutField::ToAddress)
                                      << int(IssueCode::ContainsWhitespace);
    QTest::newRow("amount abc") << "amount"
                                << "abc" << int(PayoutField::Amount) << int(IssueCode::NotPlainDecimal);
    QTest::newRow("amount 1e5") << "amount"
                                << "1e5" << int(PayoutField::Amount) << int(IssueCode::NotPlainDecimal);
    QTest::newRow("amount -1") << "amount"
                               << "-1" << int(PayoutField::Amount) << int(IssueCode::NotPlainDecimal);
    QTest::newRow("amount 1,5") << "amount"
                                << "1,5" << int(PayoutField::Amount) << int(IssueCode::NotPlainDecimal);
    QTest::newRow("amount 0") << "amount"
                              << "0" << int(PayoutField::Amount) << int(IssueCode::NotPositive);
    QTest::newRow("amount 0.000") << "amount"
                                  << "0.000" << int(PayoutField::Amount) << int(IssueCode::NotPositive);
    QTest::newRow("amount too many decimals")
        << "amount"
        << "1.1234567" << int(PayoutField::Amount) << int(IssueCode::TooManyDecimals);
    QTest::newRow("amount 40 digits") << "amount" << QString(40, u'1') << int(PayoutField::Amount)
                                      << int(IssueCode::TooLarge);
    QTest::newRow("memo on USDT-TRC20") << "memo"
                                        << "123" << int(PayoutField::Memo) << int(IssueCode::MemoNotAllowed);
    QTest::newRow("remark 257") << "remark" << QString(257, u'x') << int(PayoutField::Remark)
                                << int(IssueCode::TooLong);
    QTest::newRow("remark with newline") << "remark"
                                         << "a\nb" << int(PayoutField::Remark) << int(IssueCode::ControlCharacter);
    QTest::newRow("wallet letters") << "wallet"
                                    << "12ab" << int(PayoutField::WalletId) << int(IssueCode::NotAnInteger);
    QTest::newRow("wallet beyond int64") << "wallet"
                                         << "99999999999999999999" << int(PayoutField::WalletId)
                                         << int(IssueCode::NotAnInteger);
    QTest::newRow("unknown currency") << "currency"
                                      << "999@999" << int(PayoutField::Currency) << int(IssueCode::UnknownCurrency);
    QTest::newRow("no currency") << "currency"
                                 << "" << int(PayoutField::Currency) << int(IssueCode::Required);
}

void TestValidator::rejects()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, expectedField);
    QFETCH(int, expectedCode);
    payout::PayoutDraft draft = validDraft();
    if (field == QLatin1String("to")) {
        draft.toAddress = value;
    } else if (field == QLatin1String("amount")) {
        draft.amount = value;
    } else if (field == QLatin1String("memo")) {
        draft.memo = value;
    } else if (field == QLatin1String("remark")) {
        draft.remark = value;
    } else if (field == QLatin1String("wallet")) {
        draft.walletId = value;
    } else {
        draft.currency = value;
    }
    const auto result = m_validator.validate(draft);
    QVERIFY(result.hasErrors());
    QVERIFY(!result.fields.has_value());
    const auto issues = result.issuesFor(PayoutField(expectedField));
    QVERIFY2(!issues.isEmpty(), "no issue on the expected field");
    QCOMPARE(int(issues.first().code), expectedCode);
}

void TestValidator::acceptsAndNormalises()
{
    payout::PayoutDraft draft = validDraft();
    // Copy and paste brings whitespace and zero-width characters along.
    draft.toAddress = QString::fromUtf8("  \u200BTXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS\uFEFF \n");
    draft.amount = QStringLiteral(" 12.50 ");
    draft.walletId = QStringLiteral("11434198045401088");
    const auto result = m_validator.validate(draft);
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.fields->toAddress, QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"));
    QCOMPARE(result.fields->amount.toCanonical(), QStringLiteral("12.5"));
    QCOMPARE(result.fields->walletId, std::optional<qint64>(11434198045401088));
    QCOMPARE(result.fields->coinName, QStringLiteral("USDT-TRC20"));
}

void TestValidator::coinNameResolves()
{
    payout::PayoutDraft draft = validDraft();
    draft.currency = QStringLiteral("usdt-trc20");
    const auto result = m_validator.validate(draft);
    QVERIFY(!result.hasErrors());
    QCOMPARE(result.fields->currency, QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));

    // XRP: a memo is a destination tag; none at all is only a warning.
    draft.currency = QStringLiteral("XRP");
    draft.toAddress = QStringLiteral("rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc");
    const auto noTag = m_validator.validate(draft);
    QVERIFY(!noTag.hasErrors());
    QCOMPARE(noTag.issuesFor(PayoutField::Memo).first().code, IssueCode::MemoRecommended);
    draft.memo = QStringLiteral("4294967296");
    QCOMPARE(m_validator.validate(draft).issuesFor(PayoutField::Memo).first().code, IssueCode::MemoNotDestinationTag);
    draft.memo = QStringLiteral("4294967295");
    QVERIFY(!m_validator.validate(draft).hasErrors());
}

void TestValidator::decimalsUnknownBlocksPayment()
{
    money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    money::Asset ton;
    ton.chainId = QStringLiteral("607");
    ton.tokenId = QStringLiteral("607");
    ton.currency = QStringLiteral("607@607");
    ton.coinName = QStringLiteral("TON");
    ton.family = money::ChainFamily::Ton;
    catalogue.merge(ton);
    payout::PayoutValidator validator(catalogue);
    payout::PayoutDraft draft = validDraft();
    draft.currency = QStringLiteral("607@607");
    draft.toAddress = QStringLiteral("EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB"); // ton-core's spec
    draft.memo = QStringLiteral("invoice 42");
    QCOMPARE(validator.validate(draft).issuesFor(PayoutField::Currency).first().code, IssueCode::DecimalsUnknown);
    catalogue.setDecimals(QStringLiteral("607@607"), 9);
    QVERIFY(!payout::PayoutValidator(catalogue).validate(draft).hasErrors());
}

void TestValidator::addressRules_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("code"); // -1: no issue at all
    QTest::addColumn<bool>("isError");

    const int none = -1;
    QTest::newRow("TRC20 valid") << "USDT-TRC20"
                                 << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS" << none << false;
    QTest::newRow("TRC20 one character changed")
        << "USDT-TRC20"
        << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT" << int(IssueCode::AddressBadChecksum) << true;
    QTest::newRow("EVM address on TRON") << "TRX"
                                         << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                                         << int(IssueCode::AddressWrongNetwork) << true;
    QTest::newRow("TRON address on ERC20")
        << "USDT-ERC20"
        << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS" << int(IssueCode::AddressWrongNetwork) << true;
    QTest::newRow("TRON too short") << "TRX"
                                    << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F" << int(IssueCode::AddressMalformed) << true;
    QTest::newRow("EIP-55 valid") << "ETH"
                                  << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed" << none << false;
    QTest::newRow("EIP-55 case flipped") << "ETH"
                                         << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"
                                         << int(IssueCode::AddressBadChecksum) << true;
    QTest::newRow("EVM lower case warns")
        << "ETH"
        << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed" << int(IssueCode::AddressNoChecksum) << false;
    QTest::newRow("BTC testnet on mainnet")
        << "BTC"
        << "mzBc4XEFSdzCDcTxAgf6EZXgsZWpztRhef" << int(IssueCode::AddressWrongNetwork) << true;
    QTest::newRow("BTC genesis") << "BTC"
                                 << "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa" << none << false;
    QTest::newRow("XRP valid") << "XRP"
                               << "rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc" << int(IssueCode::MemoRecommended) << false;
}

void TestValidator::addressRules()
{
    QFETCH(QString, currency);
    QFETCH(QString, address);
    QFETCH(int, code);
    QFETCH(bool, isError);
    payout::PayoutDraft draft = validDraft();
    draft.currency = currency;
    draft.toAddress = address;
    const auto result = m_validator.validate(draft);
    QCOMPARE(result.hasErrors(), isError);
    ValidationIssues found = result.issuesFor(PayoutField::ToAddress) + result.issuesFor(PayoutField::Memo);
    if (code < 0) {
        QVERIFY2(found.isEmpty(), qPrintable(words::IssueText::text(found.value(0), std::nullopt)));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(int(found.first().code), code);
    QCOMPARE(found.first().isError(), isError);
}

void TestValidator::issueTextNamesFieldAndFix_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("amount syntax") << int(PayoutField::Amount) << int(IssueCode::NotPlainDecimal)
                                   << "Amount: use digits";
    QTest::newRow("decimals") << int(PayoutField::Amount) << int(IssueCode::TooManyDecimals) << "at most 6 digits";
    QTest::newRow("address required") << int(PayoutField::ToAddress) << int(IssueCode::Required)
                                      << "Recipient address: required";
    QTest::newRow("memo") << int(PayoutField::Memo) << int(IssueCode::MemoNotAllowed) << "Memo: USDT-TRC20";
    QTest::newRow("remark") << int(PayoutField::Remark) << int(IssueCode::TooLong) << "at most 256";
    QTest::newRow("cyrillic") << int(PayoutField::ToAddress) << int(IssueCode::NonAsciiCharacter)
                              << "U+0430 CYRILLIC SMALL LETTER A";
}

void TestValidator::issueTextNamesFieldAndFix()
{
    QFETCH(int, field);
    QFETCH(int, code);
    QFETCH(QString, mustContain);
    payout::ValidationIssue issue{PayoutField(field), IssueCode(code), payout::IssueSeverity::Error, 0, 0x0430};
    issue.limit = IssueCode(code) == IssueCode::TooLong ? 256 : 6;
    const auto asset = money::AssetCatalogue::builtIn().resolve(QStringLiteral("USDT-TRC20"));
    const QString text = words::IssueText::text(issue, asset);
    QVERIFY2(text.contains(mustContain), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
