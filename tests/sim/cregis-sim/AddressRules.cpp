#include "AddressRules.h"

#include "CoinTable.h"

namespace paydesk::sim {

namespace {

bool isTronChain(QStringView chainId)
{
    return chainId == QLatin1String("195") || chainId == QLatin1String("198");
}

bool isEvmChain(QStringView chainId)
{
    return chainId == QLatin1String("60") || chainId == QLatin1String("2510") || chainId == QLatin1String("2610");
}

bool isBase58(QChar c)
{
    static constexpr QLatin1String alphabet("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    return alphabet.contains(c);
}

bool isHex(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
}

bool isTronAddress(QStringView address)
{
    if (address.size() != 34 || !address.startsWith(QLatin1Char('T'))) {
        return false;
    }
    for (const QChar c : address) {
        if (!isBase58(c)) {
            return false;
        }
    }
    return true;
}

bool isEvmAddress(QStringView address)
{
    if (address.size() != 42 || !address.startsWith(QLatin1String("0x"))) {
        return false;
    }
    for (const QChar c : address.mid(2)) {
        if (!isHex(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isWellFormedAddress(QStringView address)
{
    if (address.isEmpty() || address.size() > 128) {
        return false;
    }
    for (const QChar c : address) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

bool isLegalAddress(QStringView address, QStringView chainId, const CoinTable& coins)
{
    if (!coins.servesChain(chainId.toString())) {
        return false;
    }
    if (isTronChain(chainId)) {
        return isTronAddress(address);
    }
    if (isEvmChain(chainId)) {
        return isEvmAddress(address);
    }
    return isWellFormedAddress(address);
}

} // namespace paydesk::sim
