// Hostile input of every kind a person, a pasted text or a crafted file can bring, each with a
// clear message naming the field (or the line and column) and the fix; nothing crashes, hangs or
// queues anything. The count of kinds tried is printed at the end.
#include "FakeClock.h"
#include "TestPayout.h"
#include "TestStore.h"

#include "config/ProfileValidator.h"
#include "exchange/PayoutImport.h"
#include "money/AssetCatalogue.h"
#include "payout/PayoutValidator.h"
#include "words/IssueText.h"
#include "words/ProfileWords.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;
using payout::IssueCode;
using payout::PayoutField;

namespace {

int kindsTried = 0;

const QString tron = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
const QString xrp = QStringLiteral("rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh");

QString chars(std::initializer_list<char32_t> codePoints)
{
    QString text;
    for (char32_t c : codePoints) {
        text += QString::fromUcs4(&c, 1);
    }
    return text;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payoutFields_data();
    void payoutFields();
    void profileFields_data();
    void profileFields();
    void csvFiles_data();
    void csvFiles();
    void fileOverTheLimitIsRefusedUnread();
    void crAloneEndsALine();
    void cleanupTestCase();
};

void TestHostileInput::payoutFields_data()
{
    QTest::addColumn<QString>("field"); // which draft field carries the value
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("refusedField");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words"); // part of the message a person reads

    const QString usdt = TestPayout::usdtTrc20;
    const auto row = [&](const char* name, const char* field, const QString& value, PayoutField refused, IssueCode code,
                         const char* words, const QString& currency = TestPayout::usdtTrc20) {
        QTest::newRow(name) << QString::fromLatin1(field) << currency << value << int(refused) << int(code)
                            << QString::fromUtf8(words);
    };
    // Amounts.
    row("amount: empty", "amount", QString(), PayoutField::Amount, IssueCode::Required, "required");
    row("amount: only spaces", "amount", QStringLiteral("   "), PayoutField::Amount, IssueCode::Required, "required");
    row("amount: negative", "amount", QStringLiteral("-1"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: plus sign", "amount", QStringLiteral("+1"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: zero", "amount", QStringLiteral("0"), PayoutField::Amount, IssueCode::NotPositive, "");
    row("amount: zero with decimals", "amount", QStringLiteral("0.000000"), PayoutField::Amount, IssueCode::NotPositive,
        "");
    row("amount: exponent", "amount", QStringLiteral("1e6"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: hex", "amount", QStringLiteral("0x10"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: grouping commas", "amount", QStringLiteral("1,000"), PayoutField::Amount, IssueCode::NotPlainDecimal,
        "");
    row("amount: two points", "amount", QStringLiteral("1.2.3"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: inner space", "amount", QStringLiteral("1 000"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: NaN", "amount", QStringLiteral("NaN"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: infinity", "amount", QStringLiteral("inf"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: Arabic-Indic digits", "amount", chars({0x0661, 0x0662}), PayoutField::Amount,
        IssueCode::NotPlainDecimal, "");
    row("amount: fullwidth digits", "amount", chars({0xFF11, 0xFF12}), PayoutField::Amount, IssueCode::NotPlainDecimal,
        "");
    row("amount: NUL inside", "amount", QStringLiteral("1") + QChar(0) + QStringLiteral("5"), PayoutField::Amount,
        IssueCode::NotPlainDecimal, "");
    row("amount: right-to-left override", "amount", chars({0x202E}) + QStringLiteral("100"), PayoutField::Amount,
        IssueCode::NotPlainDecimal, "");
    row("amount: zero-width space", "amount", QStringLiteral("1") + chars({0x200B}) + QStringLiteral("00"),
        PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: too many decimals", "amount", QStringLiteral("1.1234567"), PayoutField::Amount,
        IssueCode::TooManyDecimals, "6");
    row("amount: a thousand digits", "amount", QString(1000, u'9'), PayoutField::Amount, IssueCode::TooLarge, "");
    row("amount: a megabyte of digits", "amount", QString(1 << 20, u'1'), PayoutField::Amount, IssueCode::TooLarge, "");
    row("amount: point only", "amount", QStringLiteral("."), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: leading point", "amount", QStringLiteral(".5"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    row("amount: letters", "amount", QStringLiteral("ten"), PayoutField::Amount, IssueCode::NotPlainDecimal, "");
    // Addresses.
    row("address: empty", "to", QString(), PayoutField::ToAddress, IssueCode::Required, "required");
    row("address: Cyrillic a", "to", QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F") + chars({0x0430}),
        PayoutField::ToAddress, IssueCode::NonAsciiCharacter, "CYRILLIC SMALL LETTER A");
    row("address: Greek omicron", "to", QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F") + chars({0x03BF}),
        PayoutField::ToAddress, IssueCode::NonAsciiCharacter, "GREEK SMALL LETTER OMICRON");
    row("address: fullwidth zero", "to", QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F") + chars({0xFF10}),
        PayoutField::ToAddress, IssueCode::NonAsciiCharacter, "FULLWIDTH DIGIT ZERO");
    row("address: no-break space", "to", QStringLiteral("TXsmKpEuW7qWnXzJ") + chars({0x00A0}) + QStringLiteral("LGP9"),
        PayoutField::ToAddress, IssueCode::NonAsciiCharacter, "NO-BREAK SPACE");
    row("address: right-to-left override", "to", chars({0x202E}) + tron, PayoutField::ToAddress,
        IssueCode::NonAsciiCharacter, "RIGHT-TO-LEFT OVERRIDE");
    row("address: left-to-right isolate", "to", tron + chars({0x2066}), PayoutField::ToAddress,
        IssueCode::NonAsciiCharacter, "LEFT-TO-RIGHT ISOLATE");
    row("address: NUL", "to", QStringLiteral("TXsmKpEuW7") + QChar(0) + QStringLiteral("qWnX"), PayoutField::ToAddress,
        IssueCode::ControlCharacter, "control character");
    row("address: tab inside", "to", QStringLiteral("TXsmKpEuW7\tqWnX"), PayoutField::ToAddress,
        IssueCode::ControlCharacter, "control character");
    row("address: line break inside", "to", QStringLiteral("TXsmKpEuW7\nqWnX"), PayoutField::ToAddress,
        IssueCode::ControlCharacter, "control character");
    row("address: CR inside", "to", QStringLiteral("TXsmKpEuW7\rqWnX"), PayoutField::ToAddress,
        IssueCode::ControlCharacter, "control character");
    row("address: inner space", "to", QStringLiteral("TXsmKpEuW7 qWnXzJLGP9eDLvWPR2GRn1FS"), PayoutField::ToAddress,
        IssueCode::ContainsWhitespace, "space");
    row("address: one character changed", "to", QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT"),
        PayoutField::ToAddress, IssueCode::AddressBadChecksum, "");
    row("address: too short", "to", QStringLiteral("TXsmKp"), PayoutField::ToAddress, IssueCode::AddressMalformed, "");
    row("address: a megabyte", "to", QString(1 << 20, u'T'), PayoutField::ToAddress, IssueCode::AddressMalformed, "");
    row("address: an EVM address on TRON", "to", QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
        PayoutField::ToAddress, IssueCode::AddressWrongNetwork, "");
    row("address: lone surrogate", "to", QStringLiteral("TXsmKp") + QChar(0xD800), PayoutField::ToAddress,
        IssueCode::NonAsciiCharacter, "");
    row("address: emoji", "to", QStringLiteral("TXsmKp") + chars({0x1F4B8}), PayoutField::ToAddress,
        IssueCode::NonAsciiCharacter, "");
    row("address: DEL", "to", QStringLiteral("TXsmKp") + QChar(0x7F), PayoutField::ToAddress,
        IssueCode::NonAsciiCharacter, "");
    row("from address: homoglyph", "from", QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F") + chars({0x0441}),
        PayoutField::FromAddress, IssueCode::NonAsciiCharacter, "CYRILLIC SMALL LETTER ES");
    // Memos.
    row("memo: destination tag with letters", "memo", QStringLiteral("12a"), PayoutField::Memo,
        IssueCode::MemoNotDestinationTag, "", QStringLiteral("XRP"));
    row("memo: destination tag beyond 32 bits", "memo", QStringLiteral("4294967296"), PayoutField::Memo,
        IssueCode::MemoNotDestinationTag, "", QStringLiteral("XRP"));
    row("memo: negative destination tag", "memo", QStringLiteral("-1"), PayoutField::Memo,
        IssueCode::MemoNotDestinationTag, "", QStringLiteral("XRP"));
    row("memo: on a chain without memos", "memo", QStringLiteral("hello"), PayoutField::Memo, IssueCode::MemoNotAllowed,
        "");
    row("memo: NUL", "memo", QStringLiteral("12") + QChar(0) + QStringLiteral("3"), PayoutField::Memo,
        IssueCode::ControlCharacter, "control character", QStringLiteral("XRP"));
    row("memo: right-to-left override", "memo", chars({0x202E}) + QStringLiteral("123"), PayoutField::Memo,
        IssueCode::InvisibleCharacter, "RIGHT-TO-LEFT OVERRIDE", QStringLiteral("XRP"));
    row("memo: zero-width joiner", "memo", QStringLiteral("12") + chars({0x200D}) + QStringLiteral("3"),
        PayoutField::Memo, IssueCode::InvisibleCharacter, "ZERO WIDTH JOINER", QStringLiteral("XRP"));
    row("memo: lone surrogate", "memo", QStringLiteral("12") + QChar(0xDC00), PayoutField::Memo, IssueCode::BrokenText,
        "not valid text", QStringLiteral("XRP"));
    // Remarks.
    row("remark: too long", "remark", QString(257, u'x'), PayoutField::Remark, IssueCode::TooLong, "256");
    row("remark: a megabyte", "remark", QString(1 << 20, u'x'), PayoutField::Remark, IssueCode::TooLong, "256");
    row("remark: NUL", "remark", QStringLiteral("rent") + QChar(0), PayoutField::Remark, IssueCode::ControlCharacter,
        "control character");
    row("remark: line break", "remark", QStringLiteral("rent\nMarch"), PayoutField::Remark, IssueCode::ControlCharacter,
        "control character");
    row("remark: CR alone", "remark", QStringLiteral("rent\rMarch"), PayoutField::Remark, IssueCode::ControlCharacter,
        "control character");
    row("remark: escape sequence", "remark", QStringLiteral("\x1b[31mred"), PayoutField::Remark,
        IssueCode::ControlCharacter, "control character");
    row("remark: DEL", "remark", QStringLiteral("rent") + QChar(0x7F), PayoutField::Remark, IssueCode::ControlCharacter,
        "control character");
    row("remark: C1 control", "remark", QStringLiteral("rent") + QChar(0x85), PayoutField::Remark,
        IssueCode::ControlCharacter, "control character");
    row("remark: right-to-left override", "remark", QStringLiteral("rent ") + chars({0x202E}) + QStringLiteral("0001"),
        PayoutField::Remark, IssueCode::InvisibleCharacter, "RIGHT-TO-LEFT OVERRIDE");
    row("remark: left-to-right override", "remark", chars({0x202D}) + QStringLiteral("x"), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "LEFT-TO-RIGHT OVERRIDE");
    row("remark: right-to-left embedding", "remark", chars({0x202B}) + QStringLiteral("x"), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "RIGHT-TO-LEFT EMBEDDING");
    row("remark: pop directional formatting", "remark", QStringLiteral("x") + chars({0x202C}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "POP DIRECTIONAL FORMATTING");
    row("remark: right-to-left isolate", "remark", chars({0x2067}) + QStringLiteral("x"), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "RIGHT-TO-LEFT ISOLATE");
    row("remark: first strong isolate", "remark", chars({0x2068}) + QStringLiteral("x"), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "FIRST STRONG ISOLATE");
    row("remark: pop directional isolate", "remark", QStringLiteral("x") + chars({0x2069}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "POP DIRECTIONAL ISOLATE");
    row("remark: right-to-left mark", "remark", QStringLiteral("x") + chars({0x200F}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "RIGHT-TO-LEFT MARK");
    row("remark: Arabic letter mark", "remark", QStringLiteral("x") + chars({0x061C}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "ARABIC LETTER MARK");
    row("remark: zero-width space", "remark", QStringLiteral("in") + chars({0x200B}) + QStringLiteral("voice"),
        PayoutField::Remark, IssueCode::InvisibleCharacter, "ZERO WIDTH SPACE");
    row("remark: zero-width non-joiner", "remark", QStringLiteral("x") + chars({0x200C}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "ZERO WIDTH NON-JOINER");
    row("remark: word joiner", "remark", QStringLiteral("x") + chars({0x2060}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "WORD JOINER");
    // QString::fromUcs4 would take a leading U+FEFF for a byte order mark: the character itself.
    row("remark: byte order mark inside", "remark", QStringLiteral("x") + QChar(0xFEFF), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "ZERO WIDTH NO-BREAK SPACE");
    row("remark: soft hyphen", "remark", QStringLiteral("in") + chars({0x00AD}) + QStringLiteral("voice"),
        PayoutField::Remark, IssueCode::InvisibleCharacter, "SOFT HYPHEN");
    row("remark: Hangul filler", "remark", QStringLiteral("x") + chars({0x3164}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "U+3164");
    row("remark: tag characters", "remark", QStringLiteral("x") + chars({0xE0041, 0xE0042}), PayoutField::Remark,
        IssueCode::InvisibleCharacter, "U+E0041");
    row("remark: lone high surrogate", "remark", QStringLiteral("x") + QChar(0xD83D), PayoutField::Remark,
        IssueCode::BrokenText, "not valid text");
    row("remark: lone low surrogate", "remark", QChar(0xDE00) + QStringLiteral("x"), PayoutField::Remark,
        IssueCode::BrokenText, "not valid text");
    row("remark: noncharacter", "remark", QStringLiteral("x") + QChar(0xFFFF), PayoutField::Remark,
        IssueCode::BrokenText, "not valid text");
    row("remark: noncharacter beyond the BMP", "remark", QStringLiteral("x") + chars({0x10FFFF}), PayoutField::Remark,
        IssueCode::BrokenText, "not valid text");
    // Currency and wallet.
    row("currency: unknown", "currency", QStringLiteral("NOPE"), PayoutField::Currency, IssueCode::UnknownCurrency, "",
        QStringLiteral("NOPE"));
    row("currency: NUL", "currency", QStringLiteral("USDT") + QChar(0), PayoutField::Currency,
        IssueCode::UnknownCurrency, "", QStringLiteral("USDT") + QChar(0));
    row("currency: homoglyph", "currency", QStringLiteral("USD") + chars({0x0422}), PayoutField::Currency,
        IssueCode::UnknownCurrency, "", QStringLiteral("USD") + chars({0x0422}));
    row("wallet: letters", "wallet", QStringLiteral("abc"), PayoutField::WalletId, IssueCode::NotAnInteger, "");
    row("wallet: beyond 64 bits", "wallet", QStringLiteral("99999999999999999999"), PayoutField::WalletId,
        IssueCode::NotAnInteger, "");
    row("wallet: negative", "wallet", QStringLiteral("-5"), PayoutField::WalletId, IssueCode::NotAnInteger, "");
    row("wallet: float", "wallet", QStringLiteral("1.5"), PayoutField::WalletId, IssueCode::NotAnInteger, "");
    row("wallet: zero", "wallet", QStringLiteral("0"), PayoutField::WalletId, IssueCode::NotAnInteger, "");
    row("wallet: fullwidth digits", "wallet", chars({0xFF11, 0xFF12}), PayoutField::WalletId, IssueCode::NotAnInteger,
        "");
    Q_UNUSED(usdt);
    Q_UNUSED(xrp);
}

void TestHostileInput::payoutFields()
{
    QFETCH(QString, field);
    QFETCH(QString, currency);
    QFETCH(QString, value);
    QFETCH(int, refusedField);
    QFETCH(int, code);
    QFETCH(QString, words);
    payout::PayoutDraft draft = TestPayout().draft();
    draft.currency = currency;
    if (currency == QLatin1String("XRP")) {
        draft.toAddress = xrp;
        draft.amount = QStringLiteral("1");
    }
    if (field == QLatin1String("amount")) {
        draft.amount = value;
    } else if (field == QLatin1String("to")) {
        draft.toAddress = value;
    } else if (field == QLatin1String("from")) {
        draft.fromAddress = value;
    } else if (field == QLatin1String("memo")) {
        draft.memo = value;
    } else if (field == QLatin1String("remark")) {
        draft.remark = value;
    } else if (field == QLatin1String("wallet")) {
        draft.walletId = value;
    }
    const payout::PayoutValidator validator(money::AssetCatalogue::builtIn());
    const payout::ValidationResult result = validator.validate(draft);
    QVERIFY2(!result.fields, "a hostile value was accepted");
    const payout::ValidationIssues issues = result.issuesFor(PayoutField(refusedField));
    QVERIFY(!issues.isEmpty());
    QCOMPARE(int(issues.first().code), code);
    const QString said = words::IssueText::text(issues.first(), std::nullopt);
    QVERIFY2(!said.isEmpty(), "every refusal is worded");
    QVERIFY2(said.contains(words), qPrintable(said));
    ++kindsTried;
}

void TestHostileInput::profileFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("pid");
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<QString>("teamDatabase");
    QTest::addColumn<int>("field");
    QTest::addColumn<QString>("words");
    using F = config::ProfileField;
    const QString url = QStringLiteral("https://t.cregis.dev");
    const QString pid = QStringLiteral("1382528827416576");
    const auto row = [&](const char* tag, const QString& name, const QString& baseUrl, const QString& p,
                         const QString& callback, const QString& team, F field, const char* words) {
        QTest::newRow(tag) << name << baseUrl << p << callback << team << int(field) << QString::fromUtf8(words);
    };
    const QString ok = QStringLiteral("Main");
    row("name: empty", QString(), url, pid, {}, {}, F::Name, "required");
    row("name: slash", QStringLiteral("a/b"), url, pid, {}, {}, F::Name, "letters, digits");
    row("name: NUL", QStringLiteral("a") + QChar(0), url, pid, {}, {}, F::Name, "letters, digits");
    row("name: right-to-left override", chars({0x202E}) + QStringLiteral("x"), url, pid, {}, {}, F::Name,
        "letters, digits");
    row("name: 200 characters", QString(200, u'a'), url, pid, {}, {}, F::Name, "up to 63");
    row("gateway: user and password", ok, QStringLiteral("https://u:p@t.cregis.dev"), pid, {}, {}, F::BaseUrl,
        "remove the user name and password");
    row("gateway: plain http", ok, QStringLiteral("http://t.cregis.dev"), pid, {}, {}, F::BaseUrl, "use https://");
    row("gateway: javascript", ok, QStringLiteral("javascript:alert(1)"), pid, {}, {}, F::BaseUrl, "not a URL");
    row("gateway: file", ok, QStringLiteral("file:///etc/passwd"), pid, {}, {}, F::BaseUrl, "not a URL");
    row("gateway: ftp", ok, QStringLiteral("ftp://t.cregis.dev"), pid, {}, {}, F::BaseUrl, "use an https://");
    row("gateway: spaces", ok, QStringLiteral("https://t cregis dev"), pid, {}, {}, F::BaseUrl, "not a URL");
    row("pid: letters", ok, url, QStringLiteral("abc"), {}, {}, F::Pid, "digits only");
    row("pid: beyond 64 bits", ok, url, QStringLiteral("99999999999999999999"), {}, {}, F::Pid, "digits only");
    row("pid: float", ok, url, QStringLiteral("1.5e15"), {}, {}, F::Pid, "digits only");
    row("callback: plain http", ok, url, pid, QStringLiteral("http://pay.example.com/cb"), {}, F::CallbackUrl,
        "https://");
    row("callback: with a password", ok, url, pid, QStringLiteral("https://u:p@pay.example.com/cb"), {}, F::CallbackUrl,
        "without a user name or password");
    row("team database: password", ok, url, pid, {}, QStringLiteral("postgresql://a:pw@db.example/p"), F::TeamDatabase,
        "remove the password");
    row("team database: clear text", ok, url, pid, {}, QStringLiteral("postgresql://a@db.example/p?sslmode=disable"),
        F::TeamDatabase, "verified TLS");
    row("team database: extra option", ok, url, pid, {}, QStringLiteral("postgresql://a@db.example/p?options=-c"),
        F::TeamDatabase, "only ?sslmode");
}

void TestHostileInput::profileFields()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, pid);
    QFETCH(QString, callbackUrl);
    QFETCH(QString, teamDatabase);
    QFETCH(int, field);
    QFETCH(QString, words);
    config::ProfileInput input;
    input.name = name;
    input.baseUrl = baseUrl;
    input.pid = pid;
    input.callbackUrl = callbackUrl;
    input.teamDatabase = teamDatabase;
    const config::ProfileCheck check = config::validateProfile(input);
    QVERIFY(!check.profile);
    QVERIFY(!check.issues.isEmpty());
    QCOMPARE(int(check.issues.first().field), field);
    const QString said = words::ProfileWords::issue(check.issues.first());
    QVERIFY2(said.contains(words), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String(":p@")) && !said.contains(QLatin1String("pw@")),
             "a password typed into a URL is never repeated");
    ++kindsTried;
}

void TestHostileInput::csvFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("words"); // in one of the problems
    const QByteArray header = "currency,to_address,amount,remark\n";
    const QByteArray good = "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1.5,ok\n";
    const auto row = [](const char* tag, const QByteArray& file, const char* words) {
        QTest::newRow(tag) << file << QString::fromUtf8(words);
    };
    row("empty file", QByteArray(), "");
    row("header only", header, "header but no payouts");
    row("header only, no line end", header.trimmed(), "header but no payouts");
    row("unterminated quote", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,\"open\n", "never closed");
    row("quote in the middle of a field", header + "USDT-TRC20,TX\"sm\",1,x\n", "line 2");
    row("CR alone inside a line", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,ok\rmore\n", "line 3");
    row("NUL byte", header + QByteArray("USDT-TRC20,T\0X,1,x\n", 19), "NUL byte");
    row("invalid UTF-8", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,caf\xe9\n", "not UTF-8");
    row("overlong UTF-8", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,\xc0\xaf\n", "not UTF-8");
    row("UTF-8 surrogate", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,\xed\xa0\x80\n", "not UTF-8");
    row("a million columns", QByteArray(1000000, ',') + "\n" + good, "columns");
    row("forty columns", QByteArray("currency,to_address,amount") + QByteArray(",x").repeated(40) + "\n" + good,
        "line 1");
    row("field of a megabyte",
        header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1," + QByteArray(1 << 20, 'x') + "\n",
        "longer than 4096");
    row("unknown column", "currency,to_address,amount,colour\n" + good, "line 1, column colour");
    row("column twice", "currency,to_address,amount,AMOUNT\n", "appears twice");
    row("required column missing", "currency,amount\nUSDT-TRC20,1\n", "column to_address");
    row("too few fields", header + "USDT-TRC20,1.5\n", "line 2:");
    row("too many fields", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,x,y\n", "line 2:");
    row("homoglyph address", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F\xd0\xb0,1,x\n",
        "line 2, column to_address");
    row("right-to-left override in a remark",
        header
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,\xe2\x80\xae"
              "x\n",
        "line 2, column remark");
    row("zero-width space in an amount", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1\xe2\x80\x8b,x\n",
        "line 2, column amount");
    row("negative amount", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,-1,x\n", "line 2, column amount");
    row("exponent amount", header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1e9,x\n", "line 2, column amount");
    row("formula in a remark is text, the bad amount beside it named",
        header + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,x,=cmd|' /C calc'!A0\n", "line 2, column amount");
    row("bad row after good ones", header + good + good + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,abc,x\n",
        "line 4, column amount");
    row("embedded line break in an address", header + "USDT-TRC20,\"TXsmKpEuW7qWnXzJ\nLGP9eDLvWPR2GRn1FS\",1,x\n",
        "line 2, column to_address");
    row("only line ends", QByteArray("\n\n\n"), "");
    row("binary garbage", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "");
    row("BOM then nothing", QByteArray("\xef\xbb\xbf"), "");
    row("third_party_id with spaces",
        "currency,to_address,amount,third_party_id\n"
        "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,a b\n",
        "column third_party_id");
}

void TestHostileInput::csvFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, words);
    QTemporaryDir dir;
    FakeClock clock;
    const store::StoreScope scope{QStringLiteral("main"), 1, QStringLiteral("https://t.cregis.dev")};
    TestStore store = TestStore::open(dir.filePath(QStringLiteral("p.sqlite")), scope, clock);
    QVERIFY(store);
    config::Profile profile;
    profile.name = scope.profile;
    profile.baseUrl = scope.gateway;
    profile.pid = scope.projectPid;
    const money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    workflow::PayoutIntake intake(*store, catalogue, profile, clock);
    exchange::PayoutImport import(intake, *store, catalogue, clock);
    const exchange::ImportPlan plan = import.check(file);
    QVERIFY2(!plan.canQueue(true), "a hostile file would have queued payouts");
    QVERIFY(!plan.problems.isEmpty());
    QStringList said;
    for (const exchange::ImportProblem& problem : plan.problems) {
        QVERIFY2(!problem.reason.isEmpty(), "every problem is worded");
        said << problem.text();
    }
    QVERIFY2(said.join(u'\n').contains(words), qPrintable(said.join(u'\n')));
    QVERIFY(!import.queue(plan, true, QStringLiteral("alice")).ids);
    QCOMPARE(store->countPayouts(store::PayoutQuery::every()), 0);
    ++kindsTried;
}

void TestHostileInput::fileOverTheLimitIsRefusedUnread()
{
    QTemporaryDir dir;
    FakeClock clock;
    const store::StoreScope scope{QStringLiteral("main"), 1, QStringLiteral("https://t.cregis.dev")};
    TestStore store = TestStore::open(dir.filePath(QStringLiteral("p.sqlite")), scope, clock);
    config::Profile profile;
    profile.name = scope.profile;
    const money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    workflow::PayoutIntake intake(*store, catalogue, profile, clock);
    exchange::PayoutImport import(intake, *store, catalogue, clock);
    // A sparse file one byte over the limit: refused by its size, so reading it costs nothing.
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(exchange::PayoutImport::maxFileBytes + 1));
    file.close();
    const exchange::ImportPlan plan = import.read(path);
    QVERIFY(!plan.canQueue(true));
    QVERIFY(!plan.problems.isEmpty());
    QVERIFY2(plan.problems.first().reason.contains(QLatin1String("64")), qPrintable(plan.problems.first().text()));
    ++kindsTried;
}

void TestHostileInput::crAloneEndsALine()
{
    // Files from old spreadsheets end lines with CR alone: read as lines, never as one long line.
    QTemporaryDir dir;
    FakeClock clock;
    const store::StoreScope scope{QStringLiteral("main"), 1, QStringLiteral("https://t.cregis.dev")};
    TestStore store = TestStore::open(dir.filePath(QStringLiteral("p.sqlite")), scope, clock);
    config::Profile profile;
    profile.name = scope.profile;
    const money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    workflow::PayoutIntake intake(*store, catalogue, profile, clock);
    exchange::PayoutImport import(intake, *store, catalogue, clock);
    const exchange::ImportPlan plan = import.check("currency,to_address,amount\rUSDT-TRC20,"
                                                   "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1.5\rUSDT-TRC20,"
                                                   "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,2\r");
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.rows.size(), 2);
    QCOMPARE(plan.rows.at(1).line, 3);
}

void TestHostileInput::cleanupTestCase()
{
    qInfo("%d kinds of hostile input tried: each refused with its field or line named, nothing queued", kindsTried);
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
