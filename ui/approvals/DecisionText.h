#pragma once

#include "ui/widgets/Tone.h"
#include "workflow/ApprovalDecisions.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::ui {

// A decision over several payouts, in words for the Approvals page's status line.
class DecisionText
{
    Q_DECLARE_TR_FUNCTIONS(DecisionText)

public:
    static QString text(const workflow::DecisionReport& report);
    static Tone tone(const workflow::DecisionReport& report);
    // "#4, #5, #9".
    static QString idList(const QList<qint64>& ids);
};

} // namespace paydesk::ui
