#pragma once

#include "store/Database.h"

#include <QObject>
#include <QTimer>

namespace paydesk::desk {

// Keeps a team store's connection under watch for a window: a cheap ping every few seconds while
// it works; once it fails, connects again after growing pauses (1 s, 2 s, ... 30 s) and says when
// it is lost and when it is back. Nothing here waits: the window never freezes for it.
class ConnectionWatch : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionWatch(const store::Database& database, int pingIntervalMs = 5000, QObject* parent = nullptr);

    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void connectionChanged(bool connected);

private:
    void check();

    const store::Database& m_database;
    const int m_pingIntervalMs;
    QTimer m_timer;
    bool m_connected = true;
    int m_pauseMs = 0;
};

} // namespace paydesk::desk
