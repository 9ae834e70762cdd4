#include "ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace paydesk::secrets {

Hardening hardenProcess()
{
    Hardening result;
#ifdef NDEBUG
    const rlimit none{0, 0};
    rlimit now{};
    result.coreDumpsOff = setrlimit(RLIMIT_CORE, &none) == 0 && getrlimit(RLIMIT_CORE, &now) == 0 && now.rlim_cur == 0
        && now.rlim_max == 0;
    result.notDumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return result;
}

} // namespace paydesk::secrets
