#include "Commands.h"

#include "config/CurrencySettings.h"
#include "money/Amount.h"

namespace paydesk::cli {

namespace {

int listCurrencies(CliContext& context, desk::Desk& desk)
{
    context.out() << QStringLiteral("currency\tcoin\tdecimals\n");
    for (const money::Asset& asset : desk.catalogue().assets()) {
        context.out() << asset.currency << u'\t' << asset.coinName << u'\t'
                      << (asset.decimals ? QString::number(*asset.decimals) : QStringLiteral("unknown")) << u'\n';
    }
    return ExitOk;
}

int setDecimals(CliContext& context, desk::Desk& desk, const QString& currencyText, const QString& decimalsText)
{
    const auto asset = desk.catalogue().resolve(currencyText);
    if (const qsizetype named = desk.catalogue().matching(currencyText).size(); named > 1) {
        context.error(Cli::tr("Currency: \"%1\" is served on %2 chains; use chain_id@token_id (see `currency list`)")
                          .arg(currencyText)
                          .arg(named));
        return ExitItemFailed;
    }
    if (!asset) {
        context.error(
            Cli::tr("Currency: \"%1\" is not a currency of this profile; see `currency list`").arg(currencyText));
        return ExitItemFailed;
    }
    bool ok = false;
    const int decimals = decimalsText.toInt(&ok);
    if (!ok || decimals < 0 || decimals > money::Amount::maxDecimals) {
        return usageError(context,
                          Cli::tr("decimals: use a whole number from 0 to %1").arg(money::Amount::maxDecimals));
    }
    if (asset->decimals) {
        // Known decimals come from the built-in table or the gateway; a person may not override them.
        context.error(Cli::tr("%1 already has %2 decimal places (built in or served by the gateway)")
                          .arg(asset->coinName)
                          .arg(*asset->decimals));
        return ExitItemFailed;
    }
    desk.setManualDecimals(asset->currency, decimals);
    context.err() << Cli::tr("%1 now has %2 decimal places").arg(asset->coinName).arg(decimals) << u'\n';
    return ExitOk;
}

} // namespace

int runCurrencyCommand(CliContext& context, ArgumentList& args)
{
    const QString sub = args.takeFirstWord();
    const QStringList words = args.takePositionals();
    const bool isList = sub == QLatin1String("list") && words.isEmpty();
    const bool isSet = sub == QLatin1String("set-decimals") && words.size() == 2;
    if ((!isList && !isSet) || !args.usageProblem().isEmpty()) {
        return usageError(context, Cli::tr("currency list | currency set-decimals CURRENCY N"));
    }
    const auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    return isList ? listCurrencies(context, *desk) : setDecimals(context, *desk, words.at(0), words.at(1));
}

} // namespace paydesk::cli
