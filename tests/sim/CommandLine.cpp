#include "CommandLine.h"

#include <QCommandLineParser>

#include <limits>

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
        "http-429, delay, malformed-json, redirect."_s,
        u"NAME[:COUNT]"_s);
    parser.addOptions({portOption, pidOption, failOption, innerOption, toleranceOption, delayOption, faultOption});

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
    const QStringList failing = parser.values(failOption);
    config.failingAddresses = QSet<QString>(failing.begin(), failing.end());
    const QStringList inner = parser.values(innerOption);
    config.innerAddresses = QSet<QString>(inner.begin(), inner.end());
    return {config, QString(), 0};
}

} // namespace paydesk::sim
