#pragma once

#include <QCoreApplication>

namespace paydesk::cli {

// The translation context of paydesk-cli's messages (stderr). Data on stdout (ids, states,
// tab-separated columns) is for scripts and stays as it is.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace paydesk::cli
