#include "PayoutIntake.h"

#include "address/SameAddress.h"
#include "payout/SamePayment.h"

#include <algorithm>

namespace paydesk::workflow {

PayoutIntake::PayoutIntake(store::PayoutStore& store, const money::AssetCatalogue& catalogue, config::Profile profile,
                           const config::Clock& clock)
    : m_store(store)
    , m_catalogue(catalogue)
    , m_profile(std::move(profile))
    , m_clock(clock)
{ }

payout::ValidationResult PayoutIntake::review(const payout::PayoutDraft& draft, HistoryChecks checks) const
{
    payout::ValidationResult result = validator().validate(draft);
    if (result.fields) {
        result.issues += historyIssues(*result.fields, checks);
        result.fields = withProfileDefaults(*result.fields);
    }
    return result;
}

PayoutIntake::Queued PayoutIntake::queue(const payout::PayoutFields& reviewed, const QString& actor)
{
    const std::optional<qint64> id = m_store.addPayout(reviewed, actor);
    return id ? Queued{id, {}} : Queued{std::nullopt, m_store.lastError()};
}

PayoutIntake::QueuedAll PayoutIntake::queueAll(const QList<store::PayoutStore::NewPayout>& reviewed,
                                               const QString& actor)
{
    std::optional<QList<qint64>> ids = m_store.addPayouts(reviewed, actor);
    return {ids, ids ? store::StoreError{} : m_store.lastError()};
}

payout::ValidationIssues PayoutIntake::historyIssues(const payout::PayoutFields& fields, HistoryChecks checks) const
{
    payout::ValidationIssues issues;
    if (checks == HistoryChecks::All) {
        if (const std::optional<qint64> earlier = earlierSamePayment(fields)) {
            payout::ValidationIssue repeat{payout::PayoutField::ToAddress, payout::IssueCode::RepeatedPayment,
                                           payout::IssueSeverity::Warning};
            repeat.otherPayoutId = *earlier;
            issues << repeat;
        }
    }
    // The same recipient in another spelling (an EVM account in lower case) is no look-alike.
    const money::ChainFamily family
        = money::AssetCatalogue::familyForChain(fields.currency.section(u'@', 0, 0), fields.coinName);
    const QStringList resembling = m_store.recipientsResembling(fields.toAddress);
    if (std::any_of(resembling.begin(), resembling.end(),
                    [&](const QString& other) { return !address::sameAddress(family, other, fields.toAddress); })) {
        issues << payout::ValidationIssue{payout::PayoutField::ToAddress, payout::IssueCode::LookAlikeAddress,
                                          payout::IssueSeverity::Warning};
    }
    return issues;
}

std::optional<qint64> PayoutIntake::earlierSamePayment(const payout::PayoutFields& fields) const
{
    // The database narrows to the currency and exact amount; the recipient is compared in its
    // canonical spelling here, where the chain's rules are known.
    store::PayoutQuery recent = store::PayoutQuery::every(payout::samePaymentStates());
    recent.currency = fields.currency;
    recent.amount = fields.amount.toCanonical();
    recent.createdFromMs = m_clock.nowMs() - payout::samePaymentWindowMs;
    const QString key = payout::samePaymentKey(fields);
    std::optional<qint64> found;
    m_store.forEachPayout(recent, [&](const payout::Payout& earlier) {
        if (payout::samePaymentKey(earlier.fields) == key) {
            found = earlier.id;
            return false;
        }
        return true;
    });
    return found;
}

payout::PayoutFields PayoutIntake::withProfileDefaults(payout::PayoutFields fields) const
{
    if (!fields.walletId) {
        fields.walletId = m_profile.defaultWalletId;
    }
    if (fields.callbackUrl.isEmpty()) {
        fields.callbackUrl = m_profile.callbackUrl;
    }
    return fields;
}

} // namespace paydesk::workflow
