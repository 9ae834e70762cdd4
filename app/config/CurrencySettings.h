#pragma once

#include "money/AssetCatalogue.h"

#include <QSettings>
#include <QString>

namespace paydesk::config {

// A profile's currency knowledge that outlives a session: the coin list the gateway last served
// (so decimals it served are known offline) and the decimals a person set for currencies whose
// decimals nobody serves. Kept under `profiles/<name>/currencies/` in the settings file.
class CurrencySettings
{
public:
    CurrencySettings(QSettings& settings, QString profileName);

    // The built-in table, then the cached served list, then manual decimals for what is still unknown.
    money::AssetCatalogue catalogue() const;

    void saveServed(const QList<money::Asset>& served);
    void setManualDecimals(const QString& currency, int decimals);
    void clearManualDecimals(const QString& currency);
    std::optional<int> manualDecimals(const QString& currency) const;

private:
    QString group() const;

    QSettings& m_settings;
    QString m_profile;
};

} // namespace paydesk::config
