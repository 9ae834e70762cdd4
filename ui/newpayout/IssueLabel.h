#pragma once

#include "money/Asset.h"
#include "payout/ValidationIssue.h"

#include <QLabel>

#include <optional>

namespace paydesk::ui {

// The line under one form field that shows what the validator said about it: hidden when it
// said nothing, red for errors, amber for warnings. It only displays; it decides nothing.
class IssueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit IssueLabel(QWidget* parent = nullptr);

    void showIssues(const payout::ValidationIssues& issues, const std::optional<money::Asset>& asset);
    void clearIssues();

    bool hasError() const { return m_hasError; }

private:
    bool m_hasError = false;
};

} // namespace paydesk::ui
