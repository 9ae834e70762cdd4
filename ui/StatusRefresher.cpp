#include "StatusRefresher.h"

#include "desk/Desk.h"

#include <QTimer>

namespace paydesk::ui {

StatusRefresher::StatusRefresher(desk::Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StatusRefresher::pollOnSchedule);
    connect(&m_desk, &desk::Desk::clientChanged, this, &StatusRefresher::recreatePoller);
    recreatePoller();
}

StatusRefresher::~StatusRefresher() = default;

bool StatusRefresher::isRefreshing() const
{
    return m_poller && m_poller->isPolling();
}

void StatusRefresher::setIntervalMs(int intervalMs)
{
    m_timer->setInterval(intervalMs);
}

void StatusRefresher::recreatePoller()
{
    // The old poller's answers are dropped with it (its callbacks are bound to it); the new one
    // asks again on its first round.
    m_poller.reset();
    store::PayoutStore* store = m_desk.store();
    cregis::CregisClient* client = m_desk.client();
    if (store && client) {
        m_poller = std::make_unique<workflow::StatusPoller>(*store, *client, m_desk.clock(), m_desk.actor());
        connect(m_poller.get(), &workflow::StatusPoller::finished, this, &StatusRefresher::handlePollFinished);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    Q_EMIT availabilityChanged(isAvailable());
}

void StatusRefresher::refreshNow()
{
    if (!m_poller) {
        return;
    }
    if (m_poller->isPolling()) {
        m_refreshRequested = true;
        return;
    }
    Q_EMIT refreshStarted();
    m_poller->pollOnce(true);
}

void StatusRefresher::pollOnSchedule()
{
    if (m_poller && !m_poller->isPolling()) {
        Q_EMIT refreshStarted();
        m_poller->pollOnce(false);
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
