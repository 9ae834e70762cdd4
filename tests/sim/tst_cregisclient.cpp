// The client against the real simulator over HTTP on loopback: every error kind the client
// distinguishes is produced by a real exchange, not by a fake.
#include "CountingNonceSource.h"
#include "SamplePayoutRequest.h"
#include "SimFixture.h"
#include "cregis/CregisClient.h"

#include "words/ErrorWords.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace paydesk::cregis;
using paydesk::config::RandomNonceSource;
using paydesk::config::SystemClock;

namespace {

template <typename T>
CregisResult<T> wait(const std::function<void(QObject*, std::function<void(const CregisResult<T>&)>)>& call)
{
    QObject context;
    std::optional<CregisResult<T>> result;
    call(&context, [&result](const CregisResult<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000)) {
        qWarning("no answer within 15 s");
    }
    return result.value_or(
        CregisResult<T>::failure({CregisError::Kind::Cancelled, {}, QStringLiteral("test wait"), 0}));
}

} // namespace

class TestCregisClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void payoutQueryAndCoins();
    void apiErrorCarriesCodeAndMessage();
    void wrongKeyIsSignatureError();
    void faults_data();
    void faults();
    void timeout();
    void allowedUrls_data();
    void allowedUrls();
    void insecureUrlNeverSends_data();
    void insecureUrlNeverSends();
    void connectionRefused();
    void retryAfterIsRead_data();
    void retryAfterIsRead();
    void tooManyRequestsSaysHowLongToWait();
    void oversizedAnswerIsNotRead();

private:
    std::unique_ptr<CregisClient> client(const QByteArray& key, const QString& baseUrl = {});
    CregisResult<PayoutCreated> create(CregisClient& c, const QString& thirdPartyId);

    std::unique_ptr<SimFixture> m_sim;
    SystemClock m_clock;
    CountingNonceSource m_nonces{u'n'};
};

void TestCregisClient::initTestCase()
{
    m_sim = std::make_unique<SimFixture>("client-test-key",
                                         QStringList{QStringLiteral("--delay-ms"), QStringLiteral("3000")});
    QVERIFY(m_sim->isReady());
}

std::unique_ptr<CregisClient> TestCregisClient::client(const QByteArray& key, const QString& baseUrl)
{
    return std::make_unique<CregisClient>(Endpoint{baseUrl.isEmpty() ? m_sim->baseUrl() : baseUrl, SimFixture::pid},
                                          std::make_unique<Signer>(key), m_clock, m_nonces);
}

CregisResult<PayoutCreated> TestCregisClient::create(CregisClient& c, const QString& thirdPartyId)
{
    return wait<PayoutCreated>(
        [&](QObject* ctx, auto done) { c.createPayout(samplePayoutRequest(thirdPartyId), ctx, done); });
}

void TestCregisClient::payoutQueryAndCoins()
{
    auto c = client(m_sim->apiKey());
    const auto created = create(*c, QStringLiteral("client-ok-1"));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QVERIFY(created.value->cid > (qint64(1) << 53));
    // The cid the simulator recorded, read back as digits, matches exactly.
    bool found = false;
    const auto recorded = m_sim->payouts();
    QVERIFY(recorded);
    for (const auto& entry : *recorded) {
        if (entry.toObject().value(QLatin1String("third_party_id")).toString() == QLatin1String("client-ok-1")) {
            QCOMPARE(entry.toObject().value(QLatin1String("cid")).toString(), QString::number(created.value->cid));
            QCOMPARE(entry.toObject().value(QLatin1String("wallet_id")).toString(),
                     QStringLiteral("11434198045401088"));
            found = true;
        }
    }
    QVERIFY(found);

    const auto status
        = wait<PayoutStatus>([&](QObject* ctx, auto done) { c->queryPayout(created.value->cid, ctx, done); });
    QVERIFY(status.ok());
    QCOMPARE(status.value->status, 5);
    QCOMPARE(status.value->thirdPartyId, QStringLiteral("client-ok-1"));
    QCOMPARE(status.value->amount, QStringLiteral("1.5"));

    const auto coins = wait<CoinList>([&](QObject* ctx, auto done) { c->listCoins(ctx, done); });
    QVERIFY(coins.ok());
    QVERIFY(coins.value->payoutCoins.size() >= 13);
}

void TestCregisClient::apiErrorCarriesCodeAndMessage()
{
    auto c = client(m_sim->apiKey());
    QVERIFY(create(*c, QStringLiteral("client-dup")).ok());
    const auto again = create(*c, QStringLiteral("client-dup"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error.kind, CregisError::Kind::Api);
    QCOMPARE(again.error.code, QStringLiteral("E0009"));
    QVERIFY(!again.error.message.isEmpty());
}

void TestCregisClient::wrongKeyIsSignatureError()
{
    auto c = client("not-the-key");
    const auto result = create(*c, QStringLiteral("client-badkey"));
    QCOMPARE(result.error.kind, CregisError::Kind::Api);
    QCOMPARE(result.error.message, QStringLiteral("Signature Error"));
}

void TestCregisClient::faults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("recorded");
    using K = CregisError::Kind;
    QTest::newRow("503") << "http-503" << int(K::Http) << 503 << false;
    QTest::newRow("429") << "http-429" << int(K::Http) << 429 << false;
    // Qt 6.4 re-sends the identical POST once after a connection closes without an answer; the
    // simulator refuses the copy as a nonce replay. See CregisError::isDefinitelyNotProcessed.
    QTest::newRow("dropped after recording") << "drop-after-record" << int(K::Api) << 0 << true;
    QTest::newRow("malformed json") << "malformed-json" << int(K::NotJson) << 200 << true;
    QTest::newRow("redirect") << "redirect" << int(K::Redirect) << 302 << false;
}

void TestCregisClient::faults()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(int, httpStatus);
    QFETCH(bool, recorded);
    const QString id = QStringLiteral("client-fault-") + fault;
    QVERIFY(m_sim->armFault(fault, 1));
    auto c = client(m_sim->apiKey());
    const auto result = create(*c, id);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error.kind), kind);
    if (httpStatus) {
        QCOMPARE(result.error.httpStatus, httpStatus);
    }
    // None of these is a definite refusal: the payout may exist at Cregis.
    QVERIFY(!result.error.isDefinitelyNotProcessed());
    QCOMPARE(m_sim->recordsFor(id), recorded ? 1 : 0);
}

void TestCregisClient::timeout()
{
    QVERIFY(m_sim->armFault(QStringLiteral("delay"), 1));
    auto c = client(m_sim->apiKey());
    c->setTimeoutMs(500);
    const auto result = create(*c, QStringLiteral("client-timeout"));
    QCOMPARE(result.error.kind, CregisError::Kind::Timeout);
    QVERIFY(!result.error.isDefinitelyNotProcessed());
}

void TestCregisClient::allowedUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://t-abc.cregis.dev" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
    QTest::newRow("http loopback range") << "http://127.8.9.10" << true;
    QTest::newRow("http localhost") << "http://localhost:1" << true;
    QTest::newRow("http ::1") << "http://[::1]:9" << true;
    QTest::newRow("http remote") << "http://t-abc.cregis.dev" << false;
    QTest::newRow("http private range") << "http://192.168.1.5" << false;
    QTest::newRow("http lookalike localhost") << "http://localhost.example.com" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
    QTest::newRow("no scheme") << "t-abc.cregis.dev" << false;
    QTest::newRow("credentials in url") << "https://user:pw@t-abc.cregis.dev" << false;
}

void TestCregisClient::allowedUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(CregisClient::isAllowedBaseUrl(url), allowed);
}

void TestCregisClient::insecureUrlNeverSends_data()
{
    // %1: the port of a listener that would see any connection attempt. Each refused form is told
    // what is wrong with it, in its own words.
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("words");
    using P = paydesk::config::GatewayUrlProblem;
    QTest::newRow("plain http to another computer") << "http://192.168.1.5:%1" << int(P::NotHttps) << "use https://";
    QTest::newRow("user and password") << "https://user:pw@127.0.0.1:%1" << int(P::UserInfo)
                                       << "remove the user name and password";
    QTest::newRow("user only") << "https://user@127.0.0.1:%1" << int(P::UserInfo)
                               << "remove the user name and password";
    QTest::newRow("another scheme") << "ftp://127.0.0.1:%1" << int(P::UnsupportedScheme) << "use an https:// address";
    QTest::newRow("no host") << "https://:%1" << int(P::NotAUrl) << "not a URL";
}

void TestCregisClient::insecureUrlNeverSends()
{
    QFETCH(QString, url);
    QFETCH(int, problem);
    QFETCH(QString, words);
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto c = client(m_sim->apiKey(), url.contains(QLatin1String("%1")) ? url.arg(listener.serverPort()) : url);
    const auto result = create(*c, QStringLiteral("client-insecure"));
    QCOMPARE(result.error.kind, CregisError::Kind::InsecureUrl);
    QCOMPARE(int(result.error.urlProblem), problem);
    QVERIFY(result.error.isDefinitelyNotProcessed());
    const QString said = paydesk::words::ErrorWords::cregis(result.error);
    QVERIFY2(said.contains(words), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("pw")), "a password in the URL is never repeated");
    QVERIFY(!listener.hasPendingConnections());
}

void TestCregisClient::retryAfterIsRead_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("ms"); // -1: none
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << qint64(5000);
    QTest::newRow("a day is capped at ten minutes") << QByteArray("86400") << qint64(600000);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("a float") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("a date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(0);
    QTest::newRow("a date far ahead is capped") << QByteArray("Fri, 31 Dec 2100 23:59:59 GMT") << qint64(600000);
}

void TestCregisClient::retryAfterIsRead()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, ms);
    QCOMPARE(CregisClient::retryAfterMs(header), ms < 0 ? std::nullopt : std::optional<qint64>(ms));
}

void TestCregisClient::tooManyRequestsSaysHowLongToWait()
{
    QVERIFY(m_sim->armFault(QStringLiteral("http-429")));
    auto c = client(m_sim->apiKey());
    const auto result = create(*c, QStringLiteral("client-429"));
    QCOMPARE(result.error.kind, CregisError::Kind::Http);
    QCOMPARE(result.error.httpStatus, 429);
    QCOMPARE(result.error.retryAfterMs, std::optional<qint64>(1000)); // the simulator asks for 1 s
}

void TestCregisClient::oversizedAnswerIsNotRead()
{
    // A "gateway" on loopback that answers 200 with a body far beyond any Cregis answer.
    QTcpServer gateway;
    QVERIFY(gateway.listen(QHostAddress::LocalHost));
    qint64 written = 0;
    connect(&gateway, &QTcpServer::newConnection, this, [&gateway, &written] {
        QTcpSocket* socket = gateway.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &written] {
            socket->readAll();
            if (written > 0) {
                return;
            }
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n");
            const QByteArray chunk(1024 * 1024, '[');
            // Enough to pass the cap, not all of it: the client must stop reading on its own.
            for (int i = 0; i < 6; ++i) {
                written += socket->write(chunk);
            }
        });
    });
    auto c = client(m_sim->apiKey(), QStringLiteral("http://127.0.0.1:%1").arg(gateway.serverPort()));
    const auto result = create(*c, QStringLiteral("client-oversized"));
    QCOMPARE(result.error.kind, CregisError::Kind::BadResponse);
    QVERIFY2(result.error.message.contains(QLatin1String("larger than")), qPrintable(result.error.message));
    // No definite answer: the payout may exist, so it is reconciled, never sent under a new id.
    QVERIFY(!result.error.isDefinitelyNotProcessed());
}

void TestCregisClient::connectionRefused()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const quint16 port = listener.serverPort();
    listener.close(); // nothing listens there now
    auto c = client(m_sim->apiKey(), QStringLiteral("http://127.0.0.1:%1").arg(port));
    const auto result = create(*c, QStringLiteral("client-refused"));
    QCOMPARE(result.error.kind, CregisError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestCregisClient)
#include "tst_cregisclient.moc"
