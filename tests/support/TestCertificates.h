#pragma once

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

// A certificate and its private key. Both exist only in memory, for the length of one test run.
struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;

    bool isNull() const { return certificate.isNull() || privateKey.isNull(); }
};

// What a certificate issued by TestCertificateAuthority says about its holder. Validity is
// relative to the moment of issue, so a negative notAfter gives an already expired certificate.
struct TestCertificateSpec
{
    QString commonName = QStringLiteral("PayDesk test server");
    QStringList dnsNames; // subjectAltName DNS: entries
    QList<QHostAddress> ipAddresses; // subjectAltName IP: entries
    std::chrono::seconds notBefore = -std::chrono::hours(1);
    std::chrono::seconds notAfter = std::chrono::hours(24);

    // A server certificate for https://127.0.0.1 (and localhost), valid now.
    static TestCertificateSpec loopback();
};

// A throw-away certificate authority, generated with OpenSSL when constructed: EC P-256 keys,
// SHA-256 signatures, X.509 v3 with basicConstraints CA:TRUE. Nothing is written to disk; the
// private keys die with this object (and with the TestIdentity copies handed out).
class TestCertificateAuthority
{
public:
    explicit TestCertificateAuthority(const QString& commonName = QStringLiteral("PayDesk throw-away test CA"));
    ~TestCertificateAuthority();
    TestCertificateAuthority(const TestCertificateAuthority&) = delete;
    TestCertificateAuthority& operator=(const TestCertificateAuthority&) = delete;

    // False when OpenSSL could not generate the CA; errorString() says why.
    bool isValid() const;
    QString errorString() const;

    QSslCertificate certificate() const;

    // A server (leaf) certificate signed by this CA, with a fresh key. Null on failure
    // (errorString() says why).
    TestIdentity issue(const TestCertificateSpec& spec);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
