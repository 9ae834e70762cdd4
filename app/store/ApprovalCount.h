#pragma once

#include "Database.h"
#include "PayoutStore.h"

#include <QByteArray>

#include <optional>

namespace paydesk::store {

// Distinct people (never the creator) who approved exactly `contentHash` of payout `id` no earlier
// than `notBeforeMs`: the one count both the approval and the claim decide on. nullopt, with
// `error` filled, when the database could not be read.
std::optional<int> countValidApprovals(const Database& database, qint64 id, const QByteArray& contentHash,
                                       const ApprovalRequirement& requirement, const QString& creator,
                                       StoreError* error);

} // namespace paydesk::store
