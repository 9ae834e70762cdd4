#include "IssueLabel.h"

#include "payout/IssueText.h"

#include <QStringList>

#include <algorithm>

namespace paydesk::ui {

namespace {

// Dark enough to read on a light background and still unmistakable; the text itself names the
// field and the fix, so colour is never the only signal.
constexpr auto errorStyle = "color: #b3261e;";
constexpr auto warningStyle = "color: #8a5a00;";

} // namespace

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
        lines.append(payout::issueText(issue, asset));
    }
    m_hasError
        = std::any_of(issues.begin(), issues.end(), [](const payout::ValidationIssue& i) { return i.isError(); });
    setStyleSheet(QLatin1String(m_hasError ? errorStyle : warningStyle));
    setText(lines.join(u'\n'));
    show();
}

void IssueLabel::clearIssues()
{
    m_hasError = false;
    clear();
    hide();
}

} // namespace paydesk::ui
