#include "CurrencySettings.h"

#include "money/Amount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk::config {

CurrencySettings::CurrencySettings(QSettings& settings, QString profileName)
    : m_settings(settings)
    , m_profile(std::move(profileName))
{ }

QString CurrencySettings::group() const
{
    return QStringLiteral("profiles/%1/currencies").arg(m_profile);
}

money::AssetCatalogue CurrencySettings::catalogue() const
{
    money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    const QJsonArray served
        = QJsonDocument::fromJson(m_settings.value(group() + QStringLiteral("/served")).toByteArray()).array();
    for (const QJsonValue& entry : served) {
        const QJsonObject object = entry.toObject();
        money::Asset asset;
        asset.chainId = object.value(QLatin1String("chain_id")).toString();
        asset.tokenId = object.value(QLatin1String("token_id")).toString();
        asset.coinName = object.value(QLatin1String("coin_name")).toString();
        if (asset.chainId.isEmpty() || asset.tokenId.isEmpty()) {
            continue;
        }
        asset.currency = asset.chainId + u'@' + asset.tokenId;
        const QJsonValue decimals = object.value(QLatin1String("decimals"));
        if (decimals.isDouble()) {
            asset.decimals = decimals.toInt();
        }
        asset.family = money::AssetCatalogue::familyForChain(asset.chainId, asset.coinName);
        catalogue.merge(asset);
    }
    // A person's decimals only fill gaps: the gateway stays the authority where it speaks.
    for (const money::Asset& asset : catalogue.assets()) {
        if (!asset.decimals) {
            if (const auto manual = manualDecimals(asset.currency)) {
                catalogue.setDecimals(asset.currency, *manual);
            }
        }
    }
    return catalogue;
}

void CurrencySettings::saveServed(const QList<money::Asset>& served)
{
    QJsonArray array;
    for (const money::Asset& asset : served) {
        QJsonObject object{{QStringLiteral("chain_id"), asset.chainId},
                           {QStringLiteral("token_id"), asset.tokenId},
                           {QStringLiteral("coin_name"), asset.coinName}};
        if (asset.decimals) {
            object.insert(QStringLiteral("decimals"), *asset.decimals);
        }
        array.append(object);
    }
    m_settings.setValue(group() + QStringLiteral("/served"), QJsonDocument(array).toJson(QJsonDocument::Compact));
    m_settings.sync();
}

void CurrencySettings::setManualDecimals(const QString& currency, int decimals)
{
    // '@' and '/' are not safe in settings keys; the currency goes into the value instead.
    QVariantMap manual = m_settings.value(group() + QStringLiteral("/manual_decimals")).toMap();
    manual.insert(currency, decimals);
    m_settings.setValue(group() + QStringLiteral("/manual_decimals"), manual);
    m_settings.sync();
}

void CurrencySettings::clearManualDecimals(const QString& currency)
{
    QVariantMap manual = m_settings.value(group() + QStringLiteral("/manual_decimals")).toMap();
    manual.remove(currency);
    m_settings.setValue(group() + QStringLiteral("/manual_decimals"), manual);
    m_settings.sync();
}

std::optional<int> CurrencySettings::manualDecimals(const QString& currency) const
{
    const QVariantMap manual = m_settings.value(group() + QStringLiteral("/manual_decimals")).toMap();
    if (!manual.contains(currency)) {
        return std::nullopt;
    }
    bool ok = false;
    const int decimals = manual.value(currency).toInt(&ok);
    return ok && decimals >= 0 && decimals <= money::Amount::maxDecimals ? std::optional<int>(decimals) : std::nullopt;
}

} // namespace paydesk::config
