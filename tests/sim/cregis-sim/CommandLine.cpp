#include "CommandLine.h"

#include <QCommandLineParser>

#include <limits>
#include <optional>
#include <utility>

namespace paydesk::sim {

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> parseInteger(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

CommandLineOutcome refuse(const QString& message)
{
    return {std::nullopt, message, 1};
}

// Records one address's terminal status; false when the address already has another one.
bool addFinalStatus(QHash<QString, PayoutStatus>& statuses, const QString& address, PayoutStatus status)
{
    const auto existing = statuses.constFind(address);
    if (existing != statuses.cend() && *existing != status) {
        return false;
    }
    statuses.insert(address, status);
    return true;
}

// "ADDR:N", as given to --final-status. Split at the last colon, so an address may hold one.
std::optional<std::pair<QString, PayoutStatus>> parseFinalStatus(const QString& spec)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return std::nullopt;
    }
    const auto number = parseInteger(spec.mid(colon + 1), 0, 9);
    const std::optional<PayoutStatus> status = number ? StatusPaths::terminalStatus(*number) : std::nullopt;
    if (!status) {
        return std::nullopt;
    }
    return std::pair(spec.left(colon), *status);
}

} // namespace

CommandLineOutcome parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local Cregis WaaS simulator on 127.0.0.1. Reads the API key as the first line of standard input."_s);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (0: any free port)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption pidOption(u"pid"_s, u"Project id requests must carry."_s, u"N"_s, u"1382528827416576"_s);
    const QCommandLineOption failOption(u"status-fail-to"_s, u"Payouts to this address end in status 7 (repeatable)."_s,
                                        u"ADDR"_s);
    const QCommandLineOption innerOption(
        u"inner-address"_s, u"An address /api/v1/address/inner reports as the project's own (repeatable)."_s,
        u"ADDR"_s);
    const QCommandLineOption toleranceOption(
        u"timestamp-tolerance-ms"_s, u"Accepted distance of a request's timestamp from now."_s, u"N"_s, u"300000"_s);
    const QCommandLineOption delayOption(u"delay-ms"_s, u"How long the delay fault holds an answer."_s, u"N"_s,
                                         u"35000"_s);
    const QCommandLineOption faultOption(
        u"fault"_s,
        u"Arm a fault for the first COUNT payout-create requests (-1: all). NAME: drop-after-record, http-503, "
        "http-429, delay, malformed-json, redirect, api-error, duplicate-cid."_s,
        u"NAME[:COUNT]"_s);
    const QCommandLineOption faultCodeOption(
        u"fault-code"_s, u"The code --fault api-error answers: 5 printable ASCII characters (default E0099)."_s,
        u"CODE"_s);
    const QCommandLineOption faultMsgOption(
        u"fault-msg"_s, u"The msg --fault api-error answers (default \"System busy, please retry\")."_s, u"TEXT"_s);
    const QCommandLineOption finalStatusOption(
        u"final-status"_s,
        u"Payouts to this address end in status N: 6 (5,1,6), 7 (5,1,7), 2 (5,2), 3 (0,3) or 4 (0,4) "
        "(repeatable)."_s,
        u"ADDR:N"_s);
    const QCommandLineOption approvalOption(u"cregis-approval"_s,
                                            u"Every payout starts in status 0, awaiting approval inside Cregis."_s);
    const QCommandLineOption lowercaseOption(
        u"lowercase-evm"_s, u"Store and report EVM (0x) recipients in lower case, as some gateways do."_s);
    parser.addOptions({portOption, pidOption, failOption, innerOption, toleranceOption, delayOption, faultOption,
                       faultCodeOption, faultMsgOption, finalStatusOption, approvalOption, lowercaseOption});

    if (!parser.parse(arguments)) {
        return refuse(parser.errorText());
    }
    // parse(), unlike process(), leaves both help options to the caller.
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        return {std::nullopt, parser.helpText(), 0};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return refuse(u"unexpected argument: %1"_s.arg(parser.positionalArguments().first()));
    }

    SimConfig config;
    const auto port = parseInteger(parser.value(portOption), 0, 65535);
    if (!port) {
        return refuse(u"--port must be a number from 0 to 65535"_s);
    }
    config.port = static_cast<quint16>(*port);
    const auto pid = parseInteger(parser.value(pidOption), 1, std::numeric_limits<qint64>::max());
    if (!pid) {
        return refuse(u"--pid must be a positive 64-bit integer"_s);
    }
    config.pid = *pid;
    // Ten years is far beyond any real tolerance and keeps now +/- tolerance from overflowing.
    const auto tolerance = parseInteger(parser.value(toleranceOption), 0, 10LL * 366 * 24 * 3600 * 1000);
    if (!tolerance) {
        return refuse(u"--timestamp-tolerance-ms must be a non-negative number of milliseconds"_s);
    }
    config.timestampToleranceMs = *tolerance;
    const auto delay = parseInteger(parser.value(delayOption), 0, std::numeric_limits<int>::max());
    if (!delay) {
        return refuse(u"--delay-ms must be a non-negative number of milliseconds"_s);
    }
    config.delayMs = static_cast<int>(*delay);
    const QStringList faults = parser.values(faultOption);
    if (faults.size() > 1) {
        return refuse(u"--fault may be given once: one fault is armed at a time"_s);
    }
    if (!faults.isEmpty()) {
        const auto arming = FaultPlan::parseSpec(faults.first());
        if (!arming) {
            return refuse(u"--fault expects NAME or NAME:COUNT with a known fault and COUNT >= 1 or -1"_s);
        }
        config.initialFault = *arming;
    }
    if (parser.values(faultCodeOption).size() > 1 || parser.values(faultMsgOption).size() > 1) {
        return refuse(u"--fault-code and --fault-msg may be given once each"_s);
    }
    const bool codeSet = parser.isSet(faultCodeOption);
    const bool msgSet = parser.isSet(faultMsgOption);
    // Refused rather than ignored: a code for another fault is a mistake in the caller.
    if ((codeSet || msgSet) && config.initialFault.fault != Fault::ApiError) {
        return refuse(u"--fault-code and --fault-msg apply to --fault api-error only"_s);
    }
    if (codeSet) {
        const QString code = parser.value(faultCodeOption);
        if (!FaultPlan::isValidErrorCode(code)) {
            return refuse(u"--fault-code must be 5 printable ASCII characters"_s);
        }
        config.initialFault.apiError.code = code;
    }
    if (msgSet) {
        config.initialFault.apiError.msg = parser.value(faultMsgOption);
    }
    for (const QString& address : parser.values(failOption)) {
        addFinalStatus(config.finalStatuses, address, PayoutStatus::Failed);
    }
    for (const QString& spec : parser.values(finalStatusOption)) {
        const auto finalStatus = parseFinalStatus(spec);
        if (!finalStatus) {
            return refuse(u"--final-status expects ADDR:N with N one of 2, 3, 4, 6, 7"_s);
        }
        if (!addFinalStatus(config.finalStatuses, finalStatus->first, finalStatus->second)) {
            return refuse(u"--final-status gives %1 a second, different final status"_s.arg(finalStatus->first));
        }
    }
    config.cregisApproval = parser.isSet(approvalOption);
    config.lowercaseEvm = parser.isSet(lowercaseOption);
    const QStringList inner = parser.values(innerOption);
    config.innerAddresses = QSet<QString>(inner.begin(), inner.end());
    return {config, QString(), 0};
}

} // namespace paydesk::sim
