#include "Base58.h"

namespace paydesk::address {

Base58Decoded decodeBase58(QStringView text, const Base58Alphabet& alphabet, qsizetype maxBytes)
{
    Base58Decoded result;
    qsizetype leadingZeros = 0;
    while (leadingZeros < text.size() && text[leadingZeros].unicode() == alphabet.zero()) {
        ++leadingZeros;
    }
    if (leadingZeros > maxBytes) {
        result.status = Base58Decoded::Status::TooLong;
        return result;
    }

    // The number itself, big-endian, in a buffer that only needs to hold what the caller accepts.
    QByteArray number(maxBytes - leadingZeros, '\0');
    qsizetype used = 0; // significant bytes at the end of `number`
    for (qsizetype i = leadingZeros; i < text.size(); ++i) {
        const int digit = alphabet.digit(text[i].unicode());
        if (digit < 0) {
            result.status = Base58Decoded::Status::BadCharacter;
            result.position = i;
            return result;
        }
        unsigned carry = static_cast<unsigned>(digit);
        qsizetype touched = 0;
        for (qsizetype j = number.size() - 1; j >= 0 && (carry != 0 || touched < used); --j, ++touched) {
            carry += 58u * static_cast<unsigned char>(number[j]);
            number[j] = static_cast<char>(carry & 0xffu);
            carry >>= 8;
        }
        if (carry != 0) {
            // Keep scanning for a bad character: it is the more useful thing to report.
            for (qsizetype k = i + 1; k < text.size(); ++k) {
                if (alphabet.digit(text[k].unicode()) < 0) {
                    result.status = Base58Decoded::Status::BadCharacter;
                    result.position = k;
                    return result;
                }
            }
            result.status = Base58Decoded::Status::TooLong;
            return result;
        }
        used = touched;
    }

    result.bytes = QByteArray(leadingZeros, '\0') + number.right(used);
    return result;
}

} // namespace paydesk::address
