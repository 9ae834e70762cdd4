#include "EvmAddress.h"

#include "CheckResults.h"
#include "Eip55.h"

namespace paydesk::address {

namespace {

constexpr qsizetype hexDigitCount = 40;

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

AddressCheck checkEvmAddress(QStringView address)
{
    if (!address.startsWith(u"0x")) {
        if (address.startsWith(u"0X")) {
            return refused(AddressProblem::BadEncoding, QStringLiteral("prefix must be a lower-case \"0x\""));
        }
        return refused(AddressProblem::BadEncoding, QStringLiteral("address must start with \"0x\""));
    }
    const QStringView digits = address.mid(2);
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (!isHexDigit(digits[i])) {
            return refused(AddressProblem::BadCharacter,
                           QStringLiteral("'%1' at position %2 is not a hex digit").arg(digits[i]).arg(i + 3));
        }
    }
    if (digits.size() != hexDigitCount) {
        return refused(AddressProblem::BadLength,
                       QStringLiteral("%1 hex digits; an address has 40").arg(digits.size()));
    }

    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : digits) {
        hasLower = hasLower || (c >= u'a' && c <= u'f');
        hasUpper = hasUpper || (c >= u'A' && c <= u'F');
    }
    // One case carries no checksum: EIP-55 accepts it, but a typo in it would pass too.
    if (!(hasLower && hasUpper)) {
        return accepted(AddressNote::NoChecksum, QStringLiteral("single-case address has no EIP-55 checksum"));
    }
    if (eip55Checksummed(digits) != digits) {
        return refused(AddressProblem::BadChecksum, QStringLiteral("EIP-55 mixed-case checksum does not match"));
    }
    return accepted();
}

} // namespace paydesk::address
