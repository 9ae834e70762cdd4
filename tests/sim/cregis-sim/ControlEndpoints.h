#pragma once

#include "HttpMessage.h"

namespace paydesk::sim {

class FaultPlan;
class PayoutStore;

// The unsigned test hooks under /_sim/: what was recorded, and which fault comes next. They
// are plain HTTP (no Cregis envelope) because no client of the real API ever calls them.
class ControlEndpoints
{
public:
    ControlEndpoints(const PayoutStore& store, FaultPlan& faults);

    static bool isControlPath(const QByteArray& path) { return path.startsWith("/_sim/"); }
    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse listPayouts() const;
    HttpResponse armFault(const QByteArray& body);

    const PayoutStore& m_store;
    FaultPlan& m_faults;
};

} // namespace paydesk::sim
