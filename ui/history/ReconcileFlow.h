#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QInputDialog;
class QWidget;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// Settles one payout that may have reached Cregis without PayDesk learning its cid: first the
// trade history is searched, and when that finds nothing certain the person is asked for the cid
// from the Cregis console. Either way the cid is recorded only after Cregis's payout query shows
// this payout's third_party_id, amount and recipient.
class ReconcileFlow : public QObject
{
    Q_OBJECT

public:
    ReconcileFlow(desk::Desk& desk, QWidget* dialogParent);
    ~ReconcileFlow() override;

    void start(qint64 payoutId);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool recorded, const QString& message);

private:
    void askForCid(qint64 payoutId, const QString& why);
    void finish(bool recorded, const QString& message);

    desk::Desk& m_desk;
    QWidget* m_dialogParent;
    QPointer<QInputDialog> m_dialog;
    bool m_running = false;
};

} // namespace paydesk::ui
