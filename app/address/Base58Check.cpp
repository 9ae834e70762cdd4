#include "Base58Check.h"

#include "CheckResults.h"

#include <openssl/sha.h>

#include <algorithm>

namespace paydesk::address {

namespace {

constexpr qsizetype payloadSize = 21;
constexpr qsizetype checksumSize = 4;
constexpr qsizetype decodedSize = payloadSize + checksumSize;

bool checksumMatches(const QByteArray& decoded)
{
    unsigned char first[SHA256_DIGEST_LENGTH];
    unsigned char second[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(decoded.constData()), payloadSize, first);
    SHA256(first, sizeof first, second);
    return std::equal(second, second + checksumSize,
                      reinterpret_cast<const unsigned char*>(decoded.constData()) + payloadSize);
}

} // namespace

Base58CheckPayload decodeBase58Check(QStringView text, const Base58Alphabet& alphabet)
{
    Base58CheckPayload result;
    const Base58Decoded decoded = decodeBase58(text, alphabet, decodedSize);
    if (decoded.status == Base58Decoded::Status::BadCharacter) {
        result.problem = AddressProblem::BadCharacter;
        result.detail = QStringLiteral("'%1' at position %2 is not a base58 character")
                            .arg(text[decoded.position])
                            .arg(decoded.position + 1);
        return result;
    }
    if (decoded.status == Base58Decoded::Status::TooLong || decoded.bytes.size() != decodedSize) {
        result.problem = AddressProblem::BadLength;
        result.detail = QStringLiteral("decodes to the wrong number of bytes for an address");
        return result;
    }
    if (!checksumMatches(decoded.bytes)) {
        result.problem = AddressProblem::BadChecksum;
        result.detail = QStringLiteral("Base58Check checksum does not match");
        return result;
    }
    result.version = static_cast<quint8>(decoded.bytes[0]);
    return result;
}

} // namespace paydesk::address
