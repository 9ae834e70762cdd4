// cregis-sim: a local Cregis WaaS simulator for tests and demo mode. See CommandLine.cpp for
// the options; the API key is the first line of standard input so it never shows in `ps`.

#include "CommandLine.h"
#include "Simulator.h"

#include "config/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <utility>

namespace {

QByteArray readKeyLine()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return line;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cregis-sim"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const paydesk::sim::CommandLineOutcome outcome = paydesk::sim::parseCommandLine(QCoreApplication::arguments());
    if (!outcome.config) {
        if (outcome.exitCode == 0) {
            out << outcome.message << Qt::endl;
        } else {
            err << "cregis-sim: " << outcome.message << Qt::endl;
        }
        return outcome.exitCode;
    }

    QByteArray apiKey = readKeyLine();
    if (apiKey.isEmpty()) {
        err << "cregis-sim: expected the API key as the first line of standard input" << Qt::endl;
        return 1;
    }

    const paydesk::config::SystemClock clock;
    paydesk::sim::Simulator simulator(std::move(apiKey), *outcome.config, clock);
    if (!simulator.listen()) {
        err << "cregis-sim: cannot listen on 127.0.0.1:" << outcome.config->port << ": " << simulator.errorString()
            << Qt::endl;
        return 1;
    }
    out << "cregis-sim listening on http://127.0.0.1:" << simulator.port() << Qt::endl;
    return app.exec();
}
