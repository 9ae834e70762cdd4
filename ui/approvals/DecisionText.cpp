#include "DecisionText.h"

#include "words/ErrorWords.h"

#include <QStringList>

namespace paydesk::ui {

using workflow::DecisionItem;
using workflow::DecisionReport;

QString DecisionText::idList(const QList<qint64>& ids)
{
    QStringList names;
    for (qint64 id : ids) {
        names << QStringLiteral("#%1").arg(id);
    }
    return names.join(QStringLiteral(", "));
}

QString DecisionText::text(const DecisionReport& report)
{
    QList<qint64> done;
    QStringList recorded;
    QStringList refused;
    for (const DecisionItem& item : report.items) {
        switch (item.result) {
        case DecisionItem::Result::Approved:
        case DecisionItem::Result::Rejected:
        case DecisionItem::Result::Cancelled:
            done << item.payoutId;
            break;
        case DecisionItem::Result::Recorded:
            recorded << tr("#%1 (%2 of %3)").arg(item.payoutId).arg(item.valid).arg(item.required);
            break;
        case DecisionItem::Result::Refused:
            refused << words::ErrorWords::decision(item.error);
            break;
        }
    }
    QStringList lines;
    if (!done.isEmpty()) {
        switch (report.decision) {
        case DecisionReport::Decision::Approve:
            lines << tr("Approved %1: ready to send with Send approved.").arg(idList(done));
            break;
        case DecisionReport::Decision::Reject:
            lines << tr("Rejected %1 (“%2”). Rejection is final: nothing of it is sent.")
                         .arg(idList(done), report.reason);
            break;
        case DecisionReport::Decision::Cancel:
            lines << tr("Cancelled %1. Cancelling is final: nothing of it is sent.").arg(idList(done));
            break;
        }
    }
    if (!recorded.isEmpty()) {
        lines << tr("Your approval of %1 is recorded; the policy needs another approver before it can be sent.")
                     .arg(recorded.join(QStringLiteral(", ")));
    }
    if (!refused.isEmpty()) {
        const QString what = report.decision == DecisionReport::Decision::Approve ? tr("Not approved: %1")
            : report.decision == DecisionReport::Decision::Reject                 ? tr("Not rejected: %1")
                                                                                  : tr("Not cancelled: %1");
        lines << what.arg(refused.join(u' '));
    }
    return lines.join(u'\n');
}

Tone DecisionText::tone(const DecisionReport& report)
{
    if (!report.anyRefused()) {
        return report.decision == DecisionReport::Decision::Approve ? Tone::Success : Tone::Neutral;
    }
    return report.anyDone() ? Tone::Pending : Tone::Error;
}

} // namespace paydesk::ui
