#include "AddressRules.h"
#include "AmountText.h"
#include "CoinTable.h"
#include "Endpoints.h"
#include "ParamReader.h"
#include "PayoutStore.h"

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxRemarkCharacters = 256;

// An XRP memo is a destination tag: an unsigned 32-bit integer.
bool isDestinationTag(const QString& memo)
{
    if (memo.isEmpty() || memo.size() > 10) {
        return false;
    }
    for (const QChar c : memo) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return memo.toULongLong() <= 0xFFFFFFFFULL;
}

std::optional<ApiError> amountError(const QString& amount, const Coin& coin)
{
    switch (checkAmountText(amount, coin.decimals)) {
    case AmountIssue::None:
        return std::nullopt;
    case AmountIssue::Malformed:
        return apierror::invalidParameter(u"amount"_s, u"must be a plain decimal number"_s);
    case AmountIssue::NotPositive:
        return apierror::amountNotPositive();
    case AmountIssue::TooPrecise:
        return apierror::amountTooPrecise(coin.decimals);
    }
    return std::nullopt;
}

std::optional<ApiError> memoError(const std::optional<QString>& memo, const Coin& coin)
{
    if (!memo) {
        return std::nullopt;
    }
    if (!coin.takesMemo()) {
        return apierror::memoNotSupported(coin.currency());
    }
    if (coin.isXrp() && !isDestinationTag(*memo)) {
        return apierror::invalidParameter(u"memo"_s, u"must be a destination tag (an integer below 2^32)"_s);
    }
    return std::nullopt;
}

} // namespace

ApiResult createPayout(PayoutStore& store, const CoinTable& coins, const QJsonObject& body, PayoutApi api)
{
    const bool v2 = api == PayoutApi::V2;
    ParamReader reader(body);
    PayoutRecord payout;
    payout.walletId = v2 ? reader.optionalInteger(u"wallet_id"_s) : std::nullopt;
    payout.currency = reader.requiredText(u"currency"_s);
    payout.fromAddress = v2 ? reader.optionalText(u"from_address"_s) : std::nullopt;
    payout.toAddress = reader.requiredText(v2 ? u"to_address"_s : u"address"_s);
    payout.amount = reader.requiredText(u"amount"_s);
    payout.callbackUrl = reader.optionalText(u"callback_url"_s);
    payout.thirdPartyId = reader.requiredText(u"third_party_id"_s);
    payout.remark = reader.optionalText(u"remark"_s);
    payout.memo = reader.optionalText(u"memo"_s);
    if (reader.error()) {
        return *reader.error();
    }

    const Coin* coin = coins.findCurrency(payout.currency);
    if (!coin) {
        return apierror::unsupportedCurrency();
    }
    if (!isWellFormedAddress(payout.toAddress)) {
        return apierror::invalidAddress();
    }
    if (auto error = amountError(payout.amount, *coin)) {
        return *error;
    }
    // Counted in characters (code points), as a person counts them, not in UTF-16 units.
    if (payout.remark && payout.remark->toUcs4().size() > maxRemarkCharacters) {
        return apierror::remarkTooLong();
    }
    if (auto error = memoError(payout.memo, *coin)) {
        return *error;
    }
    // Checked last, so that a retry of a refused request gets the same refusal, not E0009.
    if (store.containsThirdPartyId(payout.thirdPartyId)) {
        return apierror::thirdPartyIdUsed();
    }
    payout.chainId = coin->chainId;
    payout.tokenId = coin->tokenId;
    const PayoutRecord& recorded = store.record(std::move(payout));
    return QJsonObject{{u"cid"_s, QJsonValue(recorded.cid)}};
}

} // namespace paydesk::sim
