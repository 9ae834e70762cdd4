#pragma once

namespace paydesk::secrets {

// What hardenProcess() could do; a front end says so when something failed.
struct Hardening
{
    bool coreDumpsOff = false; // RLIMIT_CORE is 0, and stays so for child processes
    bool notDumpable = false; // PR_SET_DUMPABLE 0: no core, no ptrace by other processes of the user
};

// Keeps the API key out of core files and out of reach of debuggers attached by other processes
// of the same user, as KeePassXC does: the key sits in this process's memory while it signs.
// Release builds only (NDEBUG): a developer's debug build stays debuggable. Call first in main().
Hardening hardenProcess();

} // namespace paydesk::secrets
