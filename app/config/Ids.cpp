#include "Ids.h"

#include <QString>

#include <algorithm>
#include <limits>

namespace paydesk::config {

std::optional<qint64> parseDigits(QStringView text)
{
    if (text.isEmpty() || text.size() > 19
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    quint64 value = 0;
    for (QChar c : text) {
        value = value * 10 + static_cast<quint64>(c.unicode() - u'0');
    }
    if (value > static_cast<quint64>(std::numeric_limits<qint64>::max())) {
        return std::nullopt;
    }
    return static_cast<qint64>(value);
}

std::optional<qint64> parseId(QStringView text)
{
    const std::optional<qint64> value = parseDigits(text);
    return value && *value > 0 ? value : std::nullopt;
}

} // namespace paydesk::config
