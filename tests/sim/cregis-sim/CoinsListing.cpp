#include "CoinTable.h"
#include "Endpoints.h"

#include <QJsonArray>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

ApiResult listCoins(const CoinTable& coins)
{
    QJsonArray list;
    for (const Coin& coin : coins.coins()) {
        QJsonObject entry{
            {u"coin_name"_s, coin.coinName},
            {u"chain_id"_s, coin.chainId},
            {u"token_id"_s, coin.tokenId},
        };
        if (coin.advertisesDecimals) {
            entry.insert(u"decimals"_s, QString::number(coin.decimals));
        }
        list.append(entry);
    }
    return QJsonObject{
        {u"payout_coins"_s, list},
        {u"address_coins"_s, list},
        {u"order_coins"_s, QJsonValue::Null},
    };
}

} // namespace paydesk::sim
