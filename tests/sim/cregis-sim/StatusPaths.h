#pragma once

#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace paydesk::sim {

// Cregis's payout status numbers (docs/cregis-api.md).
enum class PayoutStatus
{
    AwaitingApproval = 0, // inside Cregis's own approval flow
    Broadcasting = 1, // signature passed
    SignatureRejected = 2,
    ApprovalCancelled = 3,
    ApprovalRejected = 4,
    AwaitingSignature = 5,
    Succeeded = 6,
    Failed = 7
};

// Which statuses a payout walks through, one per status query, from the one it starts in to
// its terminal one. The destination address picks the terminal status (6 unless configured).
class StatusPaths
{
public:
    StatusPaths(QHash<QString, PayoutStatus> finalStatusByAddress, bool cregisApproval)
        : m_finalStatusByAddress(std::move(finalStatusByAddress))
        , m_cregisApproval(cregisApproval)
    { }

    std::vector<PayoutStatus> pathFor(const QString& toAddress) const;

    // The statuses --final-status accepts: the terminal ones.
    static std::optional<PayoutStatus> terminalStatus(qint64 number);

private:
    QHash<QString, PayoutStatus> m_finalStatusByAddress;
    bool m_cregisApproval = false;
};

} // namespace paydesk::sim
