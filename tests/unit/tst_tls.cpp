// The client against a real HTTPS server on 127.0.0.1, with certificates generated in memory by
// a throw-away CA: a certificate Qt cannot verify is refused before any request is sent, and a
// client that trusts the CA (and nothing else) gets the answer, cid intact.
#include "TestCertificates.h"
#include "TlsTestServer.h"
#include "cregis/CregisClient.h"

#include "CountingNonceSource.h"
#include "SamplePayoutRequest.h"
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace paydesk::cregis;
using paydesk::config::RandomNonceSource;
using paydesk::config::SystemClock;
using namespace std::chrono_literals;

namespace {

constexpr qint64 testPid = 1382528827416576;
// 2^53 + 1: a double cannot hold it, so it only survives if the whole path keeps integers exact.
constexpr qint64 bigCid = Q_INT64_C(9007199254740993);
const QByteArray payoutAnswer = R"({"code":"00000","msg":"ok","data":{"cid":9007199254740993}})";
constexpr int waitMs = 15000;

CregisResult<PayoutCreated> create(CregisClient& client, const QString& thirdPartyId)
{
    QObject context;
    std::optional<CregisResult<PayoutCreated>> result;
    client.createPayout(samplePayoutRequest(thirdPartyId), &context,
                        [&result](const CregisResult<PayoutCreated>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, waitMs)) {
        qWarning("no answer within %d ms", waitMs);
    }
    return result.value_or(
        CregisResult<PayoutCreated>::failure({CregisError::Kind::Cancelled, {}, QStringLiteral("test wait"), 0}));
}

// What Qt's own HTTP stack reports for the same connection: the client keeps only the error
// kind, so the individual QSslErrors (the reason for a refusal) are read here.
struct Observation
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QSslError> sslErrors;
};

Observation observe(const QString& baseUrl, const std::optional<QSslConfiguration>& configuration)
{
    QNetworkAccessManager manager;
    QNetworkRequest probe(QUrl(baseUrl + QStringLiteral("/api/v2/payout")));
    probe.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (configuration) {
        probe.setSslConfiguration(*configuration);
    }
    Observation observation;
    const std::unique_ptr<QNetworkReply> reply(manager.post(probe, QByteArray("{}")));
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&observation](const QList<QSslError>& errors) { observation.sslErrors += errors; });
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, waitMs)) {
        qWarning("probe did not finish within %d ms", waitMs);
    }
    observation.error = reply->error();
    observation.errorString = reply->errorString();
    return observation;
}

QString describe(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        texts += QStringLiteral("%1 (%2)").arg(int(error.error())).arg(error.errorString());
    }
    return texts.join(QStringLiteral("; "));
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

public:
    // Which CAs the client trusts.
    enum class Trust
    {
        QtDefault, // no setSslConfiguration(): Qt's default configuration, the system's CAs
        TestCa, // only the throw-away CA that signed the server's certificates
        OtherCa, // only a second throw-away CA that signed nothing here
        Nothing, // an empty CA list
    };
    Q_ENUM(Trust)

    // Which certificate the server presents; all are signed by the throw-away CA.
    enum class ServerCertificate
    {
        Valid, // IP:127.0.0.1 and DNS:localhost, valid now
        WrongName, // DNS:example.invalid only
        Expired, // notAfter yesterday
        NotYetValid, // notBefore tomorrow
    };
    Q_ENUM(ServerCertificate)

private Q_SLOTS:
    void initTestCase();
    void generatedCertificates();
    void trustedCaSucceeds();
    void refused_data();
    void refused();
    void failureAfterAConnectionWasUsedIsNoProofOfNothingSent();

private:
    std::optional<QSslConfiguration> configuration(Trust trust) const;
    const TestIdentity& identity(ServerCertificate certificate) const;
    std::unique_ptr<CregisClient> client(const QString& baseUrl, Trust trust);

    TestCertificateAuthority m_ca{QStringLiteral("PayDesk throw-away test CA")};
    TestCertificateAuthority m_otherCa{QStringLiteral("PayDesk other throw-away CA")};
    TestIdentity m_valid;
    TestIdentity m_wrongName;
    TestIdentity m_expired;
    TestIdentity m_notYetValid;
    SystemClock m_clock;
    CountingNonceSource m_nonces{u't'};
};

void TestTls::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
    QVERIFY2(m_otherCa.isValid(), qPrintable(m_otherCa.errorString()));

    m_valid = m_ca.issue(TestCertificateSpec::loopback());
    QVERIFY2(!m_valid.isNull(), qPrintable(m_ca.errorString()));

    TestCertificateSpec wrongName;
    wrongName.commonName = QStringLiteral("example.invalid");
    wrongName.dnsNames = {QStringLiteral("example.invalid")};
    m_wrongName = m_ca.issue(wrongName);
    QVERIFY2(!m_wrongName.isNull(), qPrintable(m_ca.errorString()));

    TestCertificateSpec expired = TestCertificateSpec::loopback();
    expired.notBefore = -48h;
    expired.notAfter = -24h;
    m_expired = m_ca.issue(expired);
    QVERIFY2(!m_expired.isNull(), qPrintable(m_ca.errorString()));

    TestCertificateSpec notYetValid = TestCertificateSpec::loopback();
    notYetValid.notBefore = 24h;
    notYetValid.notAfter = 48h;
    m_notYetValid = m_ca.issue(notYetValid);
    QVERIFY2(!m_notYetValid.isNull(), qPrintable(m_ca.errorString()));
}

std::optional<QSslConfiguration> TestTls::configuration(Trust trust) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    switch (trust) {
    case Trust::QtDefault:
        return std::nullopt;
    case Trust::TestCa:
        configuration.setCaCertificates({m_ca.certificate()});
        break;
    case Trust::OtherCa:
        configuration.setCaCertificates({m_otherCa.certificate()});
        break;
    case Trust::Nothing:
        configuration.setCaCertificates({});
        break;
    }
    return configuration;
}

const TestIdentity& TestTls::identity(ServerCertificate certificate) const
{
    switch (certificate) {
    case ServerCertificate::WrongName:
        return m_wrongName;
    case ServerCertificate::Expired:
        return m_expired;
    case ServerCertificate::NotYetValid:
        return m_notYetValid;
    case ServerCertificate::Valid:
        break;
    }
    return m_valid;
}

std::unique_ptr<CregisClient> TestTls::client(const QString& baseUrl, Trust trust)
{
    auto c = std::make_unique<CregisClient>(Endpoint{baseUrl, testPid}, std::make_unique<Signer>("tls-test-key"),
                                            m_clock, m_nonces);
    // Shorter than the test's wait, so a stalled handshake shows as Timeout, not as a missing answer.
    c->setTimeoutMs(waitMs - 5000);
    if (const auto trusted = configuration(trust)) {
        c->setSslConfiguration(*trusted);
    }
    return c;
}

// The fixture's certificates say what the refusal tests rely on them saying.
void TestTls::generatedCertificates()
{
    const QSslCertificate ca = m_ca.certificate();
    QVERIFY(ca.isSelfSigned());
    QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("PayDesk throw-away test CA")});
    QVERIFY(ca.subjectInfo(QSslCertificate::CommonName)
            != m_otherCa.certificate().subjectInfo(QSslCertificate::CommonName));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const TestIdentity* leaf : {&m_valid, &m_wrongName, &m_expired, &m_notYetValid}) {
        QCOMPARE(leaf->certificate.issuerInfo(QSslCertificate::CommonName),
                 ca.subjectInfo(QSslCertificate::CommonName));
        QVERIFY(!leaf->certificate.isSelfSigned());
        QCOMPARE(leaf->privateKey.type(), QSsl::PrivateKey);
        QCOMPARE(leaf->privateKey.algorithm(), QSsl::Ec);
    }

    const auto validNames = m_valid.certificate.subjectAlternativeNames();
    QCOMPARE(validNames.values(QSsl::IpAddressEntry), QStringList{QStringLiteral("127.0.0.1")});
    QCOMPARE(validNames.values(QSsl::DnsEntry), QStringList{QStringLiteral("localhost")});
    QVERIFY(m_valid.certificate.effectiveDate() < now && now < m_valid.certificate.expiryDate());

    const auto wrongNames = m_wrongName.certificate.subjectAlternativeNames();
    QVERIFY(wrongNames.values(QSsl::IpAddressEntry).isEmpty());
    QCOMPARE(wrongNames.values(QSsl::DnsEntry), QStringList{QStringLiteral("example.invalid")});
    QVERIFY(m_wrongName.certificate.effectiveDate() < now && now < m_wrongName.certificate.expiryDate());

    QVERIFY(m_expired.certificate.expiryDate() < now);
    QVERIFY(m_notYetValid.certificate.effectiveDate() > now);
}

void TestTls::trustedCaSucceeds()
{
    TlsTestServer server(m_valid, payoutAnswer);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    auto c = client(server.baseUrl(), Trust::TestCa);

    const auto created = create(*c, QStringLiteral("tls-ok"));
    QVERIFY2(created.ok(), qPrintable(kindName(created.error.kind) + QStringLiteral(": ") + created.error.message));
    QCOMPARE(created.value->cid, bigCid);

    QCOMPARE(server.requestsReceived(), 1);
    QCOMPARE(server.lastRequestLine(), QByteArray("POST /api/v2/payout HTTP/1.1"));
    const QJsonObject body = QJsonDocument::fromJson(server.lastRequestBody()).object();
    QCOMPARE(body.value(QLatin1String("third_party_id")).toString(), QStringLiteral("tls-ok"));
    QVERIFY(!body.value(QLatin1String("sign")).toString().isEmpty());
}

void TestTls::refused_data()
{
    QTest::addColumn<Trust>("trust");
    QTest::addColumn<ServerCertificate>("certificate");
    QTest::addColumn<QSslError::SslError>("reason");

    const auto unknownIssuer = QSslError::UnableToGetLocalIssuerCertificate;
    QTest::newRow("unknown CA, Qt default trust") << Trust::QtDefault << ServerCertificate::Valid << unknownIssuer;
    QTest::newRow("unknown CA, another CA trusted") << Trust::OtherCa << ServerCertificate::Valid << unknownIssuer;
    QTest::newRow("empty CA list") << Trust::Nothing << ServerCertificate::Valid << unknownIssuer;
    QTest::newRow("name mismatch, CA trusted")
        << Trust::TestCa << ServerCertificate::WrongName << QSslError::HostNameMismatch;
    QTest::newRow("expired, CA trusted") << Trust::TestCa << ServerCertificate::Expired
                                         << QSslError::CertificateExpired;
    QTest::newRow("not yet valid, CA trusted")
        << Trust::TestCa << ServerCertificate::NotYetValid << QSslError::CertificateNotYetValid;
}

void TestTls::refused()
{
    QFETCH(Trust, trust);
    QFETCH(ServerCertificate, certificate);
    QFETCH(QSslError::SslError, reason);

    TlsTestServer server(identity(certificate), payoutAnswer);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    auto c = client(server.baseUrl(), trust);

    const auto result = create(*c, QStringLiteral("tls-refused"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.kind == CregisError::Kind::Tls,
             qPrintable(kindName(result.error.kind) + QStringLiteral(": ") + result.error.message));
    QVERIFY(result.error.isDefinitelyNotProcessed());
    // Nothing of the request reached the server. (Whether the server's side of the handshake ever
    // completes is Qt's business, so it is not asserted; with Qt 6.4 it does not.) Any connection
    // that did get past the handshake is closed before the counts are read.
    QVERIFY(QTest::qWaitFor([&server] { return server.openConnections() == 0; }, waitMs));
    QCOMPARE(server.requestsReceived(), 0);
    QCOMPARE(server.bytesReceived(), qint64(0));

    // The refusal is for the reason this row is about.
    const Observation observed = observe(server.baseUrl(), configuration(trust));
    QCOMPARE(observed.error, QNetworkReply::SslHandshakeFailedError);
    QVERIFY2(std::any_of(observed.sslErrors.cbegin(), observed.sslErrors.cend(),
                         [reason](const QSslError& e) { return e.error() == reason; }),
             qPrintable(describe(observed.sslErrors)));
    QVERIFY(QTest::qWaitFor([&server] { return server.openConnections() == 0; }, waitMs));
    QCOMPARE(server.requestsReceived(), 0);
    QCOMPARE(server.bytesReceived(), qint64(0));
}

void TestTls::failureAfterAConnectionWasUsedIsNoProofOfNothingSent()
{
    // Once a connection to the gateway carried a request, Qt may send a request on it, lose the
    // connection and try again on a new one: a TLS failure then proves nothing about the first
    // copy. Only a failure before any connection was used means nothing left this computer.
    TlsTestServer server(m_valid, payoutAnswer);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    auto c = client(server.baseUrl(), Trust::TestCa);
    QVERIFY(create(*c, QStringLiteral("tls-first")).ok());
    server.present(m_expired);
    const auto result = create(*c, QStringLiteral("tls-second"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.kind, CregisError::Kind::Tls);
    QVERIFY(result.error.possiblySent);
    QVERIFY(!result.error.isDefinitelyNotProcessed());
    // A new client (a new process) that never got through has sent nothing for certain.
    auto fresh = client(server.baseUrl(), Trust::TestCa);
    const auto first = create(*fresh, QStringLiteral("tls-fresh"));
    QCOMPARE(first.error.kind, CregisError::Kind::Tls);
    QVERIFY(!first.error.possiblySent);
    QVERIFY(first.error.isDefinitelyNotProcessed());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
