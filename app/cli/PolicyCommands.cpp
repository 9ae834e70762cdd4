#include "Commands.h"

#include "words/ErrorWords.h"

namespace paydesk::cli {

namespace {

void printPolicy(CliContext& context, const workflow::ApprovalPolicy& policy)
{
    context.out() << QStringLiteral("approvals_required\t%1\n").arg(policy.approvalsRequired);
    for (const workflow::AmountThreshold& threshold : policy.thresholds) {
        context.out() << QStringLiteral("threshold\t%1\t%2\t%3\n")
                             .arg(threshold.currency, threshold.atLeast.toCanonical())
                             .arg(threshold.approvals);
    }
    context.out() << QStringLiteral("allow_list_only\t%1\n").arg(policy.allowListOnly ? u"on" : u"off");
    for (const QString& address : policy.allowList) {
        context.out() << QStringLiteral("allow\t%1\n").arg(address);
    }
    context.out() << QStringLiteral("approval_expiry_hours\t%1\n")
                         .arg(policy.approvalExpiryMs ? QString::number(*policy.approvalExpiryMs / 3600000)
                                                      : QStringLiteral("never"));
    context.out() << QStringLiteral("resend_limit_hours\t%1\n").arg(policy.resendLimitMs / 3600000);
    for (const workflow::PolicyProblem& problem : policy.problems) {
        context.out() << QStringLiteral("problem\t%1\n").arg(words::ErrorWords::policyProblem(problem));
    }
    if (policy.blocked) {
        context.error(words::ErrorWords::policyBlocked(policy.problems));
    }
}

// CURRENCY:AMOUNT:N, the currency as chain_id@token_id or a coin name. A coin name served on
// several chains makes one threshold for each of them: the rule never covers fewer payouts than
// the person meant. The amount is kept exactly as written (up to the widest precision); it is
// compared with each payout's amount exactly.
std::optional<QList<workflow::AmountThreshold>> parseThreshold(const QString& text,
                                                               const money::AssetCatalogue& catalogue)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const QList<money::Asset> assets = catalogue.matching(parts.at(0));
    bool ok = false;
    const int approvals = parts.at(2).toInt(&ok);
    const auto amount = money::Amount::parse(parts.at(1), money::Amount::maxDecimals);
    if (assets.isEmpty() || !ok || approvals < 1 || !amount.amount) {
        return std::nullopt;
    }
    QList<workflow::AmountThreshold> thresholds;
    for (const money::Asset& asset : assets) {
        thresholds.append({asset.currency, *amount.amount, approvals});
    }
    return thresholds;
}

} // namespace

int runPolicyCommand(CliContext& context, ArgumentList& args)
{
    const QString sub = args.takeFirstWord();
    if (sub != QLatin1String("show") && sub != QLatin1String("set")) {
        return usageError(context, Cli::tr("policy show | policy set ..."));
    }
    const auto approvals = args.takeOption(QStringLiteral("--approvals"));
    QStringList thresholds;
    while (const auto threshold = args.takeOption(QStringLiteral("--threshold"))) {
        thresholds << *threshold;
    }
    QStringList allowed;
    while (const auto address = args.takeOption(QStringLiteral("--allow"))) {
        allowed << *address;
    }
    const auto allowListOnly = args.takeOption(QStringLiteral("--allow-list-only"));
    const auto expiryHours = args.takeOption(QStringLiteral("--expiry-hours"));
    const auto resendHours = args.takeOption(QStringLiteral("--resend-limit-hours"));
    if (!args.takePositionals().isEmpty() || !args.usageProblem().isEmpty()) {
        return usageError(
            context, args.usageProblem().isEmpty() ? Cli::tr("policy show | policy set ...") : args.usageProblem());
    }
    auto desk = context.openDesk();
    if (!desk) {
        return ExitItemFailed;
    }
    workflow::ApprovalPolicy policy = desk->policy();
    if (sub == QLatin1String("show")) {
        printPolicy(context, policy);
        return policy.blocked ? ExitItemFailed : ExitOk;
    }
    if (policy.blocked) {
        // Nothing half-read may survive into the saved policy: it is stated again, whole.
        if (!approvals) {
            return usageError(context,
                              Cli::tr("%1 Give it whole: policy set --approvals N [--threshold ...] "
                                      "[--allow-list-only on|off] [--allow ADDRESS]... [--expiry-hours H]")
                                  .arg(words::ErrorWords::policyBlocked(policy.problems)));
        }
        policy = workflow::ApprovalPolicy();
    }
    if (approvals) {
        bool ok = false;
        policy.approvalsRequired = approvals->toInt(&ok);
        if (!ok || policy.approvalsRequired < 1) {
            return usageError(context, Cli::tr("--approvals: a whole number of at least 1"));
        }
    }
    if (!thresholds.isEmpty()) {
        policy.thresholds.clear();
        for (const QString& text : std::as_const(thresholds)) {
            const auto threshold = parseThreshold(text, desk->catalogue());
            if (!threshold) {
                return usageError(context,
                                  Cli::tr("--threshold: use CURRENCY:AMOUNT:APPROVALS, such as USDT-TRC20:1000:2 "
                                          "(got \"%1\")")
                                      .arg(text));
            }
            policy.thresholds << *threshold;
            if (threshold->size() > 1) {
                context.err() << Cli::tr("note: %1 is served on %2 chains; the threshold applies to each")
                                     .arg(text.section(u':', 0, 0))
                                     .arg(threshold->size())
                              << u'\n';
            }
        }
    }
    if (allowListOnly) {
        if (*allowListOnly != QLatin1String("on") && *allowListOnly != QLatin1String("off")) {
            return usageError(context, Cli::tr("--allow-list-only: on or off"));
        }
        policy.allowListOnly = *allowListOnly == QLatin1String("on");
    }
    if (!allowed.isEmpty()) {
        policy.allowList = allowed;
    }
    if (expiryHours) {
        bool ok = false;
        const qint64 hours = expiryHours->toLongLong(&ok);
        if (!ok || hours < 0) {
            return usageError(context, Cli::tr("--expiry-hours: a whole number of hours (0 = never)"));
        }
        policy.approvalExpiryMs = hours == 0 ? std::nullopt : std::optional<qint64>(hours * 3600000);
    }
    if (resendHours) {
        bool ok = false;
        const qint64 hours = resendHours->toLongLong(&ok);
        if (!ok || hours < 0 || hours > 24 * 365) {
            return usageError(context,
                              Cli::tr("--resend-limit-hours: a whole number of hours (0 = never resend "
                                      "without reconciling first)"));
        }
        policy.resendLimitMs = hours * 3600000;
    }
    // What could not be read was applied strictly and is saved that way (shown below).
    policy.problems.clear();
    store::StoreError failure;
    if (!desk->setPolicy(policy, &failure)) {
        context.error(words::ErrorWords::store(failure));
        return ExitItemFailed;
    }
    printPolicy(context, policy);
    return ExitOk;
}

} // namespace paydesk::cli
