#include "FaultPlan.h"

#include <utility>

namespace paydesk::sim {

namespace {

struct FaultName
{
    Fault fault;
    const char* name;
};

constexpr FaultName faultNames[] = {
    {Fault::None, "none"},
    {Fault::DropAfterRecord, "drop-after-record"},
    {Fault::Http503, "http-503"},
    {Fault::Http429, "http-429"},
    {Fault::Delay, "delay"},
    {Fault::MalformedJson, "malformed-json"},
    {Fault::Redirect, "redirect"},
    {Fault::ApiError, "api-error"},
    {Fault::DuplicateCid, "duplicate-cid"},
};

} // namespace

void FaultPlan::arm(FaultArming arming)
{
    m_armed = arming.fault == Fault::None ? FaultArming{Fault::None, 0} : std::move(arming);
}

FaultArming FaultPlan::takeForRequest()
{
    if (m_armed.fault == Fault::None) {
        return m_armed;
    }
    const FaultArming taken = m_armed;
    if (m_armed.count != always && --m_armed.count <= 0) {
        m_armed = {Fault::None, 0};
    }
    return taken;
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

bool FaultPlan::isValidErrorCode(const QString& code)
{
    if (code.size() != 5) {
        return false;
    }
    for (const QChar c : code) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
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
