#pragma once

#include "money/Asset.h"
#include "payout/ValidationIssue.h"

#include <QString>

#include <optional>

namespace paydesk::ui {

// Words for one validator issue, as the form shows them: the field's name as the form labels it,
// then the fix. `asset` is the currency selected when the check ran (it names the coin, its
// decimals and what its memo is called).
QString issueText(const payout::ValidationIssue& issue, const std::optional<money::Asset>& asset);

// The field as the form labels it; the memo is called what the chain calls it.
QString fieldName(payout::PayoutField field, const std::optional<money::Asset>& asset);

} // namespace paydesk::ui
