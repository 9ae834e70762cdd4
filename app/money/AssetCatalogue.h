#pragma once

#include "Asset.h"

#include <QList>
#include <QString>

#include <optional>

namespace paydesk::money {

// The currencies a profile can pay out: a built-in table of the chains in the Cregis docs,
// merged with what `/api/v1/coins` serves. Served decimals win over built-in ones because the
// project's gateway is the authority; built-in ones cover the (common) case where none are served.
class AssetCatalogue
{
public:
    static AssetCatalogue builtIn();

    const QList<Asset>& assets() const { return m_assets; }
    std::optional<Asset> find(const QString& currency) const;
    // Accepts `chain_id@token_id` or a coin name such as `USDT-TRC20` (case-insensitive). A coin
    // name served on several chains names none of them: nullopt (see matching()).
    std::optional<Asset> resolve(const QString& currencyOrCoinName) const;
    // Every currency the text names: one for `chain_id@token_id`, one or more for a coin name.
    QList<Asset> matching(const QString& currencyOrCoinName) const;

    // Adds or updates an entry. A served entry without decimals keeps the known ones.
    void merge(const Asset& served);
    // A person's setting for a currency whose decimals nobody serves.
    void setDecimals(const QString& currency, int decimals);

    static ChainFamily familyForChain(const QString& chainId, const QString& coinName);

private:
    QList<Asset> m_assets;
};

} // namespace paydesk::money
