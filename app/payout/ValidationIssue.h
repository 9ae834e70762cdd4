#pragma once

#include <QList>
#include <QMetaType>

namespace paydesk::payout {

enum class PayoutField
{
    WalletId,
    Currency,
    FromAddress,
    ToAddress,
    Amount,
    Memo,
    Remark,
};

// Why a field was refused (or warned about). The model layer only ever speaks in these codes;
// one function per front end turns them into words.
enum class IssueCode
{
    Required,
    NotAnInteger, // wallet id: digits only, within int64
    UnknownCurrency,
    AmbiguousCurrency, // a coin name served on several chains: `limit` = how many
    DecimalsUnknown, // the currency's decimals are not known: set them in settings first
    NotPlainDecimal, // amount: digits with one optional '.', no sign, exponent or grouping
    NotPositive,
    TooManyDecimals, // `limit` = the currency's decimals
    TooLarge,
    NonAsciiCharacter, // `codePoint` names the character
    ContainsWhitespace,
    ControlCharacter,
    InvisibleCharacter, // a bidi control, zero-width or other invisible character; `codePoint` names it
    BrokenText, // text that is not valid Unicode (a lone surrogate, a noncharacter)
    InvalidAddress, // Cregis's online check said no
    AddressBadChecksum, // one character is wrong somewhere: a typo or a tampered address
    AddressWrongNetwork, // valid for another network or chain (testnet, TRON on an EVM chain, ...)
    AddressMalformed, // wrong length, characters or encoding for this chain
    AddressNoLocalRule, // warning: no local rules for this chain; use the online check
    AddressNoChecksum, // warning: an all-lower or all-upper EVM address carries no checksum
    RecipientIsOwnAddress, // warning: Cregis says the recipient is one of the project's own addresses
    LookAlikeAddress, // warning: shares its first and last four characters with another known address
    RepeatedPayment, // warning: the same recipient, currency and amount as live payout `otherPayoutId`
    OnlineCheckFailed, // the online check was asked for but could not be done
    MemoNotAllowed, // the chain carries no memo
    MemoNotDestinationTag, // XRP: integer 0..4294967295
    TooLong, // `limit` = the maximum length
    MemoRecommended, // warning: exchanges usually need a memo on XRP and TON
};

enum class IssueSeverity
{
    Error,
    Warning,
};

struct ValidationIssue
{
    PayoutField field = PayoutField::ToAddress;
    IssueCode code = IssueCode::Required;
    IssueSeverity severity = IssueSeverity::Error;
    int limit = 0;
    char32_t codePoint = 0;
    qint64 otherPayoutId = 0; // the earlier payout a RepeatedPayment repeats

    bool isError() const { return severity == IssueSeverity::Error; }
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace paydesk::payout

Q_DECLARE_METATYPE(paydesk::payout::ValidationIssue)
