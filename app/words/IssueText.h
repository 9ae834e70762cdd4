#pragma once

#include "money/Asset.h"
#include "payout/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace paydesk::words {

// The one place that turns a typed validation issue into words. Each message names the field and
// says how to fix it. The form, the CLI and the CSV importer all show these same words.
class IssueText
{
    Q_DECLARE_TR_FUNCTIONS(IssueText)

public:
    static QString text(const payout::ValidationIssue& issue, const std::optional<money::Asset>& asset);

    // "Amount", "Recipient address", ... The memo is named as the chain calls it: "Destination
    // tag" on XRP, "Comment" on TON, so a message names the label a person sees.
    static QString fieldName(payout::PayoutField field, const std::optional<money::Asset>& asset = std::nullopt);

    // "U+0430 CYRILLIC SMALL LETTER A" for characters that imitate ASCII, "U+XXXX" otherwise.
    static QString codePoint(char32_t codePoint);

private:
    static QString coinLabel(const std::optional<money::Asset>& asset);
};

} // namespace paydesk::words
