#pragma once

#include <QStringView>

#include <optional>

namespace paydesk::config {

// The one reading of ids people type (pid, wallet id, payout id, cid): ASCII digits only, within
// 64 bits, parsed as integers (never through a double, never with a sign, spaces or grouping).
// A digit string that does not fit is refused rather than clamped.
std::optional<qint64> parseDigits(QStringView text);
// An id: as parseDigits, and above zero (no Cregis or PayDesk id is 0).
std::optional<qint64> parseId(QStringView text);

} // namespace paydesk::config
