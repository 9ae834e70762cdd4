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
// request that ignores the back-off. Without an API key there is nothing to ask.
class StatusRefresher : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 20000;

    explicit StatusRefresher(desk::Desk& desk, QObject* parent = nullptr);
    ~StatusRefresher() override;

    bool isAvailable() const;
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
    void updateAvailability();
    void pollOnSchedule();
    void handlePollFinished(int updated, int failed);

    desk::Desk& m_desk;
    QTimer* m_timer;
    workflow::StatusPoller m_poller; // over the desk's store and client, for the page's life
    bool m_refreshRequested = false;
};

} // namespace paydesk::ui
