#include "Amount.h"

#include <algorithm>

namespace paydesk::money {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

} // namespace

Amount::Amount(BaseUnits units, int decimals)
    : m_units(units)
    , m_decimals(decimals)
{ }

Amount Amount::fromBaseUnits(BaseUnits units, int decimals)
{
    return Amount(units, decimals);
}

Amount::ParseResult Amount::parse(QStringView text, int decimals)
{
    if (text.isEmpty()) {
        return {std::nullopt, ParseError::Empty};
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView integerPart = dot < 0 ? text : text.left(dot);
    const QStringView fractionPart = dot < 0 ? QStringView() : text.mid(dot + 1);
    // `.5` and `5.` are refused: a finance user who typed them may have meant something else.
    if (integerPart.isEmpty() || (dot >= 0 && fractionPart.isEmpty())) {
        return {std::nullopt, ParseError::NotPlainDecimal};
    }
    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), isAsciiDigit);
    };
    if (!allDigits(integerPart) || !allDigits(fractionPart)) {
        return {std::nullopt, ParseError::NotPlainDecimal};
    }

    QStringView significantFraction = fractionPart;
    while (significantFraction.endsWith(u'0')) {
        significantFraction.chop(1);
    }
    if (significantFraction.size() > decimals) {
        return {std::nullopt, ParseError::TooManyFractionDigits};
    }
    QStringView significantInteger = integerPart;
    while (significantInteger.size() > 1 && significantInteger.startsWith(u'0')) {
        significantInteger = significantInteger.mid(1);
    }
    if (significantInteger.size() + decimals > maxSignificantDigits) {
        return {std::nullopt, ParseError::TooLarge};
    }

    BaseUnits units = 0;
    for (QChar c : significantInteger) {
        units = units * 10 + (c.unicode() - u'0');
    }
    for (int i = 0; i < decimals; ++i) {
        const int digit = i < significantFraction.size() ? significantFraction[i].unicode() - u'0' : 0;
        units = units * 10 + digit;
    }
    return {Amount(units, decimals), ParseError::None};
}

Amount::ParseResult Amount::parseLocalized(QStringView text, int decimals, const QLocale& locale)
{
    // Any kind of space may stand for a group separator (French and others use narrow no-break
    // spaces); elsewhere spaces are only trimmed.
    const auto isSpace = [](QChar c) {
        return c.isSpace() || c == QChar(0x202F) || c == QChar(0x2009);
    };
    const QString decimalPoint = locale.decimalPoint();
    QString group = locale.groupSeparator();
    const bool spaceGroups = group.size() == 1 && isSpace(group.front());

    QString cleaned;
    for (QChar c : text) {
        cleaned += (spaceGroups && isSpace(c)) ? QChar(u' ') : c;
    }
    cleaned = cleaned.trimmed();
    if (spaceGroups) {
        group = QStringLiteral(" ");
    }
    if (cleaned.isEmpty()) {
        return {std::nullopt, ParseError::Empty};
    }
    if (cleaned.count(decimalPoint) > 1) {
        return {std::nullopt, ParseError::NotPlainDecimal};
    }
    const qsizetype point = cleaned.indexOf(decimalPoint);
    const QString integerPart = point < 0 ? cleaned : cleaned.left(point);
    const QString fractionPart = point < 0 ? QString() : cleaned.mid(point + decimalPoint.size());
    if (fractionPart.contains(group) || (point >= 0 && fractionPart.isEmpty())) {
        return {std::nullopt, ParseError::NotPlainDecimal};
    }
    QString digits = integerPart;
    if (!group.isEmpty() && integerPart.contains(group)) {
        const QStringList groups = integerPart.split(group);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype size = groups.at(i).size();
            if ((i == 0 && (size < 1 || size > 3)) || (i > 0 && size != 3)) {
                return {std::nullopt, ParseError::NotPlainDecimal};
            }
        }
        digits = groups.join(QString());
    }
    return parse(point < 0 ? digits : digits + u'.' + fractionPart, decimals);
}

Amount::ParseResult Amount::parseEntered(QStringView text, int decimals, const QLocale& locale)
{
    ParseResult localized = parseLocalized(text, decimals, locale);
    if (localized.amount) {
        return localized;
    }
    const ParseResult plain = parse(text.trimmed(), decimals);
    return plain.amount ? plain : localized;
}

QString unitsToDecimalText(BaseUnits units)
{
    if (units == 0) {
        return QStringLiteral("0");
    }
    const bool negative = units < 0;
    QString digits;
    while (units != 0) {
        const int digit = static_cast<int>(units % 10);
        digits.prepend(QChar(u'0' + (negative ? -digit : digit)));
        units /= 10;
    }
    return negative ? QLatin1Char('-') + digits : digits;
}

namespace {

BaseUnits powerOfTen(int exponent)
{
    BaseUnits value = 1;
    for (int i = 0; i < exponent; ++i) {
        value *= 10;
    }
    return value;
}

} // namespace

std::optional<Amount> Amount::rescaled(int decimals) const
{
    if (decimals < 0) {
        return std::nullopt;
    }
    if (decimals == m_decimals) {
        return *this;
    }
    if (decimals < m_decimals) {
        const BaseUnits divisor = powerOfTen(m_decimals - decimals);
        if (m_units % divisor != 0) {
            return std::nullopt;
        }
        return Amount(m_units / divisor, decimals);
    }
    // Through the text, so the same digit limit as parse() guards the multiplication.
    return parse(toCanonical(), decimals).amount;
}

std::strong_ordering Amount::compare(const Amount& a, const Amount& b)
{
    // Whole parts first, then the fractions brought to the larger precision: a fraction is below
    // 10^decimals, so scaling it cannot overflow, unlike scaling the whole value.
    const BaseUnits aScale = powerOfTen(a.m_decimals);
    const BaseUnits bScale = powerOfTen(b.m_decimals);
    const BaseUnits aWhole = a.m_units / aScale;
    const BaseUnits bWhole = b.m_units / bScale;
    if (aWhole != bWhole) {
        return aWhole < bWhole ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    const int decimals = std::max(a.m_decimals, b.m_decimals);
    const BaseUnits aFraction = (a.m_units % aScale) * powerOfTen(decimals - a.m_decimals);
    const BaseUnits bFraction = (b.m_units % bScale) * powerOfTen(decimals - b.m_decimals);
    if (aFraction == bFraction) {
        return std::strong_ordering::equal;
    }
    return aFraction < bFraction ? std::strong_ordering::less : std::strong_ordering::greater;
}

std::optional<Amount> Amount::sum(const Amount& a, const Amount& b)
{
    const int decimals = std::max(a.m_decimals, b.m_decimals);
    const std::optional<Amount> left = a.rescaled(decimals);
    const std::optional<Amount> right = b.rescaled(decimals);
    if (!left || !right) {
        return std::nullopt;
    }
    // Both sides are below 10^36, so the integer sum cannot overflow 128 bits; the limit is
    // checked as parse() would.
    const Amount total(left->m_units + right->m_units, decimals);
    return parse(total.toCanonical(), decimals).amount;
}

QString Amount::baseUnitsText() const
{
    return unitsToDecimalText(m_units);
}

QString Amount::toCanonical() const
{
    QString digits = unitsToDecimalText(m_units);
    if (m_decimals == 0) {
        return digits;
    }
    if (digits.size() <= m_decimals) {
        digits = QString(m_decimals - digits.size() + 1, u'0') + digits;
    }
    QString integerPart = digits.left(digits.size() - m_decimals);
    QString fractionPart = digits.right(m_decimals);
    while (fractionPart.endsWith(u'0')) {
        fractionPart.chop(1);
    }
    return fractionPart.isEmpty() ? integerPart : integerPart + u'.' + fractionPart;
}

} // namespace paydesk::money
