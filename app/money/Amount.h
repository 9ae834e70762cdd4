#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace paydesk::money {

// Base units as a signed 128-bit integer: 18-decimal tokens overflow int64 at about 9.2 units.
using BaseUnits = __int128;

// An exact, non-negative decimal amount in a currency's base units. Parsing and formatting never
// touch floating point or the C locale.
class Amount
{
public:
    enum class ParseError
    {
        None,
        Empty,
        NotPlainDecimal, // a sign, exponent, grouping, comma, non-ASCII digit, leading or trailing '.'
        TooManyFractionDigits,
        TooLarge,
    };

    struct ParseResult;

    // Largest number of digits accepted in the integer and fraction parts together; keeps every
    // value far from the 128-bit limit (about 1.7e38) so arithmetic on totals cannot overflow.
    static constexpr int maxSignificantDigits = 36;
    static constexpr int maxDecimals = 18;

    Amount() = default;
    static Amount fromBaseUnits(BaseUnits units, int decimals);

    // Accepts only the plain form `digits[.digits]` (trailing fraction zeros allowed, removed
    // when formatted). `decimals` is how many fraction digits the currency has.
    static ParseResult parse(QStringView text, int decimals);

    // What a person types in the form: the locale's decimal point and digit grouping, and
    // surrounding or pasted whitespace. Grouping must be exact (groups of three), so that `1,5`
    // in an English locale is refused instead of being read as 15.
    static ParseResult parseLocalized(QStringView text, int decimals, const QLocale& locale);

    // The form's rule: the person's locale first, then the plain form (which is the same
    // everywhere), so `1.500` in German is 1500 but an unambiguous `1.5` is still 1.5.
    static ParseResult parseEntered(QStringView text, int decimals, const QLocale& locale);

    BaseUnits baseUnits() const { return m_units; }
    int decimals() const { return m_decimals; }
    bool isZero() const { return m_units == 0; }

    // The same value with `decimals` fraction places; nullopt when that would drop a non-zero
    // digit or leave the range parse() accepts.
    std::optional<Amount> rescaled(int decimals) const;
    // The exact order of two values, whatever the decimals of each (1.5 at 6 places equals 1.5 at
    // 18). Never overflows.
    static std::strong_ordering compare(const Amount& a, const Amount& b);
    // a + b exactly, at the finer of the two precisions; nullopt when the sum would leave the
    // range parse() accepts.
    static std::optional<Amount> sum(const Amount& a, const Amount& b);

    // The text sent to Cregis: no sign, exponent or grouping, no trailing fraction zeros.
    QString toCanonical() const;
    // The base units as decimal digits, for exact sorting and summing in storage.
    QString baseUnitsText() const;

    friend bool operator==(const Amount&, const Amount&) = default;

private:
    Amount(BaseUnits units, int decimals);

    BaseUnits m_units = 0;
    int m_decimals = 0;
};

struct Amount::ParseResult
{
    std::optional<Amount> amount;
    ParseError error = ParseError::None;
};

// Decimal digits of a 128-bit integer, with a '-' when negative.
QString unitsToDecimalText(BaseUnits units);

} // namespace paydesk::money
