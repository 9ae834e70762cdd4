#include "TestCertificates.h"

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdint>
#include <optional>

namespace {

// Every OpenSSL object is owned by a unique_ptr that calls the object's own free function.
template <auto Free> struct OpenSslDeleter
{
    template <typename T> void operator()(T* object) const { Free(object); }
};
using PKeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<&GENERAL_NAME_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<&GENERAL_NAMES_free>>;
using Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslDeleter<&ASN1_IA5STRING_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<&ASN1_OCTET_STRING_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free>>;

// Drains OpenSSL's error queue into one line, prefixed with what failed.
QString openSslError(const char* what)
{
    QString text = QString::fromLatin1(what);
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text += QStringLiteral(": ") + QString::fromLatin1(buffer);
    }
    return text;
}

PKeyPtr generateKey()
{
    return PKeyPtr(EVP_EC_gen("P-256"));
}

bool addNameEntry(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()), int(utf8.size()), -1, 0)
        == 1;
}

// `issuer` null: self-signed (the CA's own context).
bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    X509V3_set_ctx_nodb(&context);
    const ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// subjectAltName built as typed GENERAL_NAMES rather than parsed from a config string.
bool addSubjectAltNames(X509* certificate, const QStringList& dnsNames, const QList<QHostAddress>& ipAddresses)
{
    if (dnsNames.isEmpty() && ipAddresses.isEmpty()) {
        return true;
    }
    const GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names) {
        return false;
    }
    const auto push = [&names](GeneralNamePtr name) {
        if (sk_GENERAL_NAME_push(names.get(), name.get()) <= 0) {
            return false;
        }
        name.release(); // the stack owns it now
        return true;
    };
    for (const QString& dnsName : dnsNames) {
        GeneralNamePtr name(GENERAL_NAME_new());
        Ia5StringPtr text(ASN1_IA5STRING_new());
        const QByteArray ascii = dnsName.toLatin1();
        if (!name || !text || ASN1_STRING_set(text.get(), ascii.constData(), int(ascii.size())) != 1) {
            return false;
        }
        GENERAL_NAME_set0_value(name.get(), GEN_DNS, text.release());
        if (!push(std::move(name))) {
            return false;
        }
    }
    for (const QHostAddress& address : ipAddresses) {
        GeneralNamePtr name(GENERAL_NAME_new());
        OctetStringPtr octets(a2i_IPADDRESS(address.toString().toLatin1().constData()));
        if (!name || !octets) {
            return false;
        }
        GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets.release());
        if (!push(std::move(name))) {
            return false;
        }
    }
    return X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

// The common part of CA and server certificates: version 3, serial, validity, names, key.
// `issuer` null: self-signed.
X509Ptr newCertificate(EVP_PKEY* subjectKey, X509* issuer, std::uint64_t serial, const QString& commonName,
                       std::chrono::seconds notBefore, std::chrono::seconds notAfter)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), 2) != 1
        || ASN1_INTEGER_set_uint64(X509_get_serialNumber(certificate.get()), serial) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), long(notBefore.count()))
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), long(notAfter.count()))) {
        return {};
    }
    X509_NAME* subject = X509_get_subject_name(certificate.get());
    if (!addNameEntry(subject, "O", QStringLiteral("PayDesk tests")) || !addNameEntry(subject, "CN", commonName)
        || X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : subject) != 1
        || X509_set_pubkey(certificate.get(), subjectKey) != 1) {
        return {};
    }
    return certificate;
}

std::optional<QByteArray> certificatePem(X509* certificate)
{
    const BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        return std::nullopt;
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

// The key goes through a secure-heap BIO, and the PEM copy is wiped once Qt has parsed it.
QSslKey privateKey(EVP_PKEY* key)
{
    const BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return {};
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, qsizetype(size));
    QSslKey result(pem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    return result;
}

} // namespace

TestCertificateSpec TestCertificateSpec::loopback()
{
    TestCertificateSpec spec;
    spec.commonName = QStringLiteral("127.0.0.1");
    spec.dnsNames = {QStringLiteral("localhost")};
    spec.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return spec;
}

struct TestCertificateAuthority::Private
{
    PKeyPtr key;
    X509Ptr certificate;
    QSslCertificate qtCertificate;
    std::uint64_t lastSerial = 0;
    QString error;
};

TestCertificateAuthority::TestCertificateAuthority(const QString& commonName)
    : d(std::make_unique<Private>())
{
    ERR_clear_error();
    d->key = generateKey();
    if (!d->key) {
        d->error = openSslError("EVP_EC_gen(P-256) for the CA");
        return;
    }
    X509Ptr certificate = newCertificate(d->key.get(), nullptr, ++d->lastSerial, commonName, -std::chrono::hours(24),
                                         std::chrono::hours(24 * 30));
    if (!certificate || !addExtension(certificate.get(), nullptr, NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(certificate.get(), nullptr, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(certificate.get(), nullptr, NID_subject_key_identifier, "hash")
        || X509_sign(certificate.get(), d->key.get(), EVP_sha256()) <= 0) {
        d->error = openSslError("building the CA certificate");
        return;
    }
    const auto pem = certificatePem(certificate.get());
    if (!pem) {
        d->error = openSslError("PEM_write_bio_X509 for the CA");
        return;
    }
    d->qtCertificate = QSslCertificate(*pem, QSsl::Pem);
    if (d->qtCertificate.isNull()) {
        d->error = QStringLiteral("QSslCertificate could not read the CA certificate");
        return;
    }
    d->certificate = std::move(certificate);
}

TestCertificateAuthority::~TestCertificateAuthority() = default;

bool TestCertificateAuthority::isValid() const
{
    return d->certificate != nullptr;
}

QString TestCertificateAuthority::errorString() const
{
    return d->error;
}

QSslCertificate TestCertificateAuthority::certificate() const
{
    return d->qtCertificate;
}

TestIdentity TestCertificateAuthority::issue(const TestCertificateSpec& spec)
{
    if (!isValid()) {
        return TestIdentity();
    }
    ERR_clear_error();
    const PKeyPtr key = generateKey();
    if (!key) {
        d->error = openSslError("EVP_EC_gen(P-256) for a server certificate");
        return TestIdentity();
    }
    X509* issuer = d->certificate.get();
    const X509Ptr certificate
        = newCertificate(key.get(), issuer, ++d->lastSerial, spec.commonName, spec.notBefore, spec.notAfter);
    if (!certificate || !addExtension(certificate.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(certificate.get(), issuer, NID_key_usage, "critical,digitalSignature")
        || !addExtension(certificate.get(), issuer, NID_ext_key_usage, "serverAuth")
        || !addExtension(certificate.get(), issuer, NID_authority_key_identifier, "keyid:always")
        || !addSubjectAltNames(certificate.get(), spec.dnsNames, spec.ipAddresses)
        || X509_sign(certificate.get(), d->key.get(), EVP_sha256()) <= 0) {
        d->error = openSslError("building a server certificate");
        return TestIdentity();
    }
    const auto pem = certificatePem(certificate.get());
    if (!pem) {
        d->error = openSslError("PEM_write_bio_X509 for a server certificate");
        return TestIdentity();
    }
    TestIdentity identity{QSslCertificate(*pem, QSsl::Pem), privateKey(key.get())};
    if (identity.isNull()) {
        d->error = QStringLiteral("Qt could not read the server certificate or its key");
        return TestIdentity();
    }
    return identity;
}
