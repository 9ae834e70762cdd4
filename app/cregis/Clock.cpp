#include "Clock.h"

#include <QDateTime>

namespace paydesk::cregis {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace paydesk::cregis
