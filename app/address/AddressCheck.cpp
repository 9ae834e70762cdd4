#include "AddressCheck.h"

#include "BitcoinAddress.h"
#include "CheckResults.h"
#include "CrossChainHint.h"
#include "EvmAddress.h"
#include "TonAddress.h"
#include "TronAddress.h"
#include "XrpAddress.h"

namespace paydesk::address {

using money::ChainFamily;

namespace {

AddressCheck checkForFamily(ChainFamily family, const QString& chainId, QStringView address)
{
    switch (family) {
    case ChainFamily::Bitcoin:
        return checkBitcoinAddress(chainId, address);
    case ChainFamily::Evm:
        return checkEvmAddress(address);
    case ChainFamily::Tron:
        return checkTronAddress(address);
    case ChainFamily::Xrp:
        return checkXrpAddress(address);
    case ChainFamily::Ton:
        return checkTonAddress(address);
    case ChainFamily::Unknown:
        break;
    }
    return refused(AddressProblem::UnknownChain, QStringLiteral("no local rules for chain %1").arg(chainId));
}

// Problems that an address for another chain would produce; the more specific ones stand.
bool mayBeOtherChain(AddressProblem problem)
{
    switch (problem) {
    case AddressProblem::BadCharacter:
    case AddressProblem::BadLength:
    case AddressProblem::BadChecksum:
    case AddressProblem::WrongVersion:
    case AddressProblem::BadEncoding:
        return true;
    default:
        return false;
    }
}

} // namespace

AddressCheck checkAddress(ChainFamily family, const QString& chainId, const QString& address)
{
    if (address.isEmpty()) {
        return refused(AddressProblem::Empty, QStringLiteral("address is empty"));
    }
    for (qsizetype i = 0; i < address.size(); ++i) {
        if (address[i].unicode() > 0x7f) {
            return refused(AddressProblem::NonAscii,
                           QStringLiteral("non-ASCII character U+%1 at position %2")
                               .arg(address[i].unicode(), 4, 16, QLatin1Char('0'))
                               .arg(i + 1));
        }
    }

    AddressCheck check = checkForFamily(family, chainId, address);
    if (!check.ok() && mayBeOtherChain(check.problem)) {
        const QString otherChain = otherChainAccepting(family, address);
        if (!otherChain.isEmpty()) {
            return refused(AddressProblem::WrongNetwork, QStringLiteral("a valid %1 address").arg(otherChain));
        }
    }
    return check;
}

} // namespace paydesk::address
