// Address checks per chain family against public vectors. Every address below is copied from a
// public source named next to it; none was made up. Corrupted forms are made from those by
// changing one character, and the test says which.
#include "address/AddressCheck.h"
#include "address/Base58.h"
#include "address/Bech32.h"
#include "address/Crc16.h"
#include "address/Eip55.h"
#include "address/SameAddress.h"
#include "address/SegwitAddress.h"

#include <QTest>

using paydesk::money::ChainFamily;

namespace paydesk::address {

// Found by QCOMPARE through argument-dependent lookup: failures print names, not numbers.
char* toString(AddressProblem problem)
{
    const char* names[] = {"None",        "Empty",        "NonAscii",     "BadCharacter", "BadLength",
                           "BadChecksum", "WrongNetwork", "WrongVersion", "BadEncoding",  "UnknownChain"};
    return qstrdup(names[static_cast<int>(problem)]);
}

char* toString(AddressNote note)
{
    return qstrdup(note == AddressNote::None ? "None" : "NoChecksum");
}

} // namespace paydesk::address

using namespace paydesk::address;

namespace {

// BIP-173 and BIP-350 (github.com/bitcoin/bips, bip-0173.mediawiki and bip-0350.mediawiki,
// "Test vectors"). Segwit addresses with their scriptPubKey from the same lists.
struct SegwitVector
{
    const char* address;
    const char* scriptPubKey;
};

const SegwitVector bip350ValidSegwit[] = {
    {"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "0014751e76e8199196d454941c45d1b3a323f1433bd6"},
    {"tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
     "00201863143c14c5166804bd19203356da136c985678cd4d27a1b8c6329604903262"},
    {"bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y",
     "5128751e76e8199196d454941c45d1b3a323f1433bd6751e76e8199196d454941c45d1b3a323f1433bd6"},
    {"BC1SW50QGDZ25J", "6002751e"},
    {"bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs", "5210751e76e8199196d454941c45d1b3a323"},
    {"tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy",
     "0020000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"},
    {"tb1pqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesf3hn0c",
     "5120000000c4a5cad46221b2a187905e5266362b99d5e91c6ce24d165dab93e86433"},
    {"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
     "512079be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"},
};

} // namespace

class TestAddress : public QObject
{
    Q_OBJECT

private slots:
    void bech32Strings_data();
    void bech32Strings();
    void segwitScriptPubKeys();
    void base58KnownPayload();
    void crc16KnownAnswer();
    void eip55Encoding_data();
    void eip55Encoding();

    void generic_data();
    void generic();
    void bitcoin_data();
    void bitcoin();
    void litecoin_data();
    void litecoin();
    void dogecoin_data();
    void dogecoin();
    void evm_data();
    void evm();
    void tron_data();
    void tron();
    void xrp_data();
    void xrp();
    void ton_data();
    void ton();

    void detailsSayWhy();
    void sameRecipient_data();
    void sameRecipient();

private:
    static void addressColumns();
    static void verifyAddress();
};

// --- codecs ---------------------------------------------------------------------------------

void TestAddress::bech32Strings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AddressProblem>("problem");
    QTest::addColumn<Bech32Variant>("variant");

    const auto valid = [](const char* text, Bech32Variant variant) {
        QTest::newRow(text) << QString::fromLatin1(text) << AddressProblem::None << variant;
    };
    const auto invalid = [](const char* name, const QString& text, AddressProblem problem) {
        QTest::newRow(name) << text << problem << Bech32Variant::Bech32;
    };
    // BIP-173 valid bech32 strings.
    for (const char* text :
         {"A12UEL5L", "a12uel5l",
          "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
          "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
          "11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j",
          "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w", "?1ezyfcl"}) {
        valid(text, Bech32Variant::Bech32);
    }
    // BIP-350 valid bech32m strings.
    for (const char* text :
         {"A1LQFN3A", "a1lqfn3a",
          "an83characterlonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11sg7hg6",
          "abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx",
          "11llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllludsr8",
          "split1checkupstagehandshakeupstreamerranterredcaperredlc445v", "?1v759aa"}) {
        valid(text, Bech32Variant::Bech32m);
    }
    // BIP-173 invalid strings, with the BIP's reason.
    invalid("173: HRP character 0x20", QChar(0x20) + QStringLiteral("1nwldj5"), AddressProblem::BadCharacter);
    invalid("173: HRP character 0x7F", QChar(0x7f) + QStringLiteral("1axkwrx"), AddressProblem::BadCharacter);
    invalid("173: HRP character 0x80", QChar(0x80) + QStringLiteral("1eym55h"), AddressProblem::BadCharacter);
    invalid(
        "173: overall max length exceeded",
        QStringLiteral("an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx"),
        AddressProblem::BadLength);
    invalid("173: no separator", QStringLiteral("pzry9x0s0muk"), AddressProblem::BadEncoding);
    invalid("173: empty HRP 1pzry9x0s0muk", QStringLiteral("1pzry9x0s0muk"), AddressProblem::BadEncoding);
    invalid("173: invalid data character", QStringLiteral("x1b4n0q5v"), AddressProblem::BadCharacter);
    invalid("173: too short checksum", QStringLiteral("li1dgmt3"), AddressProblem::BadLength);
    invalid("173: invalid character in checksum", QStringLiteral("de1lg7wt") + QChar(0xff),
            AddressProblem::BadCharacter);
    invalid("173: checksum of upper-case HRP", QStringLiteral("A1G7SGD8"), AddressProblem::BadChecksum);
    invalid("173: empty HRP 10a06t8", QStringLiteral("10a06t8"), AddressProblem::BadEncoding);
    invalid("173: empty HRP 1qzzfhee", QStringLiteral("1qzzfhee"), AddressProblem::BadEncoding);
    // BIP-350 invalid strings.
    invalid("350: HRP character 0x20", QChar(0x20) + QStringLiteral("1xj0phk"), AddressProblem::BadCharacter);
    invalid("350: HRP character 0x7F", QChar(0x7f) + QStringLiteral("1g6xzxy"), AddressProblem::BadCharacter);
    invalid("350: HRP character 0x80", QChar(0x80) + QStringLiteral("1vctc34"), AddressProblem::BadCharacter);
    invalid(
        "350: overall max length exceeded",
        QStringLiteral("an84characterslonghumanreadablepartthatcontainsthetheexcludedcharactersbioandnumber11d6pts4"),
        AddressProblem::BadLength);
    invalid("350: no separator", QStringLiteral("qyrz8wqd2c9m"), AddressProblem::BadEncoding);
    invalid("350: empty HRP 1qyrz8wqd2c9m", QStringLiteral("1qyrz8wqd2c9m"), AddressProblem::BadEncoding);
    invalid("350: invalid data character y1b0jsk6g", QStringLiteral("y1b0jsk6g"), AddressProblem::BadCharacter);
    invalid("350: invalid data character lt1igcx5c0", QStringLiteral("lt1igcx5c0"), AddressProblem::BadCharacter);
    invalid("350: too short checksum", QStringLiteral("in1muywd"), AddressProblem::BadLength);
    invalid("350: invalid character in checksum mm1crxm3i", QStringLiteral("mm1crxm3i"), AddressProblem::BadCharacter);
    invalid("350: invalid character in checksum au1s5cgom", QStringLiteral("au1s5cgom"), AddressProblem::BadCharacter);
    invalid("350: checksum of upper-case HRP", QStringLiteral("M1VUXWEZ"), AddressProblem::BadChecksum);
    invalid("350: empty HRP 16plkw9", QStringLiteral("16plkw9"), AddressProblem::BadEncoding);
    invalid("350: empty HRP 1p2gdwpf", QStringLiteral("1p2gdwpf"), AddressProblem::BadEncoding);
}

void TestAddress::bech32Strings()
{
    QFETCH(QString, text);
    QFETCH(AddressProblem, problem);
    QFETCH(Bech32Variant, variant);

    const Bech32String decoded = decodeBech32(text);
    QCOMPARE(decoded.problem, problem);
    if (problem == AddressProblem::None) {
        QCOMPARE(decoded.variant, variant);
        QCOMPARE(decoded.hrp, text.left(text.lastIndexOf(u'1')).toLower());
    }
}

void TestAddress::segwitScriptPubKeys()
{
    // The witness version and program must be exactly those behind the BIP's scriptPubKey:
    // OP_0 or OP_1..OP_16 (0x51..0x60), a push of the program's length, the program.
    for (const SegwitVector& vector : bip350ValidSegwit) {
        const SegwitProgram decoded = decodeSegwitAddress(QString::fromLatin1(vector.address));
        QVERIFY2(decoded.problem == AddressProblem::None, vector.address);
        QByteArray script;
        script.append(static_cast<char>(decoded.version == 0 ? 0x00 : 0x50 + decoded.version));
        script.append(static_cast<char>(decoded.program.size()));
        script.append(decoded.program);
        QCOMPARE(script.toHex(), QByteArray(vector.scriptPubKey));
    }
}

void TestAddress::base58KnownPayload()
{
    // The genesis block's coinbase address and its widely published HASH160.
    const Base58Decoded decoded = decodeBase58(QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), bitcoinBase58, 25);
    QCOMPARE(decoded.status, Base58Decoded::Status::Ok);
    QCOMPARE(decoded.bytes.size(), 25);
    QCOMPARE(decoded.bytes.at(0), '\0');
    QCOMPARE(decoded.bytes.mid(1, 20).toHex(), QByteArray("62e907b15cbf27d5425399ebf6f0fb50ebb88f18"));

    const Base58Decoded bad = decodeBase58(QStringLiteral("1A1zP1eP5QGef0"), bitcoinBase58, 25);
    QCOMPARE(bad.status, Base58Decoded::Status::BadCharacter);
    QCOMPARE(bad.position, 13);

    const Base58Decoded tooLong = decodeBase58(QString(40, u'z'), bitcoinBase58, 25);
    QCOMPARE(tooLong.status, Base58Decoded::Status::TooLong);
}

void TestAddress::crc16KnownAnswer()
{
    // The "check" value of CRC-16/XMODEM in the CRC RevEng catalogue.
    QCOMPARE(crc16Xmodem("123456789"), quint16(0x31c3));
    QCOMPARE(crc16Xmodem(QByteArrayView()), quint16(0));
}

void TestAddress::eip55Encoding_data()
{
    QTest::addColumn<QString>("address");
    // EIP-55 "Test Cases" (github.com/ethereum/ERCs, ERCS/erc-55.md): all caps, all lower, normal.
    for (const char* address :
         {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
          "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
          "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
          "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"}) {
        QTest::newRow(address) << QString::fromLatin1(address);
    }
}

void TestAddress::eip55Encoding()
{
    QFETCH(QString, address);
    const QString digits = address.mid(2);
    QCOMPARE(eip55Checksummed(digits.toLower()), digits);
    QCOMPARE(eip55Checksummed(digits.toUpper()), digits);
}

// --- checkAddress per family ----------------------------------------------------------------

void TestAddress::addressColumns()
{
    QTest::addColumn<ChainFamily>("family");
    QTest::addColumn<QString>("chainId");
    QTest::addColumn<QString>("address");
    QTest::addColumn<AddressProblem>("problem");
    QTest::addColumn<AddressNote>("note");
}

void TestAddress::verifyAddress()
{
    QFETCH(ChainFamily, family);
    QFETCH(QString, chainId);
    QFETCH(QString, address);
    QFETCH(AddressProblem, problem);
    QFETCH(AddressNote, note);

    const AddressCheck check = checkAddress(family, chainId, address);
    QCOMPARE(check.problem, problem);
    QCOMPARE(check.ok(), problem == AddressProblem::None);
    QCOMPARE(check.note, note);
    // Every refusal says why, for the log.
    QVERIFY(check.ok() || !check.detail.isEmpty());
}

namespace {

void row(const char* name, ChainFamily family, const char* chainId, const QString& address, AddressProblem problem,
         AddressNote note = AddressNote::None)
{
    QTest::newRow(name) << family << QString::fromLatin1(chainId) << address << problem << note;
}

void row(const char* name, ChainFamily family, const char* chainId, const char* address, AddressProblem problem,
         AddressNote note = AddressNote::None)
{
    row(name, family, chainId, QString::fromLatin1(address), problem, note);
}

} // namespace

void TestAddress::generic_data()
{
    addressColumns();
    row("empty", ChainFamily::Bitcoin, "0", "", AddressProblem::Empty);
    row("empty on an unknown chain", ChainFamily::Unknown, "999", "", AddressProblem::Empty);
    row("zero-width space inside", ChainFamily::Bitcoin, "0",
        QStringLiteral("bc1qw508d6qejxtdg4y5r3zar") + QChar(0x200b) + QStringLiteral("vary0c5xw7kv8f3t4"),
        AddressProblem::NonAscii);
    row("Cyrillic a", ChainFamily::Evm, "60",
        QStringLiteral("0x5") + QChar(0x0430) + QStringLiteral("Aeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
        AddressProblem::NonAscii);
    row("unknown family", ChainFamily::Unknown, "5000", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        AddressProblem::UnknownChain);
    row("Bitcoin family, unknown chain", ChainFamily::Bitcoin, "1", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        AddressProblem::UnknownChain);
}

void TestAddress::generic()
{
    verifyAddress();
}

void TestAddress::bitcoin_data()
{
    addressColumns();
    const auto btc = [](const char* name, const char* address, AddressProblem problem) {
        row(name, ChainFamily::Bitcoin, "0", address, problem);
    };
    // Mainnet Base58Check: the genesis address; the P2SH example of the Bitcoin wiki; two from
    // trezor/trezor-address-validator test/wallet_address_validator.js.
    btc("P2PKH genesis", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::None);
    btc("P2SH", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", AddressProblem::None);
    btc("P2PKH trezor", "12KYrjTdVGjFMtaxERSk3gphreJ5US8aUP", AddressProblem::None);
    btc("P2SH trezor", "3FyVFsEyyBPzHjD3qUEgX7Jsn4tcHNZFkn", AddressProblem::None);

    // BIP-350 valid segwit addresses: mainnet ones pass, testnet ones are another network.
    for (const SegwitVector& vector : bip350ValidSegwit) {
        const bool testnet = QByteArray(vector.address).toLower().startsWith("tb1");
        btc(vector.address, vector.address, testnet ? AddressProblem::WrongNetwork : AddressProblem::None);
    }
    btc("P2WPKH lower case", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", AddressProblem::None);

    // BIP-350 invalid segwit addresses, each with the problem its stated reason maps to.
    btc("350: invalid HRP", "tc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq5zuyut",
        AddressProblem::WrongNetwork);
    btc("350: v1 in bech32", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd",
        AddressProblem::WrongVersion);
    btc("350: testnet v2 in bech32", "tb1z0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqglt7rf",
        AddressProblem::WrongVersion);
    btc("350: v16 in bech32", "BC1S0XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ54WELL",
        AddressProblem::WrongVersion);
    btc("350: v0 in bech32m", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh", AddressProblem::WrongVersion);
    btc("350: testnet v0 in bech32m", "tb1q0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq24jc47",
        AddressProblem::WrongVersion);
    btc("350: invalid character in checksum", "bc1p38j9r5y49hruaue7wxjce0updqjuyyx0kh56v8s25huc6995vvpql3jow4",
        AddressProblem::BadCharacter);
    btc("350: witness version 17", "BC130XLXVLHEMJA6C4DQV22UAPCTQUPFHLXM9H8Z3K2E72Q4K9HCZ7VQ7ZWS8R",
        AddressProblem::WrongVersion);
    btc("350: 1-byte program", "bc1pw5dgrnzv", AddressProblem::BadLength);
    btc("350: 41-byte program", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v8n0nx0muaewav253zgeav",
        AddressProblem::BadLength);
    btc("350: 16-byte v0 program", "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", AddressProblem::BadLength);
    btc("350: mixed case", "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vq47Zagq",
        AddressProblem::BadEncoding);
    btc("350: padding over 4 bits", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7v07qwwzcrf",
        AddressProblem::BadEncoding);
    btc("350: non-zero padding", "tb1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpggkg4j",
        AddressProblem::BadEncoding);
    btc("350: empty data section", "bc1gmk9yu", AddressProblem::BadEncoding);

    // BIP-173 invalid segwit addresses.
    btc("173: invalid HRP", "tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty", AddressProblem::WrongNetwork);
    btc("173: invalid checksum (last character changed)", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5",
        AddressProblem::BadChecksum);
    btc("173: witness version 17", "BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2", AddressProblem::WrongVersion);
    btc("173: 1-byte program", "bc1rw5uspcuh", AddressProblem::BadLength);
    btc("173: 41-byte program", "bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90",
        AddressProblem::BadLength);
    btc("173: 16-byte v0 program", "BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P", AddressProblem::BadLength);
    btc("173: mixed case", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7",
        AddressProblem::BadEncoding);
    btc("173: padding over 4 bits", "bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du", AddressProblem::BadEncoding);
    btc("173: non-zero padding", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv",
        AddressProblem::BadEncoding);
    // BIP-173's own v1+ examples are bech32; BIP-350 makes them invalid.
    btc("173 v1 example, now needs bech32m",
        "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx", AddressProblem::WrongVersion);
    btc("173 v16 example, now needs bech32m", "BC1SW50QA3JX3S", AddressProblem::WrongVersion);
    btc("173 v2 example, now needs bech32m", "bc1zw508d6qejxtdg4y5r3zarvaryvg6kdaj", AddressProblem::WrongVersion);

    // One character changed in a valid address.
    btc("P2PKH last a->b", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", AddressProblem::BadChecksum);
    btc("P2SH last y->z", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLz", AddressProblem::BadChecksum);
    btc("P2PKH last a->0 (not base58)", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0", AddressProblem::BadCharacter);
    btc("P2PKH last a->l (not base58)", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl", AddressProblem::BadCharacter);
    btc("taproot q->p", "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vpzk5jj0", AddressProblem::BadChecksum);

    // Testnet Base58Check (trezor-address-validator's testnet vectors): version 0x6f and 0xc4.
    btc("testnet P2PKH", "mzBc4XEFSdzCDcTxAgf6EZXgsZWpztRhef", AddressProblem::WrongNetwork);
    btc("testnet P2SH", "2MxKEf2su6FGAUfCEAHreGFQvEYrfYNHvL7", AddressProblem::WrongNetwork);

    // Valid addresses of other chains: named as such, not as garbage.
    btc("LTC P2PKH on BTC", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", AddressProblem::WrongNetwork);
    btc("LTC segwit on BTC", "ltc1qajkrze8gc5qdx2ehldsmd596a2gprnn50a53mj3xxvy0zgtdq6gqumv03a",
        AddressProblem::WrongNetwork);
    btc("DOGE on BTC", "DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSU", AddressProblem::WrongNetwork);
    btc("TRON on BTC", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::WrongNetwork);
    btc("EVM on BTC", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::WrongNetwork);
    btc("XRP on BTC", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", AddressProblem::WrongNetwork);
    btc("garbage", "hello world", AddressProblem::BadCharacter);
}

void TestAddress::bitcoin()
{
    verifyAddress();
}

void TestAddress::litecoin_data()
{
    addressColumns();
    const auto ltc = [](const char* name, const char* address, AddressProblem problem) {
        row(name, ChainFamily::Bitcoin, "2", address, problem);
    };
    // trezor/trezor-address-validator test/wallet_address_validator.js (litecoin).
    ltc("P2PKH LVg2", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", AddressProblem::None);
    ltc("P2PKH LTpY", "LTpYZG19YmfvY2bBDYtCKpunVRw7nVgRHW", AddressProblem::None);
    ltc("P2PKH Lb6w", "Lb6wDP2kHGyWC7vrZuZAgV7V4ECyDdH7a6", AddressProblem::None);
    ltc("P2SH M", "MUWheVyCBf3Fm3WNNXvotQ3Gj8NTSZCBVe", AddressProblem::None);
    ltc("legacy P2SH 3", "3NJZLcZEEYBpxYEUGewU4knsQRn1WM5Fkt", AddressProblem::None);
    ltc("P2WSH ltc1", "ltc1qajkrze8gc5qdx2ehldsmd596a2gprnn50a53mj3xxvy0zgtdq6gqumv03a", AddressProblem::None);
    // A Litecoin P2WPKH address from a public Go validator's test table (ValidateLitecoin).
    ltc("P2WPKH ltc1", "ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea", AddressProblem::None);

    ltc("P2PKH last 9->8", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH8", AddressProblem::BadChecksum);
    ltc("P2PKH last 9->0", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH0", AddressProblem::BadCharacter);
    ltc("segwit last a->c", "ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfec", AddressProblem::BadChecksum);

    ltc("testnet P2SH Q", "QW2SvwjaJU8LD6GSmtm1PHnBG2xPuxwZFy", AddressProblem::WrongNetwork);
    ltc("testnet P2PKH m", "mzBc4XEFSdzCDcTxAgf6EZXgsZWpztRhef", AddressProblem::WrongNetwork);
    ltc("BTC P2PKH on LTC", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::WrongNetwork);
    ltc("BTC segwit on LTC", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", AddressProblem::WrongNetwork);
    ltc("DOGE on LTC", "DPS6iZj7roHquvwRYXNBua9QtKPzigUUhM", AddressProblem::WrongNetwork);
}

void TestAddress::litecoin()
{
    verifyAddress();
}

void TestAddress::dogecoin_data()
{
    addressColumns();
    const auto doge = [](const char* name, const char* address, AddressProblem problem) {
        row(name, ChainFamily::Bitcoin, "3", address, problem);
    };
    // trezor/trezor-address-validator test/wallet_address_validator.js (dogecoin).
    doge("P2PKH DPpJ", "DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSU", AddressProblem::None);
    doge("P2PKH DNzL", "DNzLUN6MyYVS5zf4Xc2yK69V3dXs6Mxia5", AddressProblem::None);
    doge("P2PKH DPS6", "DPS6iZj7roHquvwRYXNBua9QtKPzigUUhM", AddressProblem::None);
    doge("P2SH A", "A7JjzK9k9x5b2MkkQzqt91WZsuu7wTu6iS", AddressProblem::None);

    doge("P2PKH last U->V", "DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSV", AddressProblem::BadChecksum);
    doge("P2PKH last U->I (not base58)", "DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSI", AddressProblem::BadCharacter);

    doge("BTC segwit on DOGE (no segwit)", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", AddressProblem::WrongNetwork);
    doge("BTC P2PKH on DOGE", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::WrongNetwork);
    doge("testnet P2SH on DOGE", "2MxKEf2su6FGAUfCEAHreGFQvEYrfYNHvL7", AddressProblem::WrongNetwork);
    doge("LTC on DOGE", "LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9", AddressProblem::WrongNetwork);
}

void TestAddress::dogecoin()
{
    verifyAddress();
}

void TestAddress::evm_data()
{
    addressColumns();
    const auto evm = [](const char* name, const char* chainId, const char* address, AddressProblem problem,
                        AddressNote note = AddressNote::None) {
        row(name, ChainFamily::Evm, chainId, address, problem, note);
    };
    // EIP-55 "Test Cases" (ethereum/ERCs ERCS/erc-55.md). The all-caps and all-lower ones are their
    // own checksummed form, yet a reader cannot tell that from the case: they carry no check.
    evm("EIP-55 all caps 1", "60", "0x52908400098527886E0F7030069857D2E4169EE7", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("EIP-55 all caps 2", "60", "0x8617E340B3D01FA5F11F306F4090FD50E238070D", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("EIP-55 all lower 1", "60", "0xde709f2102306220921060314715629080e2fb77", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("EIP-55 all lower 2", "60", "0x27b1fdb04752bbc536007a920d24acb045561c26", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("EIP-55 normal 1", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::None);
    evm("EIP-55 normal 2", "60", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", AddressProblem::None);
    evm("EIP-55 normal 3", "2510", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", AddressProblem::None);
    evm("EIP-55 normal 4", "2610", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", AddressProblem::None);
    // trezor-address-validator's Ethereum vectors.
    evm("trezor E37c", "60", "0xE37c0D48d68da5c5b14E5c1a9f1CFE802776D9FF", AddressProblem::None);
    evm("trezor a003", "60", "0xa00354276d2fC74ee91e37D085d35748613f4748", AddressProblem::None);
    evm("trezor Aff4", "60", "0xAff4d6793F584a473348EbA058deb8caad77a288", AddressProblem::None);
    // USDT-ERC20's contract as the Cregis docs write it: all lower.
    evm("USDT contract, lower", "60", "0xdac17f958d2ee523a2206206994597c13d831ec7", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("normal 1 lowered", "60", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", AddressProblem::None,
        AddressNote::NoChecksum);
    evm("normal 1 uppered", "60", "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", AddressProblem::None,
        AddressNote::NoChecksum);

    // One letter's case flipped breaks EIP-55.
    evm("normal 1, last d->D", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", AddressProblem::BadChecksum);
    evm("normal 2, first f->F", "60", "0xFB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", AddressProblem::BadChecksum);
    evm("normal 4, D->d", "60", "0xd1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", AddressProblem::BadChecksum);
    evm("normal 1, one digit changed", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe0", AddressProblem::BadChecksum);

    evm("upper-case prefix", "60", "0X5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::BadEncoding);
    evm("no prefix", "60", "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::BadEncoding);
    evm("39 digits", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", AddressProblem::BadLength);
    evm("41 digits", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed0", AddressProblem::BadLength);
    evm("non-hex g", "60", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", AddressProblem::BadCharacter);

    // The classic mistake: a TRON address in an ERC-20 payout. It is a valid address, of TRON.
    evm("TRON on chain 60", "60", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::WrongNetwork);
    evm("BTC on chain 2510", "2510", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::WrongNetwork);
}

void TestAddress::evm()
{
    verifyAddress();
}

void TestAddress::tron_data()
{
    addressColumns();
    const auto tron = [](const char* name, const char* chainId, const QString& address, AddressProblem problem) {
        row(name, ChainFamily::Tron, chainId, address, problem);
    };
    const auto tronText = [&](const char* name, const char* chainId, const char* address, AddressProblem problem) {
        tron(name, chainId, QString::fromLatin1(address), problem);
    };
    // docs/cregis-api.md: the payout vector's address, the USDT-TRC20 and USDC-TRC20 contracts,
    // and the test-net token; trezor-address-validator's TRX vector.
    tronText("Cregis payout vector", "195", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::None);
    tronText("USDT-TRC20 contract", "195", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", AddressProblem::None);
    tronText("USDC-TRC20 contract", "195", "TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8", AddressProblem::None);
    tronText("trezor TRX", "195", "TNDzfERDpxLDS2w1q6yaFC7pzqaSQ3Bg3r", AddressProblem::None);
    tronText("test-net token on 198", "198", "TG3XXyExBkPp9nzdajDZsozEu4BkaSJozs", AddressProblem::None);
    tronText("Cregis vector on 198", "198", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::None);

    tronText("last S->T", "195", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT", AddressProblem::BadChecksum);
    tronText("last S->0 (not base58)", "195", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F0", AddressProblem::BadCharacter);
    tronText("last character dropped", "195", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F", AddressProblem::BadLength);
    tronText("character added", "195", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FSS", AddressProblem::BadLength);

    // The hex form of the USDT contract, derived from its base58 form: the right account, the
    // wrong spelling for Cregis.
    const Base58Decoded usdt = decodeBase58(QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), bitcoinBase58, 25);
    tron("hex form", "195", QString::fromLatin1(usdt.bytes.left(21).toHex()), AddressProblem::BadEncoding);

    tronText("BTC on TRON", "195", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::WrongNetwork);
    tronText("EVM on TRON", "195", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::WrongNetwork);
    tronText("XRP on TRON", "195", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", AddressProblem::WrongNetwork);
}

void TestAddress::tron()
{
    verifyAddress();
}

void TestAddress::xrp_data()
{
    addressColumns();
    const auto xrp = [](const char* name, const char* address, AddressProblem problem) {
        row(name, ChainFamily::Xrp, "144", address, problem);
    };
    // The Cregis docs' XRP addresses; the genesis account; trezor-address-validator's ripple
    // vectors; the classic address behind xrpl.js's X-address vectors.
    xrp("Cregis rn5J", "rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc", AddressProblem::None);
    xrp("Cregis rhAZ", "rhAZ673nG6fSXovPAkw3EcrhKyWwXducoi", AddressProblem::None);
    xrp("genesis", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", AddressProblem::None);
    xrp("trezor rG1Q", "rG1QQv2nh2gr7RCZ1P8YYcBUKCCN633jCn", AddressProblem::None);
    xrp("trezor r3km", "r3kmLJN5D28dHuH8vZNUZpMC43pEHpaocV", AddressProblem::None);
    xrp("trezor rDTX", "rDTXLQ7ZKZVKz33zJbHjgVShjsBnqMBhmN", AddressProblem::None);
    xrp("xrpl.js classic", "r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59", AddressProblem::None);

    xrp("genesis last h->j", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTj", AddressProblem::BadChecksum);
    xrp("genesis last h->0 (not in the XRP alphabet)", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyT0",
        AddressProblem::BadCharacter);
    xrp("genesis last h->l (not in the XRP alphabet)", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTl",
        AddressProblem::BadCharacter);
    // xrpl.js X-address vector (no tag) for r9cZA1mLK5R5Am25ArfXFmqgNwjZgnfk59.
    xrp("X-address", "X7AcgcsBL6XDcUb289X4mJ8djcdyKaB5hJDWMArnXr61cqZ", AddressProblem::BadEncoding);

    xrp("BTC on XRP", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", AddressProblem::WrongNetwork);
    xrp("TRON on XRP", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::WrongNetwork);
    xrp("EVM on XRP", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", AddressProblem::WrongNetwork);
}

void TestAddress::xrp()
{
    verifyAddress();
}

void TestAddress::ton_data()
{
    addressColumns();
    const auto ton = [](const char* name, const char* address, AddressProblem problem) {
        // TON's chain id is not published: the family decides, whatever the id.
        row(name, ChainFamily::Ton, "", address, problem);
    };
    // ton-org/ton-core src/address/Address.spec.ts: one account in every form.
    ton("bounceable url-safe", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", AddressProblem::None);
    ton("bounceable base64", "EQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi4wJB", AddressProblem::None);
    ton("non-bounceable url-safe", "UQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi41-E", AddressProblem::None);
    ton("non-bounceable base64", "UQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi41+E", AddressProblem::None);
    ton("another bounceable", "EQDXDCFLXgiTrjGSNVBuvKPZVYlPn3J_u96xxLas3_yoRWRk", AddressProblem::None);
    ton("raw basechain", "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e3", AddressProblem::None);
    ton("raw masterchain", "-1:3333333333333333333333333333333333333333333333333333333333333333", AddressProblem::None);

    ton("testnet bounceable", "kQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi47nL", AddressProblem::WrongNetwork);
    ton("testnet non-bounceable", "0QAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4-QO", AddressProblem::WrongNetwork);
    ton("testnet non-bounceable base64", "0QAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi4+QO",
        AddressProblem::WrongNetwork);

    ton("last B->C", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJC", AddressProblem::BadChecksum);
    ton("account character changed", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi5wJB", AddressProblem::BadChecksum);
    ton("47 characters", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJ", AddressProblem::BadLength);
    ton("not base64", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJ!", AddressProblem::BadCharacter);
    ton("mixes base64 and base64url", "UQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi41+E", AddressProblem::BadEncoding);
    ton("raw 62 digits", "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422", AddressProblem::BadLength);
    ton("raw 63 digits", "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e",
        AddressProblem::BadLength);
    ton("raw non-hex", "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422eg",
        AddressProblem::BadCharacter);
    ton("raw workchain 1", "1:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e3",
        AddressProblem::WrongVersion);
    ton("ton:// link", "ton://EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", AddressProblem::BadEncoding);

    ton("TRON on TON", "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS", AddressProblem::WrongNetwork);
}

void TestAddress::ton()
{
    verifyAddress();
}

void TestAddress::detailsSayWhy()
{
    const AddressCheck xAddress = checkAddress(ChainFamily::Xrp, QStringLiteral("144"),
                                               QStringLiteral("X7AcgcsBL6XDcUb289X4mJ8djcdyKaB5hJDWMArnXr61cqZ"));
    QCOMPARE(xAddress.detail,
             QStringLiteral("X-address not supported; use the classic r-address and a destination tag"));

    const AddressCheck v1InBech32
        = checkAddress(ChainFamily::Bitcoin, QStringLiteral("0"),
                       QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqh2y7hd"));
    QCOMPARE(v1InBech32.detail, QStringLiteral("bech32m required for witness v1"));

    const AddressCheck v0InBech32m = checkAddress(ChainFamily::Bitcoin, QStringLiteral("0"),
                                                  QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kemeawh"));
    QCOMPARE(v0InBech32m.detail, QStringLiteral("bech32 required for witness v0"));

    const AddressCheck ltcOnBtc
        = checkAddress(ChainFamily::Bitcoin, QStringLiteral("0"), QStringLiteral("LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9"));
    QCOMPARE(ltcOnBtc.detail, QStringLiteral("version byte 0x30 is Litecoin P2PKH, not BTC"));

    const AddressCheck tronOnEvm
        = checkAddress(ChainFamily::Evm, QStringLiteral("60"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"));
    QCOMPARE(tronOnEvm.detail, QStringLiteral("a valid TRON address"));

    const AddressCheck nonAscii = checkAddress(ChainFamily::Tron, QStringLiteral("195"),
                                               QStringLiteral("TXsm") + QChar(0x200b) + QStringLiteral("Kp"));
    QCOMPARE(nonAscii.detail, QStringLiteral("non-ASCII character U+200b at position 5"));
}

void TestAddress::sameRecipient_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    const auto add = [](const char* name, ChainFamily family, const char* a, const char* b, bool same) {
        QTest::newRow(name) << int(family) << QString::fromLatin1(a) << QString::fromLatin1(b) << same;
    };
    // EIP-55's own example, checksummed, lower and upper case: one account.
    add("EVM checksummed and lower", ChainFamily::Evm, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", true);
    add("EVM lower and upper", ChainFamily::Evm, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        "0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", true);
    add("EVM wrong checksum is another address", ChainFamily::Evm, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", false);
    add("EVM different accounts", ChainFamily::Evm, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
        "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaee", false);
    // BIP-173: bech32 is one case throughout, either one.
    add("bech32 lower and upper", ChainFamily::Bitcoin, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", true);
    add("Base58 is case-sensitive", ChainFamily::Bitcoin, "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "1bvbmseystwetqtfn5au4m4gfg7xjanvn2", false);
    add("TRON Base58 is case-sensitive", ChainFamily::Tron, "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS",
        "txsmkpeuw7qwnxzjlgp9edlvwpr2grn1fs", false);
    add("XRP as written", ChainFamily::Xrp, "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh", "rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh",
        true);
    // ton-core's one account in every form.
    add("TON bounceable and raw", ChainFamily::Ton, "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB",
        "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e3", true);
    add("TON non-bounceable base64 and bounceable url-safe", ChainFamily::Ton,
        "UQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi41+E", "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", true);
    add("TON raw in upper case", ChainFamily::Ton, "0:2CF55953E92EFBEADAB7BA725C3F93A0B23F842CBBA72D7B8E6F510A70E422E3",
        "0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e3", true);
    add("TON another account", ChainFamily::Ton, "EQDXDCFLXgiTrjGSNVBuvKPZVYlPn3J_u96xxLas3_yoRWRk",
        "EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB", false);
}

void TestAddress::sameRecipient()
{
    QFETCH(int, family);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(paydesk::address::sameAddress(ChainFamily(family), a, b), same);
    QCOMPARE(paydesk::address::sameAddress(ChainFamily(family), b, a), same);
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
