#include "IssueLabel.h"

#include "ui/widgets/Tone.h"
#include "words/IssueText.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::ui {

IssueLabel::IssueLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void IssueLabel::showIssues(const payout::ValidationIssues& issues, const std::optional<money::Asset>& asset)
{
    if (issues.isEmpty()) {
        clearIssues();
        return;
    }
    QStringList lines;
    for (const payout::ValidationIssue& issue : issues) {
        lines.append(words::IssueText::text(issue, asset));
    }
    m_hasError
        = std::any_of(issues.begin(), issues.end(), [](const payout::ValidationIssue& i) { return i.isError(); });
    // The text names the field and the fix; the colour only repeats it.
    showTone(this, lines.join(u'\n'), m_hasError ? Tone::Error : Tone::Pending);
    show();
}

void IssueLabel::clearIssues()
{
    m_hasError = false;
    clear();
    hide();
}

} // namespace paydesk::ui
