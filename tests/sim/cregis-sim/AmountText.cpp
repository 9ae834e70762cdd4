#include "AmountText.h"

namespace paydesk::sim {

namespace {

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() would also accept Arabic-Indic and other Unicode digits.
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isDigits(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar c : text) {
        if (!isAsciiDigit(c)) {
            return false;
        }
    }
    return true;
}

bool isPlainDecimal(QStringView text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return isDigits(text);
    }
    return isDigits(text.left(dot)) && isDigits(text.mid(dot + 1));
}

bool hasNonZeroDigit(QStringView text)
{
    for (const QChar c : text) {
        if (isAsciiDigit(c) && c != QLatin1Char('0')) {
            return true;
        }
    }
    return false;
}

} // namespace

AmountIssue checkAmountText(QStringView text, int decimals)
{
    // "-1" is well formed apart from its sign; Cregis's rule for it is "must be > 0".
    if (text.startsWith(QLatin1Char('-')) && isPlainDecimal(text.mid(1))) {
        return AmountIssue::NotPositive;
    }
    if (!isPlainDecimal(text)) {
        return AmountIssue::Malformed;
    }
    if (!hasNonZeroDigit(text)) {
        return AmountIssue::NotPositive;
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype fractionDigits = dot < 0 ? 0 : text.size() - dot - 1;
    if (fractionDigits > decimals) {
        return AmountIssue::TooPrecise;
    }
    return AmountIssue::None;
}

} // namespace paydesk::sim
