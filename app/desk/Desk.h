#pragma once

#include "config/AppPaths.h"
#include "config/Clock.h"
#include "config/NonceSource.h"
#include "config/Profile.h"
#include "cregis/CregisClient.h"
#include "money/AssetCatalogue.h"
#include "payout/PayoutValidator.h"
#include "store/PayoutStore.h"
#include "workflow/ApprovalService.h"
#include "workflow/PayoutSubmitter.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace paydesk::desk {

// One profile's working set, wired once for any front end: its store, its currency catalogue and,
// once the API key is known, the signed client and the submitter. Holds no widgets and makes no
// decisions of its own.
class Desk : public QObject
{
    Q_OBJECT

public:
    Desk(config::AppPaths paths, config::Profile profile, QString actor, QObject* parent = nullptr);
    ~Desk() override;

    // Opens (and migrates) the profile's database and turns interrupted submissions into
    // `unknown`. Returns false with a message a person can act on.
    bool openStore(QString* error);

    // The key goes straight into the client's signer; nothing else keeps it.
    void setApiKey(const QByteArray& apiKey);
    bool hasClient() const { return m_client != nullptr; }

    // Merges `/api/v1/coins` into the catalogue and caches it for the profile; `done` gets an
    // empty string or the reason.
    void refreshCoins(QObject* context, std::function<void(const QString& error)> done);
    // A person's decimals for a currency whose decimals nobody serves.
    void setManualDecimals(const QString& currency, int decimals);

    const config::Profile& profile() const { return m_profile; }
    const config::AppPaths& paths() const { return m_paths; }
    const QString& actor() const { return m_actor; }
    const money::AssetCatalogue& catalogue() const { return m_catalogue; }
    payout::PayoutValidator validator() const;
    // Warnings that need the payout history: a recipient resembling one already used.
    payout::ValidationIssues historyIssues(const payout::PayoutFields& fields) const;
    // The profile's values applied to what a person typed (the default wallet, the callback URL).
    payout::PayoutFields withProfileDefaults(payout::PayoutFields fields) const;

    store::PayoutStore* store() const { return m_store.get(); }
    // Approve, reject and cancel under the profile's policy (available once the store is open).
    workflow::ApprovalService* approvals() const { return m_approvals.get(); }
    workflow::ApprovalPolicy policy() const;
    void setPolicy(const workflow::ApprovalPolicy& policy);
    cregis::CregisClient* client() const { return m_client.get(); }
    workflow::PayoutSubmitter* submitter() const { return m_submitter.get(); }
    const config::Clock& clock() const { return m_clock; }

Q_SIGNALS:
    void catalogueChanged();
    // A key was loaded: client() and submitter() are new objects.
    void clientChanged();
    // approvals() applies a new policy: approval counts may have changed.
    void policyChanged();

private:
    void reloadCatalogue();
    void wireSubmitter();

    config::AppPaths m_paths;
    config::Profile m_profile;
    QString m_actor;
    config::SystemClock m_clock;
    config::RandomNonceSource m_nonces;
    money::AssetCatalogue m_catalogue;
    std::unique_ptr<store::PayoutStore> m_store;
    std::unique_ptr<workflow::ApprovalService> m_approvals;
    std::unique_ptr<cregis::CregisClient> m_client;
    std::unique_ptr<workflow::PayoutSubmitter> m_submitter;
    std::vector<std::unique_ptr<workflow::PayoutSubmitter>> m_retired;
    std::vector<std::unique_ptr<cregis::CregisClient>> m_retiredClients;
};

} // namespace paydesk::desk
