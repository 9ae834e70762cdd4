#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace paydesk::address {

// What a Bitcoin-family chain accepts: its Base58Check version bytes and its segwit prefix.
struct BitcoinChainRules
{
    const char* name = "";
    quint8 versions[3] = {};
    int versionCount = 0;
    const char* segwitHrp = nullptr; // nullptr: the chain has no native segwit addresses
};

// The rules for a Cregis chain id ("0" BTC, "2" LTC, "3" DOGE); nullopt for any other.
std::optional<BitcoinChainRules> bitcoinChainRules(const QString& chainId);

// Which network uses a Base58Check version byte or a segwit prefix, for telling a person that an
// address is real but meant for another network. Empty when no network we know of uses it.
QString networkOfVersion(quint8 version);
QString networkOfSegwitHrp(QStringView hrp);

} // namespace paydesk::address
