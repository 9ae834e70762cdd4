#pragma once

#include "payout/Payout.h"

#include <QList>
#include <QString>

#include <functional>

namespace paydesk::desk {
class Desk;
}
namespace paydesk::workflow {
class ApprovalService;
}

namespace paydesk::ui {

// What happened to a decision over several payouts, in words for the page's status line.
struct DecisionReport
{
    enum class Tone
    {
        Success,
        Neutral,
        Partial, // some went through, some were refused
        Error,
    };

    QString text;
    Tone tone = Tone::Neutral;
};

// Applies a person's decision (approve, reject, cancel) to the payouts they reviewed, through the
// desk's approval service, and says what happened to each. A payout that changed since it was
// reviewed is refused rather than decided on unseen content. No widgets: the page asks and shows.
class ApprovalDecisions
{
public:
    explicit ApprovalDecisions(desk::Desk& desk);

    DecisionReport approve(const QList<payout::Payout>& reviewed) const;
    DecisionReport reject(const QList<payout::Payout>& reviewed, const QString& reason) const;
    DecisionReport cancel(const QList<payout::Payout>& reviewed) const;

    // False (with the reason) when the payout's content or state changed since it was reviewed.
    bool unchangedSinceReview(const payout::Payout& reviewed, QString* why) const;

    // "#4, #5, #9".
    static QString idList(const QList<payout::Payout>& payouts);

private:
    struct Applied
    {
        QList<payout::Payout> done;
        QStringList refused; // why, in words, one per payout not done
    };

    // Runs `action` on every reviewed payout that is unchanged since review.
    Applied apply(const QList<payout::Payout>& reviewed,
                  const std::function<bool(workflow::ApprovalService&, const payout::Payout&)>& action) const;

    desk::Desk& m_desk;
};

} // namespace paydesk::ui
