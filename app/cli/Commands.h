#pragma once

#include "ArgumentList.h"
#include "CliContext.h"
#include "store/PayoutQuery.h"

#include <optional>

namespace paydesk::cli {

// One function per command; each returns an ExitCode.
int runProfileCommand(CliContext& context, ArgumentList& args);
int runCredentialsCommand(CliContext& context, ArgumentList& args);
int runNewCommand(CliContext& context, ArgumentList& args);
int runSubmitCommand(CliContext& context, ArgumentList& args);
int runListCommand(CliContext& context, ArgumentList& args);
int runExportCommand(CliContext& context, ArgumentList& args);
int runImportCommand(CliContext& context, ArgumentList& args);
int runCurrencyCommand(CliContext& context, ArgumentList& args);
int runApproveCommand(CliContext& context, ArgumentList& args);
int runRejectCommand(CliContext& context, ArgumentList& args);
int runCancelCommand(CliContext& context, ArgumentList& args);
int runReconcileCommand(CliContext& context, ArgumentList& args);
int runRefreshCommand(CliContext& context, ArgumentList& args);
int runAuditCommand(CliContext& context, ArgumentList& args);
int runPolicyCommand(CliContext& context, ArgumentList& args);
int runDbCommand(CliContext& context, ArgumentList& args);

// Prints `error: <problem>` and the usage hint; returns ExitUsage.
int usageError(CliContext& context, const QString& problem);
// Applies `--status S` (a state's storage name) to `query`. Nullopt when it is absent or valid;
// otherwise the usage error, already printed, as the exit code to return.
std::optional<int> applyStatusOption(CliContext& context, const std::optional<QString>& status,
                                     store::PayoutQuery& query);

} // namespace paydesk::cli
