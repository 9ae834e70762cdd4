// Keccak-256 (Ethereum's, padding 0x01) against published known answers, and the same sponge with
// FIPS 202 padding against OpenSSL's SHA3-256 across block boundaries.
#include "address/Keccak.h"

#include <QTest>

#include <openssl/evp.h>

using paydesk::address::keccak256;
using paydesk::address::sha3_256;

namespace {

// The message of a KAT entry: bytes given as hex, or text.
QByteArray fromHex(const char* hex)
{
    return QByteArray::fromHex(QByteArray(hex));
}

QByteArray opensslSha3_256(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &size, EVP_sha3_256(), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(size));
}

} // namespace

class TestKeccak : public QObject
{
    Q_OBJECT

private slots:
    void knownAnswers_data();
    void knownAnswers();
    void isNotSha3();
    void sha3MatchesOpenSsl();
};

void TestKeccak::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");

    // Sources: the empty-string, "abc" and fox digests are the published values that Ethereum
    // libraries' own test suites repeat (Zig's standard-library Keccak256 test has the first two);
    // the "KAT" entries are from the Keccak team's ShortMsgKAT_256.txt (round-3 padding, the one
    // Ethereum uses) as carried by github.com/glatan/ghash,
    // components/hashes/keccak/tests/keccak/short_msg_kat_256.rs.
    QTest::newRow("empty") << QByteArray()
                           << fromHex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc")
                         << fromHex("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    QTest::newRow("fox, 43 bytes") << QByteArray("The quick brown fox jumps over the lazy dog")
                                   << fromHex("4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
    QTest::newRow("fox with a full stop")
        << QByteArray("The quick brown fox jumps over the lazy dog.")
        << fromHex("578951e24efd62a3d63a86f7cd19aaa53c898fe287d2552133220370240b572d");
    QTest::newRow("KAT Len = 8") << fromHex("6b")
                                 << fromHex("f3d0adcb6a1c70832365e9da0a6b2f5199422f6a53c67cfad171114e3442aa0f");
    // 135 bytes: the padding's first and last bit share the final byte of the only block.
    QTest::newRow("KAT Len = 1080, 135 bytes")
        << fromHex("2f3fb9e6321405869ff0e6271369357ee08c9c27837fe300adf3766a61979591d64e7809627e8f026e762982df5f00"
                   "bfeb9ce76f1ccb70c9bee6331f7dc8b15417295d7aa7ec7c1662a69842059901f136e96052b4d01b72b64f92331744"
                   "872f6de4a915d0262b33ccc375d25d77c3936023e514f30187a9501adc685e6497cc4841e119670d4d")
        << fromHex("0484f02cc16415e7e9f28f95b6bb77209e1b25ec35015de84facbc8f9605b39e");
    // 136 bytes: exactly one rate block, so the padding needs a block of its own.
    QTest::newRow("KAT Len = 1088, 136 bytes")
        << fromHex("33d0c3052e3ac8c19beca6b0dfa73888f753655fb2c9f77e1238602c9f6d7ad33e3dd96c78a22e148ed4c46d7cfdf6"
                   "74505bd40325cb813804e264a450de778f1c50fc94f32aa881fe6def7b6ae6efbb42c3be678f40a09322053773e3af"
                   "020000fe94f3283c7527aa64a2144b92cf8d568df4e6cd957af09ab1637e61667e616412558d4fcab4f9")
        << fromHex("b30ad6fc320c0d70309dc39953895cb7cf3fbedec7d86a5f7aa9f2bb760f6dba");
    QTest::newRow("KAT Len = 1096, 137 bytes")
        << fromHex("2f570e7aeadd07406bfc263992a0292c528daab4f32816573b6be58a36998465f192e0db70e81cdbe5431477e43ea4"
                   "37cb4eebbe760116b26dfb3ca395c1098753e962c3d27f9fb8c2b32fa6f1d3debd22c97b99cb924b388d87db2348e5"
                   "aa9ccf0d60a18cff594eb389f5a55dd362809dde19687064a0feec7c213561cbd130d832d264312cb3e4b6")
        << fromHex("6cf9e0e9008f6b5b2d28fb38c47a0212e7b28f6a7f44815f10c53141c2f1c84d");
    QTest::newRow("KAT Len = 2032, 254 bytes")
        << fromHex("481dd9182975f32bf7dca9850268ddee861e5d606097d955377dd069154fdd5d6cb776962c6ac223466ca849d48637"
                   "5aa495bb052d945a64122bce277aac85e763fc7e906640b3adac5cf681e22edb87c4968cf12be7563d1225658cd2eb"
                   "7436e7f2c64d337afbe0d6f161b81f3d40e4d4ccd500b32c3dc652a353248ec75a76ba21c4ed9bbfce71b0302ad06d"
                   "6ab441378a41ebb77fb10923052db1cc882787a9ec7544ab43b55b74e02ce14ae123816b656c23e51e2c08235abaf0"
                   "e2e2778cceecd0793086d5a4660186b1e2aa334e0f9f72f4be9efce1f8b6d2db984a67663738e068bfb50c25b793d7"
                   "9a3d0ae84caa5b4168f93e4af2f51ccd8e6734")
        << fromHex("5b1b87b1feca95e702186c47dd2e0436788ac686207906106b6363ce7d697624");
    // 200 bytes of 'a', a two-block message; the digest is the one several Ethereum tool test
    // suites use and it agrees with the KAT-verified implementation here.
    QTest::newRow("200 x 'a'") << QByteArray(200, 'a')
                               << fromHex("96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d");
}

void TestKeccak::knownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(digest.size(), 32);
    QCOMPARE(keccak256(message).toHex(), digest.toHex());
}

void TestKeccak::isNotSha3()
{
    // FIPS 202 SHA3-256 of the empty string; Ethereum's Keccak must not produce it.
    const QByteArray sha3Empty = fromHex("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
    QCOMPARE(sha3_256(QByteArray()).toHex(), sha3Empty.toHex());
    QVERIFY(keccak256(QByteArray()) != sha3Empty);
}

void TestKeccak::sha3MatchesOpenSsl()
{
    // Every length up to three blocks and a bit, so each way a message can end inside or at the
    // edge of a 136-byte block is compared with an independent implementation.
    QByteArray message;
    for (int length = 0; length <= 3 * 136 + 8; ++length) {
        const QByteArray expected = opensslSha3_256(message);
        QCOMPARE(expected.size(), 32);
        if (sha3_256(message) != expected) {
            QFAIL(qPrintable(QStringLiteral("SHA3-256 differs from OpenSSL at length %1").arg(length)));
        }
        message.append(static_cast<char>((length * 37 + 11) & 0xff));
    }
}

QTEST_GUILESS_MAIN(TestKeccak)
#include "tst_keccak.moc"
