#pragma once

#include "StatusPaths.h"

#include <QHash>
#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

namespace paydesk::config {
class Clock;
}

namespace paydesk::sim {

struct PayoutRecord
{
    qint64 cid = 0;
    QString thirdPartyId;
    QString currency;
    QString chainId;
    QString tokenId;
    QString toAddress;
    std::optional<QString> fromAddress;
    std::optional<qint64> walletId;
    QString amount;
    std::optional<QString> memo;
    std::optional<QString> remark;
    std::optional<QString> callbackUrl;
    PayoutStatus status = PayoutStatus::AwaitingSignature;
    qint64 recordedAtMs = 0;
    // Set once the payout is broadcast.
    std::optional<QString> txid;
    std::optional<QString> blockHeight;
    std::optional<qint64> blockTimeMs;
    // Every status this payout walks through; `status` is the one at pathStep.
    std::vector<PayoutStatus> path;
    std::size_t pathStep = 0;
};

// Every payout the simulator accepted, in the order it accepted them, plus how often each
// third_party_id was tried (so tests can see a client's retries).
class PayoutStore
{
public:
    // `lowercaseEvm`: EVM recipients (0x...) are kept in lower case, as some gateways keep them.
    PayoutStore(const config::Clock& clock, StatusPaths statusPaths, bool lowercaseEvm = false);

    bool containsThirdPartyId(const QString& thirdPartyId) const;

    // Assigns the cid, the first status and the time; returns the stored record.
    const PayoutRecord& record(PayoutRecord payout);

    // The payout as a status query sees it now; the query then moves it one step along.
    std::optional<PayoutRecord> observe(qint64 cid);

    void countAttempt(const QString& thirdPartyId);
    int attempts(const QString& thirdPartyId) const;

    const std::vector<PayoutRecord>& payouts() const { return m_payouts; }

    // Above 2^53 on purpose, so that a client that passes ids through a double shows it.
    static constexpr qint64 firstCid = 1382688606330880LL * 8 + 1;

private:
    void advance(PayoutRecord& payout);

    const config::Clock& m_clock;
    StatusPaths m_statusPaths;
    bool m_lowercaseEvm = false;
    std::vector<PayoutRecord> m_payouts;
    QHash<QString, int> m_attempts;
    qint64 m_nextCid = firstCid;
    qint64 m_nextBlockHeight = 50000000;
};

} // namespace paydesk::sim
