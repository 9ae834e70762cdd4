#pragma once

#include "desk/Desk.h"
#include "payout/PayoutFields.h"
#include "workflow/SubmitOutcome.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace paydesk::ui {

// Takes a confirmed payout from the form to the store and, when an API key is loaded, on to
// Cregis through the desk's submitter. Reports what happened in typed form; the page words it.
class PayoutSender : public QObject
{
    Q_OBJECT

public:
    explicit PayoutSender(desk::Desk& desk, QObject* parent = nullptr);

    bool isBusy() const { return m_pendingId.has_value(); }

    // Queues the payout in the store, then sends it if a submitter exists. Exactly one of
    // storeFailed, queuedWithoutKey or finished follows (finished asynchronously).
    void send(const payout::PayoutFields& fields);

Q_SIGNALS:
    void storeFailed(const QString& error);
    // No API key is loaded: the payout waits in the store until one is.
    void queuedWithoutKey(qint64 payoutId);
    // The payout is stored and its request is on the way.
    void sending(qint64 payoutId);
    void finished(qint64 payoutId, const paydesk::workflow::SubmitOutcome& outcome);

private:
    void handleFinished(qint64 payoutId, const workflow::SubmitOutcome& outcome);
    void handleSubmitterGone();

    desk::Desk& m_desk;
    std::optional<qint64> m_pendingId;
};

} // namespace paydesk::ui
