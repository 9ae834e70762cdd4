#include "PayoutValidator.h"

#include "config/Ids.h"

#include "address/AddressCheck.h"

#include <algorithm>

namespace paydesk::payout {

namespace {

ValidationIssue error(PayoutField field, IssueCode code, int limit = 0)
{
    return ValidationIssue{field, code, IssueSeverity::Error, limit, 0};
}

bool isZeroWidth(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

// Characters that change how text reads without showing themselves: the bidi controls (a
// right-to-left override turns "rent 1000" into "0001 tner" on screen), zero-width and other
// invisible format characters. In a remark or memo they can make what an approver reads differ
// from what is stored and sent.
bool isInvisible(char32_t c)
{
    return isZeroWidth(c) || c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x180E
        || (c >= 0x200E && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2061 && c <= 0x2064)
        || (c >= 0x2066 && c <= 0x206F) || c == 0x3164 || c == 0xFFA0 || (c >= 0xFFF9 && c <= 0xFFFB)
        || (c >= 0xE0000 && c <= 0xE007F);
}

// The first problem of a free text field (memo, remark): control characters of either range and
// DEL, invisible characters (named), text that is not valid Unicode.
std::optional<ValidationIssue> checkFreeText(PayoutField field, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text.at(i);
        if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t c = QChar::surrogateToUcs4(unit, text.at(i + 1));
            ++i;
            if (QChar::isNonCharacter(c)) {
                return error(field, IssueCode::BrokenText);
            }
            if (isInvisible(c)) {
                ValidationIssue issue = error(field, IssueCode::InvisibleCharacter);
                issue.codePoint = c;
                return issue;
            }
            continue;
        }
        const char32_t c = unit.unicode();
        if (unit.isSurrogate() || QChar::isNonCharacter(c)) {
            return error(field, IssueCode::BrokenText);
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return error(field, IssueCode::ControlCharacter);
        }
        if (isInvisible(c)) {
            ValidationIssue issue = error(field, IssueCode::InvisibleCharacter);
            issue.codePoint = c;
            return issue;
        }
    }
    return std::nullopt;
}

} // namespace

bool ValidationResult::hasErrors() const
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue& issue) { return issue.isError(); });
}

ValidationIssues ValidationResult::issuesFor(PayoutField field) const
{
    ValidationIssues found;
    std::copy_if(issues.begin(), issues.end(), std::back_inserter(found),
                 [field](const ValidationIssue& issue) { return issue.field == field; });
    return found;
}

PayoutValidator::PayoutValidator(money::AssetCatalogue catalogue)
    : m_catalogue(std::move(catalogue))
{ }

QString PayoutValidator::normalizeAddress(const QString& text)
{
    QString cleaned;
    cleaned.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (!isZeroWidth(c)) {
            cleaned.append(QString::fromUcs4(&c, 1));
        }
    }
    return cleaned.trimmed();
}

ValidationIssues PayoutValidator::checkWalletId(const QString& text) const
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !config::parseId(trimmed)) {
        return {error(PayoutField::WalletId, IssueCode::NotAnInteger)};
    }
    return {};
}

ValidationIssues PayoutValidator::checkAddress(PayoutField field, const QString& text, bool required,
                                               const std::optional<money::Asset>& asset) const
{
    const QString address = normalizeAddress(text);
    if (address.isEmpty()) {
        return required ? ValidationIssues{error(field, IssueCode::Required)} : ValidationIssues{};
    }
    for (char32_t c : address.toUcs4()) {
        if (c > 0x7E) {
            // A Cyrillic `а` in an address is an attack, not a typo: name the character.
            ValidationIssue issue = error(field, IssueCode::NonAsciiCharacter);
            issue.codePoint = c;
            return {issue};
        }
        if (c < 0x20) {
            return {error(field, IssueCode::ControlCharacter)};
        }
        if (c == u' ') {
            return {error(field, IssueCode::ContainsWhitespace)};
        }
    }
    if (!asset) {
        return {};
    }
    const address::AddressCheck check = address::checkAddress(asset->family, asset->chainId, address);
    const auto warning = [field](IssueCode code) {
        return ValidationIssue{field, code, IssueSeverity::Warning, 0, 0};
    };
    switch (check.problem) {
    case address::AddressProblem::None:
        return check.note == address::AddressNote::NoChecksum ? ValidationIssues{warning(IssueCode::AddressNoChecksum)}
                                                              : ValidationIssues{};
    case address::AddressProblem::UnknownChain:
        return {warning(IssueCode::AddressNoLocalRule)};
    case address::AddressProblem::BadChecksum:
        return {error(field, IssueCode::AddressBadChecksum)};
    case address::AddressProblem::WrongNetwork:
        return {error(field, IssueCode::AddressWrongNetwork)};
    case address::AddressProblem::Empty:
        return {error(field, IssueCode::Required)};
    case address::AddressProblem::NonAscii:
    case address::AddressProblem::BadCharacter:
    case address::AddressProblem::BadLength:
    case address::AddressProblem::WrongVersion:
    case address::AddressProblem::BadEncoding:
        break;
    }
    return {error(field, IssueCode::AddressMalformed)};
}

ValidationResult PayoutValidator::validate(const PayoutDraft& draft) const
{
    ValidationResult result;
    PayoutFields fields;

    result.issues += checkWalletId(draft.walletId);
    fields.walletId = config::parseId(draft.walletId.trimmed());

    const std::optional<money::Asset> asset = m_catalogue.resolve(draft.currency.trimmed());
    const qsizetype namedCurrencies = m_catalogue.matching(draft.currency.trimmed()).size();
    if (draft.currency.trimmed().isEmpty()) {
        result.issues += error(PayoutField::Currency, IssueCode::Required);
    } else if (namedCurrencies > 1) {
        result.issues += error(PayoutField::Currency, IssueCode::AmbiguousCurrency, static_cast<int>(namedCurrencies));
    } else if (!asset) {
        result.issues += error(PayoutField::Currency, IssueCode::UnknownCurrency);
    } else if (!asset->decimals) {
        result.issues += error(PayoutField::Currency, IssueCode::DecimalsUnknown);
    }
    if (asset) {
        fields.currency = asset->currency;
        fields.coinName = asset->coinName;
    }

    result.issues += checkAddress(PayoutField::FromAddress, draft.fromAddress, false, asset);
    fields.fromAddress = normalizeAddress(draft.fromAddress);
    result.issues += checkAddress(PayoutField::ToAddress, draft.toAddress, true, asset);
    fields.toAddress = normalizeAddress(draft.toAddress);

    const QString amountText = draft.amount.trimmed();
    if (amountText.isEmpty()) {
        result.issues += error(PayoutField::Amount, IssueCode::Required);
    } else {
        // Without a known currency the syntax is still checked, against the widest precision.
        const int decimals = asset && asset->decimals ? *asset->decimals : money::Amount::maxDecimals;
        const money::Amount::ParseResult parsed = money::Amount::parse(amountText, decimals);
        switch (parsed.error) {
        case money::Amount::ParseError::None:
            if (parsed.amount->isZero()) {
                result.issues += error(PayoutField::Amount, IssueCode::NotPositive);
            } else {
                fields.amount = *parsed.amount;
            }
            break;
        case money::Amount::ParseError::Empty:
            result.issues += error(PayoutField::Amount, IssueCode::Required);
            break;
        case money::Amount::ParseError::NotPlainDecimal:
            result.issues += error(PayoutField::Amount, IssueCode::NotPlainDecimal);
            break;
        case money::Amount::ParseError::TooManyFractionDigits:
            result.issues += error(PayoutField::Amount, IssueCode::TooManyDecimals, decimals);
            break;
        case money::Amount::ParseError::TooLarge:
            result.issues += error(PayoutField::Amount, IssueCode::TooLarge);
            break;
        }
    }

    const QString memo = draft.memo.trimmed();
    const money::MemoKind memoKind = asset ? asset->memoKind() : money::MemoKind::None;
    if (!memo.isEmpty()) {
        if (const std::optional<ValidationIssue> problem = checkFreeText(PayoutField::Memo, memo)) {
            result.issues += *problem;
        } else if (asset && memoKind == money::MemoKind::None) {
            result.issues += error(PayoutField::Memo, IssueCode::MemoNotAllowed);
        } else if (memoKind == money::MemoKind::DestinationTag) {
            const std::optional<qint64> tag = config::parseDigits(memo);
            if (!tag || *tag > 4294967295LL) {
                result.issues += error(PayoutField::Memo, IssueCode::MemoNotDestinationTag);
            }
        } else if (memo.size() > maxMemoLength) {
            result.issues += error(PayoutField::Memo, IssueCode::TooLong, maxMemoLength);
        }
    } else if (memoKind != money::MemoKind::None) {
        result.issues += ValidationIssue{PayoutField::Memo, IssueCode::MemoRecommended, IssueSeverity::Warning, 0, 0};
    }
    fields.memo = memo;

    if (draft.remark.size() > maxRemarkLength) {
        result.issues += error(PayoutField::Remark, IssueCode::TooLong, maxRemarkLength);
    } else if (const std::optional<ValidationIssue> problem = checkFreeText(PayoutField::Remark, draft.remark)) {
        result.issues += *problem;
    }
    fields.remark = draft.remark;

    if (!result.hasErrors()) {
        result.fields = fields;
    }
    return result;
}

} // namespace paydesk::payout
