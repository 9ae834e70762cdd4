#include "words/IssueText.h"

#include "money/AssetCatalogue.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using paydesk::money::Asset;
using paydesk::money::AssetCatalogue;
using paydesk::payout::IssueCode;
using paydesk::payout::IssueSeverity;
using paydesk::payout::PayoutField;
using paydesk::payout::ValidationIssue;

Q_DECLARE_METATYPE(IssueCode)
Q_DECLARE_METATYPE(PayoutField)

namespace {

const QString usdtTrc20 = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

std::optional<Asset> asset(const QString& currency)
{
    return AssetCatalogue::builtIn().find(currency);
}

} // namespace

class TestIssueText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesFieldAndFix_data();
    void namesFieldAndFix();
    void exactWords_data();
    void exactWords();
    void memoIsNamedAfterTheChain_data();
    void memoIsNamedAfterTheChain();

private:
    QTemporaryDir m_dataDir;
};

void TestIssueText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid());
    qputenv("PAYDESK_DATA_DIR", m_dataDir.path().toLocal8Bit());
}

void TestIssueText::namesFieldAndFix_data()
{
    QTest::addColumn<IssueCode>("code");
    QTest::addColumn<PayoutField>("field");
    QTest::addColumn<QString>("fieldWords");

    // Every IssueCode, on each field the validator reports it for.
    const struct
    {
        IssueCode code;
        PayoutField field;
        const char* words;
    } rows[] = {
        {IssueCode::Required, PayoutField::ToAddress, "Recipient address"},
        {IssueCode::Required, PayoutField::Amount, "Amount"},
        {IssueCode::Required, PayoutField::Currency, "Currency"},
        {IssueCode::NotAnInteger, PayoutField::WalletId, "Wallet"},
        {IssueCode::UnknownCurrency, PayoutField::Currency, "Currency"},
        {IssueCode::DecimalsUnknown, PayoutField::Currency, "Currency"},
        {IssueCode::NotPlainDecimal, PayoutField::Amount, "Amount"},
        {IssueCode::NotPositive, PayoutField::Amount, "Amount"},
        {IssueCode::TooManyDecimals, PayoutField::Amount, "Amount"},
        {IssueCode::TooLarge, PayoutField::Amount, "Amount"},
        {IssueCode::NonAsciiCharacter, PayoutField::ToAddress, "Recipient address"},
        {IssueCode::NonAsciiCharacter, PayoutField::FromAddress, "From address"},
        {IssueCode::ContainsWhitespace, PayoutField::ToAddress, "Recipient address"},
        {IssueCode::ControlCharacter, PayoutField::FromAddress, "From address"},
        {IssueCode::ControlCharacter, PayoutField::Remark, "Remark"},
        {IssueCode::InvalidAddress, PayoutField::ToAddress, "Recipient address"},
        {IssueCode::MemoNotAllowed, PayoutField::Memo, "Memo"},
        {IssueCode::MemoNotDestinationTag, PayoutField::Memo, "Memo"},
        {IssueCode::TooLong, PayoutField::Remark, "Remark"},
        {IssueCode::TooLong, PayoutField::Memo, "Memo"},
        {IssueCode::MemoRecommended, PayoutField::Memo, "Memo"},
    };
    for (const auto& row : rows) {
        QTest::addRow("%s/%d", row.words, static_cast<int>(row.code))
            << row.code << row.field << QString::fromLatin1(row.words);
    }
}

void TestIssueText::namesFieldAndFix()
{
    QFETCH(IssueCode, code);
    QFETCH(PayoutField, field);
    QFETCH(QString, fieldWords);

    const ValidationIssue issue{field, code, IssueSeverity::Error, 6, 0x0430};
    // Without a currency (none chosen yet) and with one: both must produce words.
    for (const std::optional<Asset>& selected : {std::optional<Asset>(), asset(QStringLiteral("195@195"))}) {
        const QString text = paydesk::words::IssueText::text(issue, selected);
        QVERIFY2(text.startsWith(fieldWords), qPrintable(text));
        // More than the field's name: the fix follows it.
        QVERIFY2(text.size() > fieldWords.size() + 10, qPrintable(text));
    }
}

void TestIssueText::exactWords_data()
{
    QTest::addColumn<ValidationIssue>("issue");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    QTest::newRow("amount syntax") << ValidationIssue{PayoutField::Amount, IssueCode::NotPlainDecimal,
                                                      IssueSeverity::Error, 0, 0}
                                   << usdtTrc20 << QStringLiteral("Amount: use digits");
    QTest::newRow("too many decimals")
        << ValidationIssue{PayoutField::Amount, IssueCode::TooManyDecimals, IssueSeverity::Error, 6, 0} << usdtTrc20
        << QStringLiteral("Amount: USDT-TRC20 has 6 decimal places; use at most 6 digits after the point.");
    QTest::newRow("to address required") << ValidationIssue{PayoutField::ToAddress, IssueCode::Required,
                                                            IssueSeverity::Error, 0, 0}
                                         << usdtTrc20
                                         << QStringLiteral("Recipient address: required. Paste the address you are "
                                                           "paying to.");
    QTest::newRow("memo on TRX") << ValidationIssue{PayoutField::Memo, IssueCode::MemoNotAllowed, IssueSeverity::Error,
                                                    0, 0}
                                 << QStringLiteral("195@195")
                                 << QStringLiteral("Memo: TRX payouts carry no memo; leave it empty.");
    QTest::newRow("cyrillic a")
        << ValidationIssue{PayoutField::ToAddress, IssueCode::NonAsciiCharacter, IssueSeverity::Error, 0, 0x0430}
        << usdtTrc20
        << QStringLiteral("Recipient address: contains U+0430 CYRILLIC SMALL LETTER A, which is not allowed");
    QTest::newRow("unnamed code point") << ValidationIssue{PayoutField::ToAddress, IssueCode::NonAsciiCharacter,
                                                           IssueSeverity::Error, 0, 0x1F600}
                                        << usdtTrc20 << QStringLiteral("Recipient address: contains U+1F600,");
    QTest::newRow("remark limit") << ValidationIssue{PayoutField::Remark, IssueCode::TooLong, IssueSeverity::Error, 256,
                                                     0}
                                  << usdtTrc20 << QStringLiteral("Remark: at most 256 characters");
}

void TestIssueText::exactWords()
{
    QFETCH(ValidationIssue, issue);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const QString text = paydesk::words::IssueText::text(issue, asset(currency));
    QVERIFY2(text.startsWith(expected), qPrintable(text));
}

void TestIssueText::memoIsNamedAfterTheChain_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("name");
    QTest::newRow("XRP") << QStringLiteral("144@144") << QStringLiteral("Destination tag");
    QTest::newRow("TRX") << QStringLiteral("195@195") << QStringLiteral("Memo");
}

void TestIssueText::memoIsNamedAfterTheChain()
{
    QFETCH(QString, currency);
    QFETCH(QString, name);
    const ValidationIssue issue{PayoutField::Memo, IssueCode::MemoRecommended, IssueSeverity::Warning, 0, 0};
    const std::optional<Asset> selected = asset(currency);
    QVERIFY(selected);
    QCOMPARE(paydesk::words::IssueText::fieldName(PayoutField::Memo, selected), name);
    QVERIFY2(paydesk::words::IssueText::text(issue, selected).startsWith(name + u':'),
             qPrintable(paydesk::words::IssueText::text(issue, selected)));
}

QTEST_GUILESS_MAIN(TestIssueText)
#include "tst_issuetext.moc"
