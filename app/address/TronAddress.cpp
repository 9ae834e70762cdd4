#include "TronAddress.h"

#include "Base58Check.h"
#include "BitcoinNetworks.h"
#include "CheckResults.h"

namespace paydesk::address {

namespace {

constexpr quint8 tronVersion = 0x41;
constexpr qsizetype addressLength = 34;

// TRON tools also print the same account as 42 hex digits starting with "41"; Cregis takes the
// base58 form, so the hex form is refused with a hint rather than as random characters.
bool isHexForm(QStringView text)
{
    if (text.size() != 42 || !text.startsWith(u"41")) {
        return false;
    }
    for (QChar c : text) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F')) {
            return false;
        }
    }
    return true;
}

} // namespace

AddressCheck checkTronAddress(QStringView address)
{
    if (isHexForm(address)) {
        return refused(AddressProblem::BadEncoding,
                       QStringLiteral("hex form of a TRON address; use the base58 'T' form"));
    }
    const Base58CheckPayload payload = decodeBase58Check(address, bitcoinBase58);
    if (payload.problem == AddressProblem::BadCharacter) {
        return refused(payload.problem, payload.detail);
    }
    // Every 0x41 payload encodes to exactly 34 characters. Checked before the checksum because a
    // dropped character can still decode to 25 bytes, and "wrong length" is the truer answer.
    if (address.size() != addressLength) {
        return refused(AddressProblem::BadLength,
                       QStringLiteral("%1 characters; a TRON address has 34").arg(address.size()));
    }
    if (payload.problem != AddressProblem::None) {
        return refused(payload.problem, payload.detail);
    }
    if (payload.version != tronVersion) {
        const QString network = networkOfVersion(payload.version);
        if (!network.isEmpty()) {
            return refused(AddressProblem::WrongNetwork,
                           QStringLiteral("version byte %1 is %2, not TRON").arg(hexByte(payload.version), network));
        }
        return refused(AddressProblem::WrongVersion,
                       QStringLiteral("version byte %1; TRON uses 0x41").arg(hexByte(payload.version)));
    }
    return accepted();
}

} // namespace paydesk::address
