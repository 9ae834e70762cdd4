#include "CrossChainHint.h"

#include "BitcoinAddress.h"
#include "EvmAddress.h"
#include "TonAddress.h"
#include "TronAddress.h"
#include "XrpAddress.h"

namespace paydesk::address {

using money::ChainFamily;

QString otherChainAccepting(ChainFamily family, QStringView address)
{
    // Bitcoin-family chains tell each other apart by version byte and prefix themselves.
    if (family != ChainFamily::Bitcoin) {
        if (checkBitcoinAddress(QStringLiteral("0"), address).ok()) {
            return QStringLiteral("BTC");
        }
        if (checkBitcoinAddress(QStringLiteral("2"), address).ok()) {
            return QStringLiteral("LTC");
        }
        if (checkBitcoinAddress(QStringLiteral("3"), address).ok()) {
            return QStringLiteral("DOGE");
        }
    }
    if (family != ChainFamily::Evm && checkEvmAddress(address).ok()) {
        return QStringLiteral("an EVM chain (Ethereum, BSC)");
    }
    if (family != ChainFamily::Tron && checkTronAddress(address).ok()) {
        return QStringLiteral("TRON");
    }
    if (family != ChainFamily::Xrp && checkXrpAddress(address).ok()) {
        return QStringLiteral("XRP");
    }
    if (family != ChainFamily::Ton && checkTonAddress(address).ok()) {
        return QStringLiteral("TON");
    }
    return {};
}

} // namespace paydesk::address
