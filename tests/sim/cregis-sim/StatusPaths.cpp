#include "StatusPaths.h"

namespace paydesk::sim {

std::vector<PayoutStatus> StatusPaths::pathFor(const QString& toAddress) const
{
    const PayoutStatus last = m_finalStatusByAddress.value(toAddress, PayoutStatus::Succeeded);
    std::vector<PayoutStatus> path;
    switch (last) {
    case PayoutStatus::ApprovalCancelled:
    case PayoutStatus::ApprovalRejected:
        // Ending in Cregis's approval flow means passing through it, flag or not.
        path = {PayoutStatus::AwaitingApproval, last};
        break;
    case PayoutStatus::SignatureRejected:
        path = {PayoutStatus::AwaitingSignature, last};
        break;
    default:
        path = {PayoutStatus::AwaitingSignature, PayoutStatus::Broadcasting, last};
        break;
    }
    if (m_cregisApproval && path.front() != PayoutStatus::AwaitingApproval) {
        path.insert(path.begin(), PayoutStatus::AwaitingApproval);
    }
    return path;
}

std::optional<PayoutStatus> StatusPaths::terminalStatus(qint64 number)
{
    switch (number) {
    case 2:
    case 3:
    case 4:
    case 6:
    case 7:
        return static_cast<PayoutStatus>(number);
    default:
        return std::nullopt;
    }
}

} // namespace paydesk::sim
