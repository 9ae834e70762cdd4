#include "Bech32.h"

#include "CheckResults.h"

#include <array>

namespace paydesk::address {

namespace {

constexpr qsizetype maxLength = 90;
constexpr qsizetype checksumLength = 6;
constexpr quint32 bech32Constant = 1;
constexpr quint32 bech32mConstant = 0x2bc830a3;

constexpr char charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

constexpr std::array<signed char, 128> makeCharsetValues()
{
    std::array<signed char, 128> values{};
    values.fill(-1);
    for (int value = 0; value < 32; ++value) {
        values[static_cast<unsigned char>(charset[value])] = static_cast<signed char>(value);
    }
    return values;
}

constexpr std::array<signed char, 128> charsetValues = makeCharsetValues();

quint32 polymodStep(quint32 checksum, quint8 value)
{
    constexpr quint32 generator[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    const quint32 top = checksum >> 25;
    checksum = ((checksum & 0x1ffffff) << 5) ^ value;
    for (int bit = 0; bit < 5; ++bit) {
        if ((top >> bit) & 1) {
            checksum ^= generator[bit];
        }
    }
    return checksum;
}

quint32 polymod(const QString& hrp, const QByteArray& values)
{
    // The human-readable part enters the checksum expanded: high bits, a zero, then low bits.
    quint32 checksum = 1;
    for (QChar c : hrp) {
        checksum = polymodStep(checksum, static_cast<quint8>(c.unicode() >> 5));
    }
    checksum = polymodStep(checksum, 0);
    for (QChar c : hrp) {
        checksum = polymodStep(checksum, static_cast<quint8>(c.unicode() & 31));
    }
    for (char value : values) {
        checksum = polymodStep(checksum, static_cast<quint8>(value));
    }
    return checksum;
}

} // namespace

Bech32String decodeBech32(QStringView text)
{
    Bech32String result;
    bool hasLower = false;
    bool hasUpper = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 33 || c > 126) {
            result.problem = AddressProblem::BadCharacter;
            result.detail = QStringLiteral("character at position %1 is outside bech32's range").arg(i + 1);
            return result;
        }
        hasLower = hasLower || (c >= u'a' && c <= u'z');
        hasUpper = hasUpper || (c >= u'A' && c <= u'Z');
    }
    if (text.size() > maxLength) {
        result.problem = AddressProblem::BadLength;
        result.detail = QStringLiteral("bech32 allows at most 90 characters");
        return result;
    }
    if (hasLower && hasUpper) {
        result.problem = AddressProblem::BadEncoding;
        result.detail = QStringLiteral("bech32 must be all lower or all upper case");
        return result;
    }

    const QString lower = text.toString().toLower();
    const qsizetype separator = lower.lastIndexOf(u'1');
    if (separator < 0) {
        result.problem = AddressProblem::BadEncoding;
        result.detail = QStringLiteral("no '1' separator");
        return result;
    }
    if (separator == 0) {
        result.problem = AddressProblem::BadEncoding;
        result.detail = QStringLiteral("empty human-readable part");
        return result;
    }
    if (lower.size() - separator - 1 < checksumLength) {
        result.problem = AddressProblem::BadLength;
        result.detail = QStringLiteral("checksum shorter than 6 characters");
        return result;
    }

    QByteArray values;
    values.reserve(lower.size() - separator - 1);
    for (qsizetype i = separator + 1; i < lower.size(); ++i) {
        const int value = charsetValues[lower[i].unicode()];
        if (value < 0) {
            result.problem = AddressProblem::BadCharacter;
            result.detail = QStringLiteral("'%1' at position %2 is not a bech32 character").arg(text[i]).arg(i + 1);
            return result;
        }
        values.append(static_cast<char>(value));
    }

    const QString hrp = lower.left(separator);
    const quint32 residue = polymod(hrp, values);
    if (residue == bech32Constant) {
        result.variant = Bech32Variant::Bech32;
    } else if (residue == bech32mConstant) {
        result.variant = Bech32Variant::Bech32m;
    } else {
        result.problem = AddressProblem::BadChecksum;
        result.detail = QStringLiteral("bech32 checksum does not match");
        return result;
    }
    result.hrp = hrp;
    values.chop(checksumLength);
    result.data = values;
    return result;
}

} // namespace paydesk::address
