#include "SqlDialect.h"

namespace paydesk::store {

bool SqliteDialect::isUniqueViolation(const QString& nativeErrorCode, const QString& text) const
{
    // SQLITE_CONSTRAINT (19), extended SQLITE_CONSTRAINT_UNIQUE (2067); Qt reports the primary
    // code, so the message tells UNIQUE apart from other constraints.
    return (nativeErrorCode == QLatin1String("19") || nativeErrorCode == QLatin1String("2067"))
        && text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
}

} // namespace paydesk::store
