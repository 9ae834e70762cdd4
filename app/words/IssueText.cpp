#include "IssueText.h"

namespace paydesk::words {

using payout::IssueCode;
using payout::PayoutField;
using payout::ValidationIssue;

namespace {

struct KnownCharacter
{
    char32_t codePoint;
    const char* name;
};

// Characters named in messages: letters that look like ASCII in most fonts (the ones an
// address-swapping attack would use), and invisible ones that change how text reads.
constexpr KnownCharacter knownCharacters[] = {
    {0x0430, "CYRILLIC SMALL LETTER A"},
    {0x0435, "CYRILLIC SMALL LETTER IE"},
    {0x043E, "CYRILLIC SMALL LETTER O"},
    {0x0440, "CYRILLIC SMALL LETTER ER"},
    {0x0441, "CYRILLIC SMALL LETTER ES"},
    {0x0443, "CYRILLIC SMALL LETTER U"},
    {0x0445, "CYRILLIC SMALL LETTER HA"},
    {0x0410, "CYRILLIC CAPITAL LETTER A"},
    {0x0412, "CYRILLIC CAPITAL LETTER VE"},
    {0x0415, "CYRILLIC CAPITAL LETTER IE"},
    {0x041A, "CYRILLIC CAPITAL LETTER KA"},
    {0x041C, "CYRILLIC CAPITAL LETTER EM"},
    {0x041D, "CYRILLIC CAPITAL LETTER EN"},
    {0x041E, "CYRILLIC CAPITAL LETTER O"},
    {0x0420, "CYRILLIC CAPITAL LETTER ER"},
    {0x0421, "CYRILLIC CAPITAL LETTER ES"},
    {0x0422, "CYRILLIC CAPITAL LETTER TE"},
    {0x0425, "CYRILLIC CAPITAL LETTER HA"},
    {0x03BF, "GREEK SMALL LETTER OMICRON"},
    {0x039F, "GREEK CAPITAL LETTER OMICRON"},
    {0x0391, "GREEK CAPITAL LETTER ALPHA"},
    {0x0392, "GREEK CAPITAL LETTER BETA"},
    {0x00A0, "NO-BREAK SPACE"},
    {0xFF10, "FULLWIDTH DIGIT ZERO"},
    // Invisible characters that change how text reads.
    {0x200B, "ZERO WIDTH SPACE"},
    {0x200C, "ZERO WIDTH NON-JOINER"},
    {0x200D, "ZERO WIDTH JOINER"},
    {0x200E, "LEFT-TO-RIGHT MARK"},
    {0x200F, "RIGHT-TO-LEFT MARK"},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, "POP DIRECTIONAL FORMATTING"},
    {0x202D, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060, "WORD JOINER"},
    {0x2066, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, "FIRST STRONG ISOLATE"},
    {0x2069, "POP DIRECTIONAL ISOLATE"},
    {0x061C, "ARABIC LETTER MARK"},
    {0x00AD, "SOFT HYPHEN"},
    {0xFEFF, "ZERO WIDTH NO-BREAK SPACE"},
};

} // namespace

QString IssueText::coinLabel(const std::optional<money::Asset>& asset)
{
    return asset ? asset->coinName : tr("this currency");
}

QString IssueText::codePoint(char32_t codePoint)
{
    const QString number = QStringLiteral("U+%1").arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    for (const KnownCharacter& known : knownCharacters) {
        if (known.codePoint == codePoint) {
            return number + u' ' + QString::fromLatin1(known.name);
        }
    }
    return number;
}

QString IssueText::fieldName(PayoutField field, const std::optional<money::Asset>& asset)
{
    if (field == PayoutField::Memo && asset) {
        switch (asset->memoKind()) {
        case money::MemoKind::DestinationTag:
            return tr("Destination tag");
        case money::MemoKind::Comment:
            return tr("Comment");
        case money::MemoKind::None:
            break;
        }
    }
    switch (field) {
    case PayoutField::WalletId:
        return tr("Wallet ID");
    case PayoutField::Currency:
        return tr("Currency");
    case PayoutField::FromAddress:
        return tr("From address");
    case PayoutField::ToAddress:
        return tr("Recipient address");
    case PayoutField::Amount:
        return tr("Amount");
    case PayoutField::Memo:
        return tr("Memo");
    case PayoutField::Remark:
        return tr("Remark");
    }
    return {};
}

QString IssueText::text(const ValidationIssue& issue, const std::optional<money::Asset>& asset)
{
    const QString field = fieldName(issue.field, asset);
    QString fix;
    switch (issue.code) {
    case IssueCode::Required:
        fix = issue.field == PayoutField::ToAddress ? tr("required. Paste the address you are paying to.")
            : issue.field == PayoutField::Amount    ? tr("required. Enter how much to pay, such as 12.5.")
                                                    : tr("required. Fill it in.");
        break;
    case IssueCode::NotAnInteger:
        fix = tr("use digits only (the wallet ID from the Cregis console), or leave it empty for the project's "
                 "default wallet.");
        break;
    case IssueCode::UnknownCurrency:
        fix = tr("not a currency of this project. Choose one from the list, or use chain_id@token_id such as "
                 "195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t.");
        break;
    case IssueCode::AmbiguousCurrency:
        fix = tr("this coin name is served on %1 chains; use chain_id@token_id to say which one (see `paydesk-cli "
                 "currency list`).")
                  .arg(issue.limit);
        break;
    case IssueCode::DecimalsUnknown:
        fix = tr("the number of decimal places of %1 is not known, so no amount can be checked. Set it first (File > "
                 "Currency decimals, or `paydesk-cli currency set-decimals`).")
                  .arg(coinLabel(asset));
        break;
    case IssueCode::NotPlainDecimal:
        fix = tr("use digits with an optional decimal point, such as 12.5 (no sign, exponent, spaces, commas or "
                 "thousands separators; write 0.5, not .5).");
        break;
    case IssueCode::NotPositive:
        fix = tr("must be more than zero.");
        break;
    case IssueCode::TooManyDecimals:
        fix = tr("%1 has %2 decimal places; use at most %2 digits after the point.")
                  .arg(coinLabel(asset))
                  .arg(issue.limit);
        break;
    case IssueCode::TooLarge:
        fix = tr("too large to be a real amount; check the number of digits.");
        break;
    case IssueCode::NonAsciiCharacter:
        fix = tr("contains %1, which is not allowed in an address; retype the address from a trusted source.")
                  .arg(codePoint(issue.codePoint));
        break;
    case IssueCode::ContainsWhitespace:
        fix = tr("contains a space; an address has none. Paste it again.");
        break;
    case IssueCode::ControlCharacter:
        fix = tr("contains an invisible control character (such as a tab or line break); remove it.");
        break;
    case IssueCode::InvisibleCharacter:
        fix = tr("contains the invisible character %1, which can make the text read differently from what is "
                 "sent; remove it.")
                  .arg(codePoint(issue.codePoint));
        break;
    case IssueCode::BrokenText:
        fix = tr("is not valid text (it holds a broken or reserved character); type it again.");
        break;
    case IssueCode::InvalidAddress:
        fix = tr("Cregis reports that this is not a valid %1 address; check it against the recipient's copy.")
                  .arg(coinLabel(asset));
        break;
    case IssueCode::AddressBadChecksum:
        fix = tr("the checksum does not match, so at least one character is wrong. Copy the address again from "
                 "the recipient; do not correct it by hand.");
        break;
    case IssueCode::AddressWrongNetwork:
        fix = tr("this is an address for another network or chain, not for %1. Ask the recipient for their %1 "
                 "address.")
                  .arg(coinLabel(asset));
        break;
    case IssueCode::AddressMalformed:
        fix = tr("not a %1 address (wrong length, characters or format). Copy the address again from the "
                 "recipient.")
                  .arg(coinLabel(asset));
        break;
    case IssueCode::AddressNoLocalRule:
        fix = tr("PayDesk has no rules for this chain, so the address was not checked locally; use the online "
                 "check before sending.");
        break;
    case IssueCode::RecipientIsOwnAddress:
        fix = tr("Cregis reports that this is one of the project's own addresses; paying it moves funds within the "
                 "project. Check that this is intended.");
        break;
    case IssueCode::LookAlikeAddress:
        fix = tr("looks like another address already used (same first and last four characters, different "
                 "middle). Address-swapping malware works this way: compare every character with the recipient's "
                 "copy.");
        break;
    case IssueCode::RepeatedPayment:
        fix = tr("pays the same recipient the same amount of the same currency as payout #%1 of the last 30 days. "
                 "Check that it is not the same payment twice before you confirm.")
                  .arg(issue.otherPayoutId);
        break;
    case IssueCode::OnlineCheckFailed:
        fix = tr("the online check with Cregis could not be done, so nothing was queued. Try again, or leave the "
                 "online check off.");
        break;
    case IssueCode::AddressNoChecksum:
        fix = tr("written all in lower or upper case, so it carries no checksum and a typo would go unnoticed. "
                 "Prefer the mixed-case form from the recipient.");
        break;
    case IssueCode::MemoNotAllowed:
        fix = tr("%1 payouts carry no memo; leave it empty.").arg(coinLabel(asset));
        break;
    case IssueCode::MemoNotDestinationTag:
        fix = tr("an XRP destination tag is a whole number from 0 to 4294967295.");
        break;
    case IssueCode::TooLong:
        fix = tr("at most %1 characters; shorten it.").arg(issue.limit);
        break;
    case IssueCode::MemoRecommended:
        fix = tr("empty. Exchange deposit addresses on %1 usually need one; check with the recipient.")
                  .arg(coinLabel(asset));
        break;
    }
    return tr("%1: %2", "field: what is wrong and how to fix it").arg(field, fix);
}

} // namespace paydesk::words
