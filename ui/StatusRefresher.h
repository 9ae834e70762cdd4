#pragma once

#include "workflow/StatusPoller.h"

#include <QObject>

#include <memory>

class QTimer;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// Keeps Cregis's statuses of submitted payouts current while the window is open: a poll every
// `defaultIntervalMs` (each payout backing off while its status stays the same) and one on
// request that ignores the back-off. It follows the desk's client: without an API key there is
// nothing to ask, and a new key brings a new poller.
class StatusRefresher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 20000;

    explicit StatusRefresher(desk::Desk& desk, QObject* parent = nullptr);
    ~StatusRefresher() override;

    bool isAvailable() const { return m_poller != nullptr; }
    bool isRefreshing() const;
    void setIntervalMs(int intervalMs);

    // Asks Cregis about every unfinished payout now. While a poll is running, it runs again
    // right after it, so a request is never lost.
    void refreshNow();

Q_SIGNALS:
    void availabilityChanged(bool available);
    void refreshStarted();
    void refreshFinished(int updated, int failed);

private:
    void recreatePoller();
    void pollOnSchedule();
    void handlePollFinished(int updated, int failed);

    desk::Desk& m_desk;
    QTimer* m_timer;
    std::unique_ptr<workflow::StatusPoller> m_poller;
    bool m_refreshRequested = false;
};

} // namespace paydesk::ui
