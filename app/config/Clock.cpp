#include "Clock.h"

#include <QDateTime>

namespace paydesk::config {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace paydesk::config
