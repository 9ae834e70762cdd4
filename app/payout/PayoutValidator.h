#pragma once

#include "PayoutDraft.h"
#include "PayoutFields.h"
#include "ValidationIssue.h"
#include "money/AssetCatalogue.h"

#include <optional>

namespace paydesk::payout {

struct ValidationResult
{
    ValidationIssues issues; // errors and warnings, in field order
    std::optional<PayoutFields> fields; // set only when there is no error

    bool hasErrors() const;
    ValidationIssues issuesFor(PayoutField field) const;
};

// The one place that decides whether a payout may be queued. The form, the CSV importer and
// the CLI all call it, so they refuse the same inputs for the same typed reasons.
class PayoutValidator
{
public:
    static constexpr int maxRemarkLength = 256; // the v2 API page; the older table said 20
    static constexpr int maxMemoLength = 256;

    explicit PayoutValidator(money::AssetCatalogue catalogue);

    ValidationResult validate(const PayoutDraft& draft) const;

    // Field-level checks, also used for inline messages while a person types.
    ValidationIssues checkWalletId(const QString& text) const;
    // Characters first (whitespace, control, non-ASCII by name), then the chain's own rules with
    // checksums when the currency is known.
    ValidationIssues checkAddress(PayoutField field, const QString& text, bool required,
                                  const std::optional<money::Asset>& asset = std::nullopt) const;

    // Removes surrounding whitespace and zero-width characters that travel with copy and paste.
    static QString normalizeAddress(const QString& text);

    const money::AssetCatalogue& catalogue() const { return m_catalogue; }

private:
    money::AssetCatalogue m_catalogue;
};

} // namespace paydesk::payout
