#pragma once

#include <QObject>

class QSocketNotifier;

namespace paydesk::cli {

// Turns SIGINT/SIGTERM into a Qt signal (through a self-pipe, the only safe way out of a signal
// handler), so a long submission can stop between payouts instead of dying in the middle of one.
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

Q_SIGNALS:
    void interrupted();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace paydesk::cli
