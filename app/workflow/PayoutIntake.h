#pragma once

#include "config/Clock.h"
#include "config/Profile.h"
#include "money/AssetCatalogue.h"
#include "payout/PayoutDraft.h"
#include "payout/PayoutValidator.h"
#include "store/PayoutStore.h"

#include <optional>

namespace paydesk::workflow {

// A payout from what a person typed (the form, `paydesk-cli new`, a row of an imported file) to
// the approval queue, in one place: validation, the warnings that need the payout history, the
// profile's defaults, and the store.
class PayoutIntake
{
public:
    // The catalogue is read at each review, so currencies learned later count.
    PayoutIntake(store::PayoutStore& store, const money::AssetCatalogue& catalogue, config::Profile profile,
                 const config::Clock& clock);

    // Which checks against the payout history review() makes. An import finds repeated payments
    // for its whole file in one pass, so it asks only for the look-alikes.
    enum class HistoryChecks
    {
        All,
        WithoutRepeats,
    };
    // Checks a draft. When it has no errors, `fields` holds exactly what would be queued, the
    // profile's default wallet and callback URL applied; `issues` include the history warnings:
    // a recipient resembling one already paid, and the same payment (payout::samePaymentKey) as a
    // live payout of the last 30 days, naming it.
    payout::ValidationResult review(const payout::PayoutDraft& draft, HistoryChecks checks = HistoryChecks::All) const;

    struct Queued
    {
        std::optional<qint64> id;
        store::StoreError error; // why it was not queued
    };
    // Queues reviewed fields (as review() returned them) for approval, under a new third_party_id.
    Queued queue(const payout::PayoutFields& reviewed, const QString& actor);
    struct QueuedAll
    {
        std::optional<QList<qint64>> ids;
        store::StoreError error;
    };
    // Reviewed payouts (an imported run) queued all together in one transaction, or none.
    QueuedAll queueAll(const QList<store::PayoutStore::NewPayout>& reviewed, const QString& actor);

    payout::PayoutValidator validator() const { return payout::PayoutValidator(m_catalogue); }

private:
    payout::ValidationIssues historyIssues(const payout::PayoutFields& fields, HistoryChecks checks) const;
    // The newest live payout of the last 30 days that is the same payment, if any.
    std::optional<qint64> earlierSamePayment(const payout::PayoutFields& fields) const;
    payout::PayoutFields withProfileDefaults(payout::PayoutFields fields) const;

    store::PayoutStore& m_store;
    const money::AssetCatalogue& m_catalogue;
    config::Profile m_profile;
    const config::Clock& m_clock;
};

} // namespace paydesk::workflow
