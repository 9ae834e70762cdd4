#include "AddressRules.h"
#include "CoinTable.h"
#include "Endpoints.h"
#include "ParamReader.h"

namespace paydesk::sim {

using namespace Qt::StringLiterals;

ApiResult checkAddressLegal(const CoinTable& coins, const QJsonObject& body)
{
    ParamReader reader(body);
    const QString address = reader.requiredText(u"address"_s);
    const QString chainId = reader.requiredIdText(u"chain_id"_s);
    if (reader.error()) {
        return *reader.error();
    }
    return QJsonObject{{u"result"_s, isLegalAddress(address, chainId, coins)}};
}

ApiResult checkAddressInner(const QSet<QString>& innerAddresses, const QJsonObject& body)
{
    ParamReader reader(body);
    const QString address = reader.requiredText(u"address"_s);
    reader.requiredIdText(u"chain_id"_s);
    if (reader.error()) {
        return *reader.error();
    }
    return QJsonObject{{u"result"_s, innerAddresses.contains(address)}};
}

} // namespace paydesk::sim
