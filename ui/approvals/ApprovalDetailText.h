#pragma once

#include "payout/Payout.h"
#include "payout/ValidationIssue.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// What an approver needs to see about one queued payout, worked out once for the detail pane.
struct ApprovalDetail
{
    payout::Payout payout;
    QStringList approvers; // of the current content, unexpired
    int requiredApprovals = 1;
    // The validator's verdict on the stored fields today, plus the history checks (a recipient
    // resembling one used before): the catalogue or the history may have changed since entry.
    payout::ValidationIssues issues;
};

class ApprovalDetailText
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalDetailText)

public:
    static ApprovalDetail detailFor(const desk::Desk& desk, const payout::Payout& payout, const QStringList& approvers,
                                    int requiredApprovals);

    // The request exactly as it will be signed and sent (every field of PayoutFields::toRequest),
    // with warnings first so they are read before the values. Rich text with every stored value
    // escaped: a remark such as "<b>" shows as typed.
    static QString html(const desk::Desk& desk, const ApprovalDetail& detail);
};

} // namespace paydesk::ui
