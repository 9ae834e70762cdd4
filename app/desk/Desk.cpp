#include "Desk.h"

#include "PolicySettings.h"
#include "config/CurrencySettings.h"
#include "store/TeamPolicy.h"

#include <QSettings>

namespace paydesk::desk {

Desk::Desk(config::AppPaths paths, config::Profile profile, QString actor, const config::Clock* clock, QObject* parent)
    : QObject(parent)
    , m_paths(std::move(paths))
    , m_profile(std::move(profile))
    , m_person(std::move(actor))
    , m_systemClock(clock ? nullptr : std::make_unique<config::SystemClock>())
    , m_clock(clock ? clock : m_systemClock.get())
    , m_client(std::make_unique<cregis::CregisClient>(cregis::Endpoint{m_profile.baseUrl, m_profile.pid}, nullptr,
                                                      *m_clock, m_nonces))
{
    reloadCatalogue();
}

Desk::~Desk()
{
    // Before the store they use: requests still out are dropped with the client.
    m_watch.reset();
    m_reconciler.reset();
    m_submitter.reset();
    m_intake.reset();
    m_decisions.reset();
    m_approvals.reset();
    m_client.reset();
    m_store.reset();
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

bool Desk::openStore(store::StoreError* error)
{
    const store::StoreScope scope{m_profile.name, m_profile.pid, m_profile.baseUrl};
    if (const QString teamUrl = teamDatabaseUrl(); !teamUrl.isEmpty()) {
        const std::optional<config::TeamDatabase> team = teamDatabase();
        if (!team) {
            *error = store::StoreError::database(0, QStringLiteral("read the team database URL %1").arg(teamUrl));
            return false;
        }
        m_store = store::ProfileStore::openPostgres(*team, m_databasePassword, scope, *m_clock, error);
        m_databasePassword.clear();
        if (!m_store) {
            return false;
        }
        m_store->database().setReconnectBudget(m_reconnectBudgetMs);
        // Who acts is who the database says is connected, whatever this process was told.
        m_person.switchTo(m_store->database().identity());
    } else {
        m_store = store::ProfileStore::openSqlite(m_paths.databaseFile(m_profile), scope, *m_clock, error);
    }
    if (!m_store) {
        return false;
    }
    // Only claims whose process is gone: another PayDesk may be sending right now.
    m_store->payouts().recoverAbandonedClaims(m_person.name());
    m_approvals
        = std::make_unique<workflow::ApprovalService>(m_store->payouts(), m_store->approvals(), policy(), *m_clock);
    m_decisions = std::make_unique<workflow::ApprovalDecisions>(m_store->payouts(), *m_approvals, m_person);
    m_intake = std::make_unique<workflow::PayoutIntake>(m_store->payouts(), m_catalogue, m_profile, *m_clock);
    // Nothing leaves without the policy's approval, checked again at the moment of sending by the
    // desk's one approval service, whose policy follows setPolicy().
    m_submitter = std::make_unique<workflow::PayoutSubmitter>(m_store->payouts(), *m_client, *m_approvals, m_person);
    m_reconciler
        = std::make_unique<workflow::Reconciler>(m_store->payouts(), *m_client, *m_approvals, *m_clock, m_person);
    return true;
}

void Desk::setApiKey(const QByteArray& apiKey)
{
    m_client->setSigner(std::make_unique<cregis::Signer>(apiKey));
    Q_EMIT apiKeyChanged();
}

bool Desk::switchPerson(const QString& name)
{
    if (!m_profile.demo || name.trimmed().isEmpty()) {
        return false;
    }
    m_person.switchTo(name.trimmed());
    Q_EMIT personChanged();
    return true;
}

QString Desk::teamDatabaseUrl() const
{
    if (m_profile.demo) {
        return {}; // the demo's payouts stay in their own file
    }
    return m_paths.teamDatabaseOverride.isEmpty() ? m_profile.teamDatabase : m_paths.teamDatabaseOverride;
}

ConnectionWatch* Desk::watchConnection(int pingIntervalMs)
{
    if (!isTeamStore()) {
        return nullptr;
    }
    if (!m_watch) {
        m_watch = std::make_unique<ConnectionWatch>(m_store->database(), pingIntervalMs);
    }
    return m_watch.get();
}

std::optional<config::TeamDatabase> Desk::teamDatabase() const
{
    const QString url = teamDatabaseUrl();
    config::TeamDatabaseProblem problem = config::TeamDatabaseProblem::None;
    return url.isEmpty() ? std::nullopt : config::TeamDatabase::parse(url, &problem);
}

workflow::ApprovalPolicy Desk::policy() const
{
    if (isTeamStore()) {
        store::StoreError error;
        std::optional<PolicyValues> values = store::TeamPolicy::read(m_store->database(), &error);
        if (!values) {
            // Fails closed: nothing is approved or sent on a policy nobody could read.
            workflow::ApprovalPolicy blocked;
            blocked.blocked = true;
            blocked.problems.append({workflow::PolicyProblem::Kind::ApprovalsRequired, error.detail, {}, 0});
            return blocked;
        }
        return PolicySettings(*values).load();
    }
    QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
    PolicyValues values = PolicySettings::read(settings, m_profile.name);
    return PolicySettings(values).load();
}

bool Desk::setPolicy(const workflow::ApprovalPolicy& policy, store::StoreError* error)
{
    PolicyValues values;
    PolicySettings(values).save(policy);
    if (isTeamStore()) {
        store::StoreError failure;
        if (!store::TeamPolicy::write(m_store->database(), values, &failure)) {
            if (error) {
                *error = failure;
            }
            return false;
        }
    } else {
        QSettings settings(m_paths.settingsFile, QSettings::IniFormat);
        PolicySettings::write(settings, m_profile.name, values);
    }
    if (m_approvals) {
        m_approvals->setPolicy(policy);
    }
    Q_EMIT policyChanged();
    return true;
}

void Desk::refreshCoins(QObject* context, std::function<void(const cregis::CregisError& error)> done)
{
    m_client->listCoins(context, [this, done = std::move(done)](const cregis::CregisResult<cregis::CoinList>& result) {
        if (!result.ok()) {
            done(result.error);
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
        done(cregis::CregisError{});
    });
}

} // namespace paydesk::desk
