#include "Desk.h"

#include "PolicySettings.h"
#include "config/CurrencySettings.h"

#include <QSettings>

namespace paydesk::desk {

Desk::Desk(config::AppPaths paths, config::Profile profile, QString actor, QObject* parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_profile(std::move(profile))
    , m_actor(std::move(actor))
{
    reloadCatalogue();
}

void Desk::reloadCatalogue()
{
    QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
    m_catalogue = config::CurrencySettings(settings, m_profile.name).catalogue();
}

void Desk::setManualDecimals(const QString& currency, int decimals)
{
    {
        QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
        config::CurrencySettings(settings, m_profile.name).setManualDecimals(currency, decimals);
    }
    reloadCatalogue();
    Q_EMIT catalogueChanged();
}

// The submitter and client refer to the store and to each other: destroy them first.
Desk::~Desk()
{
    m_retired.clear();
    m_retiredClients.clear();
    m_submitter.reset();
    m_client.reset();
    m_approvals.reset();
    m_store.reset();
}

bool Desk::openStore(QString* error)
{
    const store::StoreScope scope{m_profile.name, m_profile.pid, m_profile.baseUrl};
    m_store = store::PayoutStore::openSqlite(m_paths.databaseFile(m_profile), scope, m_clock, error);
    if (!m_store) {
        return false;
    }
    // Only claims whose process is gone: another PayDesk may be sending right now.
    m_store->recoverAbandonedClaims(m_actor);
    m_approvals = std::make_unique<workflow::ApprovalService>(*m_store, policy(), m_clock);
    return true;
}

void Desk::setApiKey(const QByteArray& apiKey)
{
    // A submission may be waiting for its answer on the old client: keep the old pair alive so
    // that answer is still recorded, rather than lost (and the payout left `unknown`).
    if (m_client) {
        m_retired.push_back(std::move(m_submitter));
        m_retiredClients.push_back(std::move(m_client));
    }
    m_client = std::make_unique<cregis::CregisClient>(cregis::Endpoint{m_profile.baseUrl, m_profile.pid},
                                                      std::make_unique<cregis::Signer>(apiKey), m_clock, m_nonces);
    wireSubmitter();
    Q_EMIT clientChanged();
}

void Desk::wireSubmitter()
{
    if (!m_store || !m_client) {
        return;
    }
    // Nothing leaves without the policy's approval, checked again at the moment of sending by
    // the desk's one approval service, whose policy follows setPolicy().
    m_submitter = std::make_unique<workflow::PayoutSubmitter>(*m_store, *m_client, *m_approvals, m_actor);
}

workflow::ApprovalPolicy Desk::policy() const
{
    QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
    return PolicySettings(settings, m_profile.name).load();
}

void Desk::setPolicy(const workflow::ApprovalPolicy& policy)
{
    {
        QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
        PolicySettings(settings, m_profile.name).save(policy);
    }
    if (m_approvals) {
        m_approvals->setPolicy(policy);
    }
    Q_EMIT policyChanged();
}

void Desk::refreshCoins(QObject* context, std::function<void(const QString& error)> done)
{
    if (!m_client) {
        done(QStringLiteral("No API key is loaded for this profile."));
        return;
    }
    m_client->listCoins(context, [this, done = std::move(done)](const cregis::CregisResult<cregis::CoinList>& result) {
        if (!result.ok()) {
            done(result.error.message.isEmpty() ? result.error.code : result.error.message);
            return;
        }
        QList<money::Asset> served;
        for (const cregis::Coin& coin : result.value->payoutCoins) {
            money::Asset asset;
            asset.chainId = coin.chainId;
            asset.tokenId = coin.tokenId;
            asset.currency = coin.chainId + u'@' + coin.tokenId;
            asset.coinName = coin.coinName;
            asset.decimals = coin.decimals;
            asset.family = money::AssetCatalogue::familyForChain(coin.chainId, coin.coinName);
            served.append(asset);
        }
        {
            QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
            config::CurrencySettings(settings, m_profile.name).saveServed(served);
        }
        reloadCatalogue();
        Q_EMIT catalogueChanged();
        done(QString());
    });
}

payout::PayoutValidator Desk::validator() const
{
    return payout::PayoutValidator(m_catalogue);
}

payout::ValidationIssues Desk::historyIssues(const payout::PayoutFields& fields) const
{
    if (!m_store || m_store->recipientsResembling(fields.toAddress).isEmpty()) {
        return {};
    }
    return {payout::ValidationIssue{payout::PayoutField::ToAddress, payout::IssueCode::LookAlikeAddress,
                                    payout::IssueSeverity::Warning, 0, 0}};
}

payout::PayoutFields Desk::withProfileDefaults(payout::PayoutFields fields) const
{
    if (!fields.walletId) {
        fields.walletId = m_profile.defaultWalletId;
    }
    if (fields.callbackUrl.isEmpty()) {
        fields.callbackUrl = m_profile.callbackUrl;
    }
    return fields;
}

} // namespace paydesk::desk
