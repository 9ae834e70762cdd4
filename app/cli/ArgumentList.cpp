#include "ArgumentList.h"

#include "CliText.h"

namespace paydesk::cli {

ArgumentList::ArgumentList(QStringList words)
    : m_words(std::move(words))
{ }

std::optional<QString> ArgumentList::takeOption(const QString& name)
{
    const qsizetype at = m_words.indexOf(name);
    if (at < 0) {
        return std::nullopt;
    }
    if (at + 1 >= m_words.size()) {
        m_missingValue = name;
        m_words.removeAt(at);
        return std::nullopt;
    }
    const QString value = m_words.at(at + 1);
    m_words.remove(at, 2);
    return value;
}

bool ArgumentList::takeFlag(const QString& name)
{
    return m_words.removeAll(name) > 0;
}

QString ArgumentList::takeFirstWord()
{
    if (m_words.isEmpty() || m_words.first().startsWith(QLatin1String("--"))) {
        return {};
    }
    return m_words.takeFirst();
}

QStringList ArgumentList::takePositionals()
{
    QStringList positionals;
    QStringList rest;
    for (const QString& word : std::as_const(m_words)) {
        (word.startsWith(QLatin1String("--")) ? rest : positionals) << word;
    }
    m_words = rest;
    return positionals;
}

QString ArgumentList::usageProblem() const
{
    if (!m_missingValue.isEmpty()) {
        return Cli::tr("%1 needs a value").arg(m_missingValue);
    }
    if (!m_words.isEmpty()) {
        return Cli::tr("unexpected argument: %1").arg(m_words.first());
    }
    return {};
}

} // namespace paydesk::cli
