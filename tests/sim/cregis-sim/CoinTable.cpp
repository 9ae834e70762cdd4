#include "CoinTable.h"

namespace paydesk::sim {

namespace {

struct CoinRow
{
    const char* coinName;
    const char* chainId;
    const char* tokenId;
    int decimals;
    bool advertisesDecimals;
};

// The table of docs/cregis-api.md, TON (whose chain id Cregis does not publish; 607 is the
// simulator's pick) and a TRON test-net token. DOGE deliberately comes without decimals.
constexpr CoinRow servedCoins[] = {
    {"BTC", "0", "0", 8, true},
    {"LTC", "2", "2", 8, true},
    {"DOGE", "3", "3", 8, false},
    {"ETH", "60", "60", 18, true},
    {"USDT-ERC20", "60", "0xdac17f958d2ee523a2206206994597c13d831ec7", 6, true},
    {"USDC-ERC20", "60", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", 6, true},
    {"XRP", "144", "144", 6, true},
    {"TRX", "195", "195", 6, true},
    {"USDT-TRC20", "195", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", 6, true},
    {"USDC-TRC20", "195", "TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8", 6, true},
    {"BNB", "2510", "2510", 18, true},
    {"USDT-BEP20", "2510", "0x55d398326f99059ff775485246999027b3197955", 18, true},
    {"USDC-BEP20", "2510", "0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d", 18, true},
    {"TON", "607", "607", 9, true},
    {"USDT-TRC20-TESTNET", "198", "TG3XXyExBkPp9nzdajDZsozEu4BkaSJozs", 6, true},
};

} // namespace

bool Coin::takesMemo() const
{
    return chainId == QLatin1String(CoinTable::xrpChain) || chainId == QLatin1String(CoinTable::tonChain);
}

bool Coin::isXrp() const
{
    return chainId == QLatin1String(CoinTable::xrpChain);
}

CoinTable::CoinTable()
{
    for (const CoinRow& row : servedCoins) {
        m_coins.push_back({QString::fromLatin1(row.coinName), QString::fromLatin1(row.chainId),
                           QString::fromLatin1(row.tokenId), row.decimals, row.advertisesDecimals});
    }
}

const Coin* CoinTable::findCurrency(const QString& currency) const
{
    for (const Coin& coin : m_coins) {
        if (coin.currency() == currency) {
            return &coin;
        }
    }
    return nullptr;
}

bool CoinTable::servesChain(const QString& chainId) const
{
    for (const Coin& coin : m_coins) {
        if (coin.chainId == chainId) {
            return true;
        }
    }
    return false;
}

} // namespace paydesk::sim
