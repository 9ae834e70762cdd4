#include "SameAddress.h"

#include "AddressCheck.h"

namespace paydesk::address {

bool sameAddress(money::ChainFamily family, const QString& a, const QString& b)
{
    if (a == b) {
        return true;
    }
    if (family != money::ChainFamily::Evm) {
        return false;
    }
    // Only valid spellings: a mixed-case address with a wrong checksum is a different (broken)
    // address, not the same one written another way.
    const bool valid = checkAddress(family, {}, a).ok() && checkAddress(family, {}, b).ok();
    return valid && a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace paydesk::address
