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

namespace {

struct NamedVersion
{
    quint8 version;
    const char* network;
};

struct NamedPrefix
{
    const char* hrp;
    const char* network;
};

constexpr NamedVersion knownVersions[] = {
    {0x00, "Bitcoin P2PKH"},
    {0x05, "Bitcoin P2SH"},
    {0x30, "Litecoin P2PKH"},
    {0x32, "Litecoin P2SH"},
    {0x1e, "Dogecoin P2PKH"},
    {0x16, "Dogecoin P2SH"},
    {0x6f, "Bitcoin/Litecoin testnet P2PKH"},
    {0xc4, "Bitcoin/Litecoin/Dogecoin testnet P2SH"},
    {0x3a, "Litecoin testnet P2SH"},
    {0x71, "Dogecoin testnet P2PKH"},
    {0x41, "TRON"},
};

constexpr NamedPrefix knownPrefixes[] = {
    {"bc", "Bitcoin"},   {"tb", "Bitcoin testnet"},    {"bcrt", "Bitcoin regtest"},
    {"ltc", "Litecoin"}, {"tltc", "Litecoin testnet"}, {"rltc", "Litecoin regtest"},
};

} // namespace

QString networkOfVersion(quint8 version)
{
    for (const NamedVersion& known : knownVersions) {
        if (known.version == version) {
            return QString::fromLatin1(known.network);
        }
    }
    return {};
}

QString networkOfSegwitHrp(QStringView hrp)
{
    // Case-insensitive because it also sorts raw input, before bech32 decoding has lowered it.
    for (const NamedPrefix& known : knownPrefixes) {
        if (hrp.compare(QLatin1String(known.hrp), Qt::CaseInsensitive) == 0) {
            return QString::fromLatin1(known.network);
        }
    }
    return {};
}

} // namespace paydesk::address
