#include "AssetCatalogue.h"

namespace paydesk::money {

namespace {

Asset makeAsset(const char* chainId, const char* tokenId, const char* coinName, int decimals)
{
    Asset asset;
    asset.chainId = QString::fromLatin1(chainId);
    asset.tokenId = QString::fromLatin1(tokenId);
    asset.currency = asset.chainId + u'@' + asset.tokenId;
    asset.coinName = QString::fromLatin1(coinName);
    asset.decimals = decimals;
    asset.family = AssetCatalogue::familyForChain(asset.chainId, asset.coinName);
    return asset;
}

} // namespace

AssetCatalogue AssetCatalogue::builtIn()
{
    // From the Cregis docs (see docs/cregis-api.md, "Chains PayDesk knows without asking"); decimals are each chain's
    // standard.
    AssetCatalogue catalogue;
    catalogue.m_assets = {
        makeAsset("0", "0", "BTC", 8),
        makeAsset("2", "2", "LTC", 8),
        makeAsset("3", "3", "DOGE", 8),
        makeAsset("60", "60", "ETH", 18),
        makeAsset("60", "0xdac17f958d2ee523a2206206994597c13d831ec7", "USDT-ERC20", 6),
        makeAsset("60", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "USDC-ERC20", 6),
        makeAsset("144", "144", "XRP", 6),
        makeAsset("195", "195", "TRX", 6),
        makeAsset("195", "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT-TRC20", 6),
        makeAsset("195", "TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8", "USDC-TRC20", 6),
        makeAsset("2510", "2510", "BNB", 18),
        makeAsset("2510", "0x55d398326f99059ff775485246999027b3197955", "USDT-BEP20", 18),
        makeAsset("2510", "0x8ac76a51cc950d9822d68b83fe1ad97b32cd580d", "USDC-BEP20", 18),
    };
    return catalogue;
}

ChainFamily AssetCatalogue::familyForChain(const QString& chainId, const QString& coinName)
{
    static const QStringList bitcoinChains{QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("3")};
    static const QStringList evmChains{QStringLiteral("60"), QStringLiteral("2510"), QStringLiteral("2610")};
    static const QStringList tronChains{QStringLiteral("195"), QStringLiteral("198")};
    if (bitcoinChains.contains(chainId)) {
        return ChainFamily::Bitcoin;
    }
    if (evmChains.contains(chainId)) {
        return ChainFamily::Evm;
    }
    if (tronChains.contains(chainId)) {
        return ChainFamily::Tron;
    }
    if (chainId == QLatin1String("144")) {
        return ChainFamily::Xrp;
    }
    // TON's chain id is not published; the coin list names it.
    if (coinName.compare(QLatin1String("TON"), Qt::CaseInsensitive) == 0
        || coinName.startsWith(QLatin1String("TON-"), Qt::CaseInsensitive)
        || coinName.endsWith(QLatin1String("-TON"), Qt::CaseInsensitive)) {
        return ChainFamily::Ton;
    }
    return ChainFamily::Unknown;
}

std::optional<Asset> AssetCatalogue::find(const QString& currency) const
{
    for (const Asset& asset : m_assets) {
        if (asset.currency == currency) {
            return asset;
        }
    }
    return std::nullopt;
}

QList<Asset> AssetCatalogue::matching(const QString& currencyOrCoinName) const
{
    if (auto byCurrency = find(currencyOrCoinName)) {
        return {*byCurrency};
    }
    QList<Asset> found;
    for (const Asset& asset : m_assets) {
        if (asset.coinName.compare(currencyOrCoinName, Qt::CaseInsensitive) == 0) {
            found.append(asset);
        }
    }
    return found;
}

std::optional<Asset> AssetCatalogue::resolve(const QString& currencyOrCoinName) const
{
    // The first of several would pay on a chain nobody chose.
    const QList<Asset> found = matching(currencyOrCoinName);
    return found.size() == 1 ? std::optional<Asset>(found.first()) : std::nullopt;
}

void AssetCatalogue::merge(const Asset& served)
{
    for (Asset& asset : m_assets) {
        if (asset.currency == served.currency) {
            if (served.decimals) {
                asset.decimals = served.decimals;
            }
            if (!served.coinName.isEmpty()) {
                asset.coinName = served.coinName;
            }
            if (served.family != ChainFamily::Unknown) {
                asset.family = served.family;
            }
            return;
        }
    }
    m_assets.append(served);
}

void AssetCatalogue::setDecimals(const QString& currency, int decimals)
{
    for (Asset& asset : m_assets) {
        if (asset.currency == currency) {
            asset.decimals = decimals;
        }
    }
}

} // namespace paydesk::money
