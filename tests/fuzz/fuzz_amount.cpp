// The amount parsers (plain, as typed in a locale, as entered in the form) on any text: never a
// crash, and whatever parses prints back to text that parses to the same amount.
#include "money/Amount.h"

#include <QLocale>

#include <cstdint>
#include <cstdlib>

using paydesk::money::Amount;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1) {
        return 0;
    }
    // The first byte picks the decimals; the rest is the text.
    const int decimals = data[0] % (Amount::maxDecimals + 1);
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    static const QLocale locales[] = {QLocale::c(), QLocale(QLocale::German), QLocale(QLocale::French),
                                      QLocale(QLocale::Hindi, QLocale::India), QLocale(QLocale::Arabic)};
    const auto roundTrips = [decimals](const Amount::ParseResult& parsed) {
        if (!parsed.amount) {
            return;
        }
        const Amount::ParseResult again = Amount::parse(parsed.amount->toCanonical(), decimals);
        if (!again.amount || again.amount->toCanonical() != parsed.amount->toCanonical()
            || again.amount->baseUnitsText() != parsed.amount->baseUnitsText()) {
            std::abort(); // an amount that does not survive its own text is a money bug
        }
    };
    roundTrips(Amount::parse(text, decimals));
    for (const QLocale& locale : locales) {
        roundTrips(Amount::parseLocalized(text, decimals, locale));
        roundTrips(Amount::parseEntered(text, decimals, locale));
    }
    return 0;
}
