#include "FaultPlan.h"

namespace paydesk::sim {

namespace {

struct FaultName
{
    Fault fault;
    const char* name;
};

constexpr FaultName faultNames[] = {
    {Fault::None, "none"},         {Fault::DropAfterRecord, "drop-after-record"},
    {Fault::Http503, "http-503"},  {Fault::Http429, "http-429"},
    {Fault::Delay, "delay"},       {Fault::MalformedJson, "malformed-json"},
    {Fault::Redirect, "redirect"},
};

} // namespace

void FaultPlan::arm(FaultArming arming)
{
    m_armed = arming.fault == Fault::None ? FaultArming{Fault::None, 0} : arming;
}

Fault FaultPlan::takeForRequest()
{
    if (m_armed.fault == Fault::None) {
        return Fault::None;
    }
    const Fault fault = m_armed.fault;
    if (m_armed.count != always && --m_armed.count <= 0) {
        m_armed = {Fault::None, 0};
    }
    return fault;
}

std::optional<Fault> FaultPlan::fromName(const QString& name)
{
    for (const FaultName& entry : faultNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.fault;
        }
    }
    return std::nullopt;
}

QString FaultPlan::nameOf(Fault fault)
{
    for (const FaultName& entry : faultNames) {
        if (entry.fault == fault) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

std::optional<FaultArming> FaultPlan::parseSpec(const QString& spec)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const std::optional<Fault> fault = fromName(colon < 0 ? spec : spec.left(colon));
    if (!fault) {
        return std::nullopt;
    }
    if (colon < 0) {
        return FaultArming{*fault, 1};
    }
    bool ok = false;
    const qint64 count = spec.mid(colon + 1).toLongLong(&ok);
    if (!ok || !isValidCount(count)) {
        return std::nullopt;
    }
    return FaultArming{*fault, static_cast<int>(count)};
}

} // namespace paydesk::sim
