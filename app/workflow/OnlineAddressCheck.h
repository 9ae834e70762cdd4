#pragma once

#include "cregis/CregisClient.h"
#include "money/Asset.h"
#include "payout/ValidationIssue.h"

#include <QObject>

#include <functional>

namespace paydesk::workflow {

// Asks Cregis about a recipient: `/api/v1/address/legal` (an error when it says no) and then
// `/api/v1/address/inner` (a warning when the address is one of the project's own). For chains
// with no local rules this is the only check there is.
class OnlineAddressCheck
{
public:
    using Done = std::function<void(const payout::ValidationIssues& issues, const cregis::CregisError& failure)>;

    // `failure` is None when both answers arrived; otherwise it is what went wrong, and `issues`
    // holds one OnlineCheckFailed error.
    static void run(cregis::CregisClient& client, const money::Asset& asset, const QString& address,
                    payout::PayoutField field, QObject* context, Done done);
};

} // namespace paydesk::workflow
