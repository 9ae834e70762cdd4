#pragma once

#include "AddressCheck.h"

// Shorthands the per-chain checkers share to build their answers.
namespace paydesk::address {

inline AddressCheck refused(AddressProblem problem, QString detail)
{
    AddressCheck check;
    check.problem = problem;
    check.detail = std::move(detail);
    return check;
}

inline AddressCheck accepted(AddressNote note = AddressNote::None, QString detail = {})
{
    AddressCheck check;
    check.note = note;
    check.detail = std::move(detail);
    return check;
}

inline QString hexByte(quint8 value)
{
    return QStringLiteral("0x%1").arg(value, 2, 16, QLatin1Char('0'));
}

} // namespace paydesk::address
