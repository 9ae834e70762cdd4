#include "SignatureVerifier.h"

#include <QCryptographicHash>

#include <algorithm>
#include <utility>

namespace paydesk::sim {

namespace {

// Overwrites key material before its memory is freed; volatile so the stores are not elided.
void wipe(QByteArray& bytes)
{
    volatile char* data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        data[i] = 0;
    }
}

// Byte order as unsigned values: UTF-8 byte order is code point order, which UTF-16 order is not.
bool bytesLess(const QByteArray& a, const QByteArray& b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
    });
}

bool equalInConstantTime(const QByteArray& expected, const QByteArray& received)
{
    // The length of a correct sign is public (32); only the content must not leak through timing.
    if (expected.size() != received.size() || expected.isEmpty()) {
        return false;
    }
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= static_cast<unsigned char>(expected.at(i) ^ received.at(i));
    }
    return difference == 0;
}

} // namespace

SignatureVerifier::SignatureVerifier(QByteArray apiKey)
    : m_apiKey(std::move(apiKey))
{ }

SignatureVerifier::~SignatureVerifier()
{
    wipe(m_apiKey);
}

QByteArray SignatureVerifier::canonicalText(const std::vector<BodyParam>& params)
{
    std::vector<const BodyParam*> signedParams;
    for (const BodyParam& param : params) {
        const bool dropped = param.key == "sign" || param.kind == BodyParam::Kind::Null
            || (param.kind == BodyParam::Kind::String && param.text.isEmpty());
        if (!dropped) {
            signedParams.push_back(&param);
        }
    }
    std::sort(signedParams.begin(), signedParams.end(),
              [](const BodyParam* a, const BodyParam* b) { return bytesLess(a->key, b->key); });
    QByteArray text;
    for (const BodyParam* param : signedParams) {
        text += param->key;
        text += param->text;
    }
    return text;
}

QByteArray SignatureVerifier::expectedSign(const std::vector<BodyParam>& params) const
{
    QByteArray material = m_apiKey + canonicalText(params);
    const QByteArray digest = QCryptographicHash::hash(material, QCryptographicHash::Md5).toHex();
    wipe(material);
    return digest;
}

bool SignatureVerifier::verify(const std::vector<BodyParam>& params, const QByteArray& receivedSign) const
{
    return equalInConstantTime(expectedSign(params), receivedSign);
}

} // namespace paydesk::sim
