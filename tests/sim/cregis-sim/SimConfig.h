#pragma once

#include "FaultPlan.h"
#include "StatusPaths.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace paydesk::sim {

// What the command line decides. The API key is deliberately not here: it arrives on stdin
// and goes straight to the authenticator.
struct SimConfig
{
    quint16 port = 0;
    qint64 pid = 1382528827416576;
    qint64 timestampToleranceMs = 300000;
    int delayMs = 35000;
    // The terminal status of payouts to these addresses (--status-fail-to and --final-status);
    // every other payout ends in 6.
    QHash<QString, PayoutStatus> finalStatuses;
    // Every payout starts in status 0, awaiting approval inside Cregis.
    bool cregisApproval = false;
    // EVM recipients are stored and reported in lower case, as some gateways keep them.
    bool lowercaseEvm = false;
    QSet<QString> innerAddresses;
    FaultArming initialFault;
};

} // namespace paydesk::sim
