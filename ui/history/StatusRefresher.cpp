#include "StatusRefresher.h"

#include "desk/Desk.h"

#include <QTimer>

namespace paydesk::ui {

StatusRefresher::StatusRefresher(desk::Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_timer(new QTimer(this))
    , m_poller(*desk.store(), desk.client(), desk.clock(), desk.person())
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusRefresher::pollOnSchedule);
    connect(&m_desk, &desk::Desk::apiKeyChanged, this, &StatusRefresher::updateAvailability);
    connect(&m_poller, &workflow::StatusPoller::finished, this, &StatusRefresher::handlePollFinished);
    updateAvailability();
}

StatusRefresher::~StatusRefresher() = default;

bool StatusRefresher::isAvailable() const
{
    return m_desk.hasApiKey();
}

bool StatusRefresher::isRefreshing() const
{
    return m_poller.isPolling();
}

void StatusRefresher::setIntervalMs(int intervalMs)
{
    m_timer->setInterval(intervalMs);
}

void StatusRefresher::updateAvailability()
{
    // Without a key there is nothing to ask; with one, the schedule runs.
    if (isAvailable()) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    Q_EMIT availabilityChanged(isAvailable());
}

void StatusRefresher::refreshNow()
{
    if (!isAvailable()) {
        return;
    }
    if (m_poller.isPolling()) {
        m_refreshRequested = true;
        return;
    }
    Q_EMIT refreshStarted();
    m_poller.pollOnce(true);
}

void StatusRefresher::pollOnSchedule()
{
    if (isAvailable() && !m_poller.isPolling()) {
        Q_EMIT refreshStarted();
        m_poller.pollOnce(false);
    }
}

void StatusRefresher::handlePollFinished(int updated, int failed)
{
    Q_EMIT refreshFinished(updated, failed);
    if (m_refreshRequested) {
        m_refreshRequested = false;
        // From the event loop: the poller is still inside its own signal here.
        QTimer::singleShot(0, this, &StatusRefresher::refreshNow);
    }
}

} // namespace paydesk::ui
