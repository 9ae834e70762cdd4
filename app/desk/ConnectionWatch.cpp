#include "ConnectionWatch.h"

namespace paydesk::desk {

namespace {

constexpr int firstPauseMs = 1000;
constexpr int longestPauseMs = 30000;

} // namespace

ConnectionWatch::ConnectionWatch(const store::Database& database, int pingIntervalMs, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_pingIntervalMs(pingIntervalMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::check);
    m_timer.start(m_pingIntervalMs);
}

void ConnectionWatch::check()
{
    // restore(0) pings, and when the ping fails tries to connect once, without pausing.
    const bool up = m_database.restore(0);
    if (up) {
        m_pauseMs = 0;
        if (!m_connected) {
            m_connected = true;
            Q_EMIT connectionChanged(true);
        }
        m_timer.start(m_pingIntervalMs);
        return;
    }
    m_pauseMs = m_connected ? firstPauseMs : std::min(m_pauseMs * 2, longestPauseMs);
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectionChanged(false);
    }
    m_timer.start(m_pauseMs);
}

} // namespace paydesk::desk
