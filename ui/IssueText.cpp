#include "IssueText.h"

#include "payout/IssueText.h"

namespace paydesk::ui {

using payout::PayoutField;

QString fieldName(PayoutField field, const std::optional<money::Asset>& asset)
{
    if (field == PayoutField::Memo && asset) {
        switch (asset->memoKind()) {
        case money::MemoKind::DestinationTag:
            return QStringLiteral("Destination tag");
        case money::MemoKind::Comment:
            return QStringLiteral("Comment");
        case money::MemoKind::None:
            break;
        }
    }
    return payout::fieldName(field);
}

QString issueText(const payout::ValidationIssue& issue, const std::optional<money::Asset>& asset)
{
    // The words live in payout::issueText, shared with the CLI and the CSV importer, so every
    // front end refuses an input in the same words. Only the memo's name differs here: the form
    // labels it "Destination tag" on XRP and "Comment" on TON, and the message must name the
    // label the person sees.
    QString text = payout::issueText(issue, asset);
    const QString generic = payout::fieldName(issue.field);
    const QString shown = fieldName(issue.field, asset);
    if (shown != generic && text.startsWith(generic + u':')) {
        text.replace(0, generic.size(), shown);
    }
    return text;
}

} // namespace paydesk::ui
