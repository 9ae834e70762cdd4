#pragma once

#include "Database.h"

#include <QHash>
#include <optional>

namespace paydesk::store {

// A team database's approval policy, as the values a desk's settings would hold (name -> text,
// see desk::PolicySettings). The database itself applies the approval counts it sets
// (paydesk_required_approvals); only its owner may change it.
class TeamPolicy
{
public:
    static std::optional<QHash<QString, QString>> read(const Database& database, StoreError* error);
    // Replaces every value at once, in one transaction.
    static bool write(const Database& database, const QHash<QString, QString>& values, StoreError* error);
};

} // namespace paydesk::store
