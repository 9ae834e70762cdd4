#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::cli {

// The words after a command, consumed as they are recognised, so that whatever is left over at
// the end is a usage error rather than something silently ignored.
class ArgumentList
{
public:
    explicit ArgumentList(QStringList words);

    // `--name VALUE`; sets `missingValue` when the flag is present without a value.
    std::optional<QString> takeOption(const QString& name);
    bool takeFlag(const QString& name);
    // The leading word (a sub-command), if it is not an option.
    QString takeFirstWord();
    // Every word left that is not an option; take options first, or their values count here.
    QStringList takePositionals();

    bool missingValue() const { return !m_missingValue.isEmpty(); }
    QString usageProblem() const;

private:
    QStringList m_words;
    QString m_missingValue;
};

} // namespace paydesk::cli
