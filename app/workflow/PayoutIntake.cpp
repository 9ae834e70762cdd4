#include "PayoutIntake.h"

namespace paydesk::workflow {

PayoutIntake::PayoutIntake(store::PayoutStore& store, const money::AssetCatalogue& catalogue, config::Profile profile)
    : m_store(store)
    , m_catalogue(catalogue)
    , m_profile(std::move(profile))
{ }

payout::ValidationResult PayoutIntake::review(const payout::PayoutDraft& draft) const
{
    payout::ValidationResult result = validator().validate(draft);
    if (result.fields) {
        result.issues += historyIssues(*result.fields);
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

payout::ValidationIssues PayoutIntake::historyIssues(const payout::PayoutFields& fields) const
{
    if (m_store.recipientsResembling(fields.toAddress).isEmpty()) {
        return {};
    }
    return {payout::ValidationIssue{payout::PayoutField::ToAddress, payout::IssueCode::LookAlikeAddress,
                                    payout::IssueSeverity::Warning, 0, 0}};
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
