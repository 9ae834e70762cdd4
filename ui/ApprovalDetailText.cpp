#include "ApprovalDetailText.h"

#include "StatusText.h"

#include "desk/Desk.h"
#include "payout/IssueText.h"

#include <QDateTime>
#include <QStringList>

namespace paydesk::ui {

namespace {

QString escaped(const QString& value, const QString& whenEmpty)
{
    return value.isEmpty() ? QStringLiteral("<i>%1</i>").arg(whenEmpty) : value.toHtmlEscaped();
}

QString mono(const QString& value, const QString& whenEmpty)
{
    return value.isEmpty()
        ? QStringLiteral("<i>%1</i>").arg(whenEmpty)
        : QStringLiteral("<span style=\"font-family: monospace;\">%1</span>").arg(value.toHtmlEscaped());
}

QString row(const QString& label, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right: 16px; color: #5f6368;\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

payout::PayoutDraft draftOf(const payout::PayoutFields& fields)
{
    payout::PayoutDraft draft;
    draft.walletId = fields.walletId ? QString::number(*fields.walletId) : QString();
    draft.currency = fields.currency;
    draft.fromAddress = fields.fromAddress;
    draft.toAddress = fields.toAddress;
    draft.amount = fields.amount.toCanonical();
    draft.memo = fields.memo;
    draft.remark = fields.remark;
    return draft;
}

} // namespace

ApprovalDetail approvalDetailFor(const desk::Desk& desk, const payout::Payout& payout, const QStringList& approvers,
                                 int requiredApprovals)
{
    ApprovalDetail detail{payout, approvers, requiredApprovals, {}};
    detail.issues = desk.validator().validate(draftOf(payout.fields)).issues;
    detail.issues += desk.historyIssues(payout.fields);
    return detail;
}

QString approvalDetailHtml(const desk::Desk& desk, const ApprovalDetail& detail)
{
    const payout::Payout& payout = detail.payout;
    const std::optional<money::Asset> asset = desk.catalogue().find(payout.fields.currency);
    const cregis::PayoutRequest request = payout.fields.toRequest(payout.thirdPartyId);

    QString html;
    if (!detail.issues.isEmpty()) {
        QStringList lines;
        bool anyError = false;
        for (const payout::ValidationIssue& issue : detail.issues) {
            anyError = anyError || issue.isError();
            lines << (issue.isError() ? QStringLiteral("Problem: ") : QStringLiteral("Warning: "))
                    + payout::issueText(issue, asset).toHtmlEscaped();
        }
        // Dark enough to read on a light background; the words say what is wrong, so colour is
        // never the only signal.
        html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 6px; color: %1; font-weight: bold;\">%2</p>")
                    .arg(anyError ? QStringLiteral("#b3261e") : QStringLiteral("#8a5300"),
                         lines.join(QStringLiteral("<br>")));
    }

    const int valid = static_cast<int>(detail.approvers.size());
    QString approvals = QStringLiteral("%1 of %2 approvals").arg(valid).arg(detail.requiredApprovals);
    if (!detail.approvers.isEmpty()) {
        approvals += QStringLiteral(" (by %1)").arg(detail.approvers.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (valid < detail.requiredApprovals) {
        const int missing = detail.requiredApprovals - valid;
        approvals += missing == 1 ? QStringLiteral(" (needs 1 more approver)")
                                  : QStringLiteral(" (needs %1 more approvers)").arg(missing);
    }
    const QString created = QDateTime::fromMSecsSinceEpoch(payout.createdAtMs)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    // State and approvals first: they decide what the buttons can do with it.
    html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 0;\"><b>Payout #%1</b> · %2 · %3 · created by %4 "
                           "on %5</p>")
                .arg(payout.id)
                .arg(payoutStateText(payout.state).toHtmlEscaped(), approvals, payout.createdBy.toHtmlEscaped(),
                     created);
    if (payout.attempts > 0) {
        // Back in the queue after a send that got no answer: approving sends the same request
        // again, under the same third_party_id, which Cregis refuses if it already has it.
        html += QStringLiteral("<p style=\"margin-top: 4px; margin-bottom: 4px; color: #8a5300; font-weight: bold;\">"
                               "Sent to Cregis %1 time(s) before without an answer: it may already be there. Once "
                               "approved it goes out again under the same third_party_id, so it cannot be paid "
                               "twice; it can no longer be cancelled or rejected.</p>")
                    .arg(payout.attempts);
    }
    html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 4px; color: #5f6368;\">Sent to Cregis as below; "
                           "the pid, nonce, time stamp and signature are added when it is sent.</p>");
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    table += row(QStringLiteral("Currency"), mono(request.currency, QString()));
    table += row(QStringLiteral("Coin"), escaped(payout.fields.coinName, QStringLiteral("unknown")));
    table += row(QStringLiteral("Wallet ID"),
                 request.walletId ? QString::number(*request.walletId) : QStringLiteral("<i>project default</i>"));
    table += row(QStringLiteral("From"), mono(request.fromAddress, QStringLiteral("wallet default")));
    table += row(QStringLiteral("To"), QStringLiteral("<b>%1</b>").arg(mono(request.toAddress, QString())));
    table += row(
        QStringLiteral("Amount"),
        QStringLiteral("<b>%1 %2</b>").arg(request.amount.toHtmlEscaped(), payout.fields.coinName.toHtmlEscaped()));
    table += row(payout::fieldName(payout::PayoutField::Memo, asset), escaped(request.memo, QStringLiteral("none")));
    table += row(QStringLiteral("Remark"), escaped(request.remark, QStringLiteral("none")));
    table += row(QStringLiteral("Callback URL"), escaped(request.callbackUrl, QStringLiteral("none")));
    table += row(QStringLiteral("third_party_id"), mono(request.thirdPartyId, QString()));
    table += row(QStringLiteral("Content hash"), mono(QString::fromLatin1(payout.contentHash), QString()));
    table += QStringLiteral("</table>");
    html += table;
    return html;
}

} // namespace paydesk::ui
