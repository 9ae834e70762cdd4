#include "PayoutState.h"

#include <array>
#include <utility>

namespace paydesk::payout {

namespace {

constexpr std::array<std::pair<PayoutState, const char*>, 10> names{{
    {PayoutState::Draft, "draft"},
    {PayoutState::PendingApproval, "pending_approval"},
    {PayoutState::Approved, "approved"},
    {PayoutState::Submitting, "submitting"},
    {PayoutState::Submitted, "submitted"},
    {PayoutState::Rejected, "rejected"},
    {PayoutState::Cancelled, "cancelled"},
    {PayoutState::Refused, "refused"},
    {PayoutState::Unknown, "unknown"},
    {PayoutState::NeedsReconciliation, "needs_reconciliation"},
}};

} // namespace

QString toStorageName(PayoutState state)
{
    for (const auto& [value, name] : names) {
        if (value == state) {
            return QString::fromLatin1(name);
        }
    }
    return {};
}

std::optional<PayoutState> stateFromStorageName(const QString& name)
{
    for (const auto& [value, text] : names) {
        if (name == QLatin1String(text)) {
            return value;
        }
    }
    return std::nullopt;
}

bool isTerminalCregisStatus(int status)
{
    return status == 2 || status == 3 || status == 4 || status == 6 || status == 7;
}

} // namespace paydesk::payout
