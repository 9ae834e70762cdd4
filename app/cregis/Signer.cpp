#include "Signer.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <utility>

namespace paydesk::cregis {

namespace {

QByteArray md5Hex(const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, EVP_md5(), nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

} // namespace

Signer::Signer(QByteArray apiKey)
    : m_apiKey(std::move(apiKey))
{ }

Signer::~Signer()
{
    // The key should not outlive its use in freed heap memory.
    OPENSSL_cleanse(m_apiKey.data(), static_cast<size_t>(m_apiKey.size()));
}

QByteArray Signer::sign(const SignedParams& params) const
{
    return sign(m_apiKey, params);
}

QByteArray Signer::sign(const QByteArray& apiKey, const SignedParams& params)
{
    QByteArray material = apiKey + params.canonicalText();
    QByteArray digest = md5Hex(material);
    OPENSSL_cleanse(material.data(), static_cast<size_t>(material.size()));
    return digest;
}

bool Signer::verify(const SignedParams& params, const QByteArray& receivedSign) const
{
    const QByteArray expected = sign(params);
    if (expected.size() != receivedSign.size() || expected.isEmpty()) {
        return false;
    }
    return CRYPTO_memcmp(expected.constData(), receivedSign.constData(), static_cast<size_t>(expected.size())) == 0;
}

} // namespace paydesk::cregis
