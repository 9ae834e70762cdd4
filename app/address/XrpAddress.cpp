#include "XrpAddress.h"

#include "Base58Check.h"
#include "CheckResults.h"

namespace paydesk::address {

namespace {

constexpr quint8 accountVersion = 0x00;
constexpr qsizetype xAddressLength = 47;

// X-addresses (XLS-5d) are 47 characters, 'X' on main net and 'T' on test net.
bool looksLikeXAddress(QStringView text)
{
    return text.size() == xAddressLength && (text.startsWith(u'X') || text.startsWith(u'T'));
}

} // namespace

AddressCheck checkXrpAddress(QStringView address)
{
    if (looksLikeXAddress(address)) {
        return refused(AddressProblem::BadEncoding,
                       QStringLiteral("X-address not supported; use the classic r-address and a destination tag"));
    }
    const Base58CheckPayload payload = decodeBase58Check(address, rippleBase58);
    if (payload.problem != AddressProblem::None) {
        return refused(payload.problem, payload.detail);
    }
    if (payload.version != accountVersion) {
        return refused(AddressProblem::WrongVersion,
                       QStringLiteral("version byte %1 is not an XRP account address").arg(hexByte(payload.version)));
    }
    return accepted();
}

} // namespace paydesk::address
