#include "BitcoinNetworks.h"

namespace paydesk::address {

std::optional<BitcoinChainRules> bitcoinChainRules(const QString& chainId)
{
    if (chainId == QLatin1String("0")) {
        return BitcoinChainRules{"BTC", {0x00, 0x05}, 2, "bc"};
    }
    if (chainId == QLatin1String("2")) {
        // 0x05 is Litecoin's legacy P2SH version, from before it moved to 'M' addresses (0x32).
        return BitcoinChainRules{"LTC", {0x30, 0x32, 0x05}, 3, "ltc"};
    }
    if (chainId == QLatin1String("3")) {
        return BitcoinChainRules{"DOGE", {0x1e, 0x16}, 2, nullptr};
    }
    return std::nullopt;
}

QString networkOfVersion(quint8 version)
{
    switch (version) {
    case 0x00:
        return QStringLiteral("Bitcoin P2PKH");
    case 0x05:
        return QStringLiteral("Bitcoin P2SH");
    case 0x30:
        return QStringLiteral("Litecoin P2PKH");
    case 0x32:
        return QStringLiteral("Litecoin P2SH");
    case 0x1e:
        return QStringLiteral("Dogecoin P2PKH");
    case 0x16:
        return QStringLiteral("Dogecoin P2SH");
    case 0x6f:
        return QStringLiteral("Bitcoin/Litecoin testnet P2PKH");
    case 0xc4:
        return QStringLiteral("Bitcoin/Litecoin/Dogecoin testnet P2SH");
    case 0x3a:
        return QStringLiteral("Litecoin testnet P2SH");
    case 0x71:
        return QStringLiteral("Dogecoin testnet P2PKH");
    case 0x41:
        return QStringLiteral("TRON");
    default:
        return {};
    }
}

QString networkOfSegwitHrp(const QString& hrp)
{
    if (hrp == QLatin1String("bc")) {
        return QStringLiteral("Bitcoin");
    }
    if (hrp == QLatin1String("tb")) {
        return QStringLiteral("Bitcoin testnet");
    }
    if (hrp == QLatin1String("bcrt")) {
        return QStringLiteral("Bitcoin regtest");
    }
    if (hrp == QLatin1String("ltc")) {
        return QStringLiteral("Litecoin");
    }
    if (hrp == QLatin1String("tltc")) {
        return QStringLiteral("Litecoin testnet");
    }
    if (hrp == QLatin1String("rltc")) {
        return QStringLiteral("Litecoin regtest");
    }
    return {};
}

} // namespace paydesk::address
