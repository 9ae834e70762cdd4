#include "TonAddress.h"

#include "CheckResults.h"
#include "Crc16.h"

namespace paydesk::address {

namespace {

constexpr qsizetype rawHashDigits = 64;
constexpr qsizetype friendlyLength = 48;
constexpr qsizetype friendlyBytes = 36;
constexpr qsizetype crcOffset = 34;

constexpr quint8 bounceableFlags = 0x11;
constexpr quint8 nonBounceableFlags = 0x51;
constexpr quint8 testnetFlag = 0x80;
constexpr quint8 basechainByte = 0x00;
constexpr quint8 masterchainByte = 0xff;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

AddressCheck checkRaw(QStringView address, qsizetype colon)
{
    const QStringView workchain = address.left(colon);
    const QStringView hash = address.mid(colon + 1);
    if (workchain != u"0" && workchain != u"-1") {
        bool isNumber = false;
        const int workchainId = workchain.toInt(&isNumber);
        // Only a plainly written number is another workchain; "00" or "+0" is just malformed.
        if (!isNumber || QString::number(workchainId) != workchain) {
            return refused(AddressProblem::BadEncoding,
                           QStringLiteral("raw address must start with workchain 0 or -1 and a ':'"));
        }
        return refused(AddressProblem::WrongVersion,
                       QStringLiteral("workchain %1; only 0 (basechain) and -1 (masterchain) exist").arg(workchainId));
    }
    for (qsizetype i = 0; i < hash.size(); ++i) {
        if (!isHexDigit(hash[i])) {
            return refused(AddressProblem::BadCharacter,
                           QStringLiteral("'%1' at position %2 is not a hex digit").arg(hash[i]).arg(colon + i + 2));
        }
    }
    if (hash.size() != rawHashDigits) {
        return refused(AddressProblem::BadLength,
                       QStringLiteral("%1 hex digits after the workchain; 64 required").arg(hash.size()));
    }
    return accepted();
}

AddressCheck checkFriendly(QStringView address)
{
    // Standard base64 uses "+/", base64url "-_"; an address is written in one or the other.
    bool standard = false;
    bool urlSafe = false;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address[i];
        if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            continue;
        }
        if (c == u'+' || c == u'/') {
            standard = true;
        } else if (c == u'-' || c == u'_') {
            urlSafe = true;
        } else {
            return refused(AddressProblem::BadCharacter,
                           QStringLiteral("'%1' at position %2 is not a base64 character").arg(c).arg(i + 1));
        }
    }
    if (address.size() != friendlyLength) {
        return refused(AddressProblem::BadLength,
                       QStringLiteral("%1 characters; a user-friendly address has 48").arg(address.size()));
    }
    if (standard && urlSafe) {
        return refused(AddressProblem::BadEncoding, QStringLiteral("mixes base64 and base64url characters"));
    }

    const auto options = urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    const auto decoded
        = QByteArray::fromBase64Encoding(address.toLatin1(), options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != friendlyBytes) {
        return refused(AddressProblem::BadEncoding, QStringLiteral("not valid base64"));
    }
    const QByteArray& bytes = decoded.decoded;
    const quint16 expected = crc16Xmodem(QByteArrayView(bytes).first(crcOffset));
    const quint16 stored = static_cast<quint16>((static_cast<quint8>(bytes[crcOffset]) << 8)
                                                | static_cast<quint8>(bytes[crcOffset + 1]));
    if (expected != stored) {
        return refused(AddressProblem::BadChecksum, QStringLiteral("CRC-16 checksum does not match"));
    }

    const quint8 flags = static_cast<quint8>(bytes[0]);
    const quint8 kind = flags & static_cast<quint8>(~testnetFlag);
    if (kind != bounceableFlags && kind != nonBounceableFlags) {
        return refused(AddressProblem::WrongVersion, QStringLiteral("unknown flags byte %1").arg(hexByte(flags)));
    }
    if (flags & testnetFlag) {
        return refused(AddressProblem::WrongNetwork, QStringLiteral("testnet-only address"));
    }
    const quint8 workchain = static_cast<quint8>(bytes[1]);
    if (workchain != basechainByte && workchain != masterchainByte) {
        return refused(AddressProblem::WrongVersion,
                       QStringLiteral("workchain byte %1; only 0x00 and 0xff exist").arg(hexByte(workchain)));
    }
    return accepted();
}

} // namespace

AddressCheck checkTonAddress(QStringView address)
{
    const qsizetype colon = address.indexOf(u':');
    return colon >= 0 ? checkRaw(address, colon) : checkFriendly(address);
}

} // namespace paydesk::address
