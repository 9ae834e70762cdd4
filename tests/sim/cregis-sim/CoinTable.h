#pragma once

#include <QString>

#include <vector>

namespace paydesk::sim {

struct Coin
{
    QString coinName;
    QString chainId;
    QString tokenId;
    // The simulator always knows a coin's precision; whether /api/v1/coins tells it is separate,
    // so clients can be tested on their fallback table.
    int decimals = 0;
    bool advertisesDecimals = true;

    QString currency() const { return chainId + QLatin1Char('@') + tokenId; }
    // Cregis takes a memo (tag) only on XRP and TON.
    bool takesMemo() const;
    bool isXrp() const;
};

// The currencies the simulated project serves.
class CoinTable
{
public:
    CoinTable();

    const Coin* findCurrency(const QString& currency) const;
    bool servesChain(const QString& chainId) const;
    const std::vector<Coin>& coins() const { return m_coins; }

    static constexpr const char* xrpChain = "144";
    static constexpr const char* tonChain = "607";

private:
    std::vector<Coin> m_coins;
};

} // namespace paydesk::sim
