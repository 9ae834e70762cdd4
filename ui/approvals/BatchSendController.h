#pragma once

#include "workflow/BatchSubmitter.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QProgressDialog;
class QWidget;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

// Sends a list of approved payouts through a BatchSubmitter while a progress dialog shows how
// far it got; its Cancel stops further payouts from starting (those on their way finish and are
// recorded). At the end it words what happened to each payout.
class BatchSendController : public QObject
{
    Q_OBJECT

public:
    BatchSendController(desk::Desk& desk, QWidget* dialogParent);
    ~BatchSendController() override;

    bool isRunning() const;
    // False (and nothing starts) when no API key is loaded.
    bool start(const QList<qint64>& ids);

Q_SIGNALS:
    // The person cancelled while requests were still out; `finished` follows once they are answered.
    void cancelling(const QString& text);
    // `allSent`: every payout of the list reached Cregis.
    void finished(const QString& summary, bool allSent);

private:
    void handleProgress(int done, int total);
    void handleItemFinished(qint64 id, const workflow::SubmitOutcome& outcome);
    void handleFinished(int submitted, int notSubmitted, bool cancelled);
    void handleCancelRequested();

    desk::Desk& m_desk;
    QWidget* m_dialogParent;
    workflow::BatchSubmitter m_batch; // over the desk's one submitter, for the page's life
    QPointer<QProgressDialog> m_progress;
    QStringList m_sent;
    QStringList m_problems;
};

} // namespace paydesk::ui
