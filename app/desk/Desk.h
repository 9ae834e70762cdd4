#pragma once

#include "ConnectionWatch.h"
#include "config/ActingPerson.h"
#include "config/AppPaths.h"
#include "config/Clock.h"
#include "config/NonceSource.h"
#include "config/Profile.h"
#include "cregis/CregisClient.h"
#include "money/AssetCatalogue.h"
#include "store/ProfileStore.h"
#include "workflow/ApprovalDecisions.h"
#include "workflow/ApprovalService.h"
#include "workflow/PayoutIntake.h"
#include "workflow/PayoutSubmitter.h"
#include "workflow/Reconciler.h"

#include <QObject>

#include <functional>
#include <memory>

namespace paydesk::desk {

// One profile's working set, wired once for any front end and kept for the desk's life: its store,
// its currency catalogue, its approval service, its client (which signs once the API key is known)
// and the use cases over them. Holds no widgets and makes no decisions of its own.
class Desk : public QObject
{
    Q_OBJECT

public:
    // `clock` (the system clock when null) is the one every part of the desk reads the time from.
    Desk(config::AppPaths paths, config::Profile profile, QString actor, const config::Clock* clock = nullptr,
         QObject* parent = nullptr);
    ~Desk() override;

    // Opens (and migrates) the profile's database, turns claims abandoned by a crashed process into
    // `unknown`, and wires the use cases. False with the reason when the database cannot be used.
    // With a team database, the person acting becomes the database's login role: the name given
    // at construction (PAYDESK_USER, the OS login) no longer counts.
    bool openStore(store::StoreError* error);
    // The team database this desk uses (the profile's, or the command line's), if any.
    std::optional<config::TeamDatabase> teamDatabase() const;
    // The team database login's password from the keychain, before openStore(); empty: libpq's own
    // PGPASSWORD or ~/.pgpass.
    void setDatabasePassword(const QString& password) { m_databasePassword = password; }
    // How long a write waits for a lost team database connection (see store::Database).
    void setReconnectBudget(int ms) { m_reconnectBudgetMs = ms; }
    bool isTeamStore() const { return m_store && m_store->database().isShared(); }
    // Watches a team store's connection (null otherwise, and before openStore()); `pingIntervalMs`
    // how often a working connection is checked.
    ConnectionWatch* watchConnection(int pingIntervalMs = 5000);
    bool isOpen() const { return m_store != nullptr; }

    // The key goes straight into the client's signer; nothing else keeps it.
    void setApiKey(const QByteArray& apiKey);
    bool hasApiKey() const { return m_client->hasSigner(); }

    // Merges `/api/v1/coins` into the catalogue and caches it for the profile; `done` gets a None
    // error or what went wrong.
    void refreshCoins(QObject* context, std::function<void(const cregis::CregisError& error)> done);
    // A person's decimals for a currency whose decimals nobody serves.
    void setManualDecimals(const QString& currency, int decimals);

    const config::Profile& profile() const { return m_profile; }
    const config::AppPaths& paths() const { return m_paths; }
    const QString& actor() const { return m_person.name(); }
    const config::ActingPerson& person() const { return m_person; }
    // The demo lets one newcomer play every part of the four-eyes flow. Refused (false) on any
    // other profile: there the acting person is who logged in.
    bool switchPerson(const QString& name);
    const config::Clock& clock() const { return *m_clock; }
    const money::AssetCatalogue& catalogue() const { return m_catalogue; }
    payout::PayoutValidator validator() const { return payout::PayoutValidator(m_catalogue); }

    // The team database's policy for a team store, else the profile's from the settings file.
    workflow::ApprovalPolicy policy() const;
    // False with the reason when it cannot be saved (a team policy is its database owner's).
    bool setPolicy(const workflow::ApprovalPolicy& policy, store::StoreError* error = nullptr);

    // Available once the store is open (null before).
    store::PayoutStore* store() const { return m_store ? &m_store->payouts() : nullptr; }
    store::ApprovalStore* approvalStore() const { return m_store ? &m_store->approvals() : nullptr; }
    store::AuditLog* audit() const { return m_store ? &m_store->audit() : nullptr; }
    workflow::ApprovalService* approvals() const { return m_approvals.get(); }
    workflow::ApprovalDecisions* decisions() const { return m_decisions.get(); }
    workflow::PayoutIntake* intake() const { return m_intake.get(); }
    workflow::PayoutSubmitter* submitter() const { return m_submitter.get(); }
    workflow::Reconciler* reconciler() const { return m_reconciler.get(); }
    // Always there; it sends nothing until a key is set.
    cregis::CregisClient& client() const { return *m_client; }

Q_SIGNALS:
    void catalogueChanged();
    // A key was loaded into the client: calls to Cregis can now be made.
    void apiKeyChanged();
    // approvals() applies a new policy: approval counts may have changed.
    void policyChanged();
    // Another person acts at this (demo) desk now: what they may do has changed.
    void personChanged();

private:
    void reloadCatalogue();
    // The team database URL in force: the command line's, else the profile's; empty for none.
    QString teamDatabaseUrl() const;

    config::AppPaths m_paths;
    config::Profile m_profile;
    QString m_databasePassword;
    int m_reconnectBudgetMs = 0;
    config::ActingPerson m_person;
    std::unique_ptr<config::Clock> m_systemClock;
    const config::Clock* m_clock;
    config::RandomNonceSource m_nonces;
    money::AssetCatalogue m_catalogue;
    // In this order: each refers to those before it, and is destroyed before them.
    std::unique_ptr<cregis::CregisClient> m_client;
    std::unique_ptr<store::ProfileStore> m_store;
    std::unique_ptr<workflow::ApprovalService> m_approvals;
    std::unique_ptr<workflow::ApprovalDecisions> m_decisions;
    std::unique_ptr<workflow::PayoutIntake> m_intake;
    std::unique_ptr<workflow::PayoutSubmitter> m_submitter;
    std::unique_ptr<workflow::Reconciler> m_reconciler;
    std::unique_ptr<ConnectionWatch> m_watch;
};

} // namespace paydesk::desk
