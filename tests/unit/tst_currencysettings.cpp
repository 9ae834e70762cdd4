#include "config/CurrencySettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

class TestCurrencySettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servedDecimalsWinAndAreCached();
    void manualDecimalsOnlyFillGaps();
};

namespace {

money::Asset served(const char* chain, const char* token, const char* name, std::optional<int> decimals)
{
    money::Asset asset;
    asset.chainId = QString::fromLatin1(chain);
    asset.tokenId = QString::fromLatin1(token);
    asset.currency = asset.chainId + u'@' + asset.tokenId;
    asset.coinName = QString::fromLatin1(name);
    asset.decimals = decimals;
    return asset;
}

} // namespace

void TestCurrencySettings::servedDecimalsWinAndAreCached()
{
    QTemporaryDir dir;
    {
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        config::CurrencySettings(settings, QStringLiteral("main"))
            .saveServed({served("2510", "0x55d398326f99059ff775485246999027b3197955", "USDT-BEP20", 6),
                         served("3", "3", "DOGE", std::nullopt), served("607", "607", "TON", 9)});
    }
    // A new session reads the cache: no network needed to know the served decimals.
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    const money::AssetCatalogue catalogue = config::CurrencySettings(settings, QStringLiteral("main")).catalogue();
    QCOMPARE(catalogue.resolve(QStringLiteral("USDT-BEP20"))->decimals,
             std::optional<int>(6)); // served beats built-in 18
    QCOMPARE(catalogue.resolve(QStringLiteral("DOGE"))->decimals, std::optional<int>(8)); // none served: built-in stays
    QCOMPARE(catalogue.resolve(QStringLiteral("TON"))->decimals, std::optional<int>(9));
    QCOMPARE(catalogue.resolve(QStringLiteral("TON"))->family, money::ChainFamily::Ton);
    // Another profile has its own cache.
    QCOMPARE(config::CurrencySettings(settings, QStringLiteral("other")).catalogue().resolve(QStringLiteral("TON")),
             std::nullopt);
}

void TestCurrencySettings::manualDecimalsOnlyFillGaps()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    config::CurrencySettings currencies(settings, QStringLiteral("main"));
    currencies.saveServed({served("9000", "abc", "NEWCOIN", std::nullopt)});
    QCOMPARE(currencies.catalogue().find(QStringLiteral("9000@abc"))->decimals, std::nullopt);
    currencies.setManualDecimals(QStringLiteral("9000@abc"), 12);
    QCOMPARE(currencies.catalogue().find(QStringLiteral("9000@abc"))->decimals, std::optional<int>(12));
    // A manual value never overrides known decimals.
    currencies.setManualDecimals(QStringLiteral("0@0"), 2);
    QCOMPARE(currencies.catalogue().find(QStringLiteral("0@0"))->decimals, std::optional<int>(8));
    currencies.clearManualDecimals(QStringLiteral("9000@abc"));
    QCOMPARE(currencies.catalogue().find(QStringLiteral("9000@abc"))->decimals, std::nullopt);
}

QTEST_GUILESS_MAIN(TestCurrencySettings)
#include "tst_currencysettings.moc"
