#pragma once

#include "SimConfig.h"

#include <QStringList>

#include <optional>

namespace paydesk::sim {

struct CommandLineOutcome
{
    // Set when the simulator should run.
    std::optional<SimConfig> config;
    // Help text (exit code 0) or the reason the arguments were refused (exit code 1).
    QString message;
    int exitCode = 0;
};

CommandLineOutcome parseCommandLine(const QStringList& arguments);

} // namespace paydesk::sim
