#include "ApprovalDetailText.h"

#include "desk/Desk.h"
#include "ui/widgets/PayoutCells.h"
#include "words/IssueText.h"
#include "words/StatusWords.h"

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

ApprovalDetail ApprovalDetailText::detailFor(const desk::Desk& desk, const payout::Payout& payout,
                                             const QStringList& approvers, int requiredApprovals)
{
    ApprovalDetail detail{payout, approvers, requiredApprovals, {}};
    detail.issues = desk.intake()->review(draftOf(payout.fields)).issues;
    return detail;
}

QString ApprovalDetailText::html(const desk::Desk& desk, const ApprovalDetail& detail)
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
            lines << (issue.isError() ? tr("Problem: ") : tr("Warning: "))
                    + words::IssueText::text(issue, asset).toHtmlEscaped();
        }
        // Dark enough to read on a light background; the words say what is wrong, so colour is
        // never the only signal.
        html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 6px; color: %1; font-weight: bold;\">%2</p>")
                    .arg(anyError ? QStringLiteral("#b3261e") : QStringLiteral("#8a5300"),
                         lines.join(QStringLiteral("<br>")));
    }

    const int valid = static_cast<int>(detail.approvers.size());
    QString approvals = tr("%1 of %n approval(s)", nullptr, detail.requiredApprovals).arg(valid);
    if (!detail.approvers.isEmpty()) {
        approvals += tr(" (by %1)").arg(detail.approvers.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (valid < detail.requiredApprovals) {
        const int missing = detail.requiredApprovals - valid;
        approvals += tr(" (needs %n more approver(s))", nullptr, missing);
    }
    const QString created = PayoutCells::localTime(payout.createdAtMs);
    // State and approvals first: they decide what the buttons can do with it.
    html += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 0;\">%1</p>")
                .arg(tr("<b>Payout #%1</b> · %2 · %3 · created by %4 on %5")
                         .arg(payout.id)
                         .arg(words::StatusWords::payoutState(payout.state).toHtmlEscaped(), approvals,
                              payout.createdBy.toHtmlEscaped(), created));
    if (payout.attempts > 0) {
        // Back in the queue after a send that got no answer: approving sends the same request
        // again, under the same third_party_id, which Cregis refuses if it already has it.
        html += QStringLiteral("<p style=\"margin-top: 4px; margin-bottom: 4px; color: #8a5300; font-weight: bold;\">"
                               "%1</p>")
                    .arg(tr("Sent to Cregis %n time(s) before without an answer: it may already be there. Once "
                            "approved it goes out again under the same third_party_id, so it cannot be paid twice; it "
                            "can no longer be cancelled or rejected.",
                            "", payout.attempts));
    }
    html
        += QStringLiteral("<p style=\"margin-top: 0; margin-bottom: 4px; color: #5f6368;\">%1</p>")
               .arg(tr("Sent to Cregis as below; the pid, nonce, time stamp and signature are added when it is sent."));
    QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    table += row(tr("Currency"), mono(request.currency, QString()));
    table += row(tr("Coin"), escaped(payout.fields.coinName, tr("unknown")));
    table += row(tr("Wallet ID"),
                 request.walletId ? QString::number(*request.walletId)
                                  : QStringLiteral("<i>%1</i>").arg(tr("project default")));
    table += row(tr("From"), mono(request.fromAddress, tr("wallet default")));
    table += row(tr("To"), QStringLiteral("<b>%1</b>").arg(mono(request.toAddress, QString())));
    table += row(
        tr("Amount"),
        QStringLiteral("<b>%1 %2</b>").arg(request.amount.toHtmlEscaped(), payout.fields.coinName.toHtmlEscaped()));
    table += row(words::IssueText::fieldName(payout::PayoutField::Memo, asset), escaped(request.memo, tr("none")));
    table += row(tr("Remark"), escaped(request.remark, tr("none")));
    table += row(tr("Callback URL"), escaped(request.callbackUrl, tr("none")));
    table += row(QStringLiteral("third_party_id"), mono(request.thirdPartyId, QString()));
    table += row(tr("Content hash"), mono(QString::fromLatin1(payout.contentHash), QString()));
    table += QStringLiteral("</table>");
    html += table;
    return html;
}

} // namespace paydesk::ui
