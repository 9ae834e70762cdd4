#pragma once

#include "ValidationIssue.h"
#include "money/Asset.h"

#include <QString>

#include <optional>

namespace paydesk::payout {

// The one place that turns a typed validation issue into words. Each message names the field and
// says how to fix it. The form, the CLI and the CSV importer all show these same words.
QString issueText(const ValidationIssue& issue, const std::optional<money::Asset>& asset);

// "Amount", "Recipient address", ... The memo is named as the chain calls it: "Destination tag"
// on XRP, "Comment" on TON, so a message names the label a person sees.
QString fieldName(PayoutField field, const std::optional<money::Asset>& asset = std::nullopt);

// "U+0430 CYRILLIC SMALL LETTER A" for characters that imitate ASCII, "U+XXXX" otherwise.
QString describeCodePoint(char32_t codePoint);

} // namespace paydesk::payout
