#pragma once

#include "SimFixture.h"
#include "config/ActingPerson.h"
#include "config/Clock.h"
#include "config/NonceSource.h"
#include "store/ProfileStore.h"
#include "workflow/ApprovalService.h"
#include "workflow/PayoutSubmitter.h"

#include <QTemporaryDir>

#include <memory>

// The real submission stack for one test: an SQLite store in a fresh directory (profile `main`,
// bound to the simulator's project), a client signed with the simulator's key, the approval
// service under a default policy, and a submitter acting as `actor`.
class SubmissionRig
{
public:
    static constexpr auto profile = "main";

    SubmissionRig(SimFixture& sim, const QString& actor, int clientTimeoutMs = 30000);
    // The same stack against any gateway (a test's own server on loopback), signed with `apiKey`.
    SubmissionRig(const QString& gatewayUrl, const QByteArray& apiKey, const QString& actor, int clientTimeoutMs);
    ~SubmissionRig();

    bool isReady() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("payouts.sqlite")); }
    paydesk::store::PayoutStore& store() { return m_store->payouts(); }
    paydesk::store::ApprovalStore& approvalStore() { return m_store->approvals(); }
    paydesk::store::AuditLog& audit() { return m_store->audit(); }
    paydesk::cregis::CregisClient& client() { return *m_client; }
    paydesk::workflow::ApprovalService& approvals() { return *m_approvals; }
    paydesk::workflow::PayoutSubmitter& submitter() { return *m_submitter; }
    const paydesk::config::Clock& clock() const { return m_clock; }
    const paydesk::config::ActingPerson& person() const { return m_person; }

    // Queued by alice and approved by bob; 0 when either failed.
    qint64 queueApproved(const paydesk::payout::PayoutFields& fields);
    // Submits one payout and waits for its outcome (a NotSent outcome when none came).
    paydesk::workflow::SubmitOutcome submit(qint64 id, int timeoutMs = 20000);

private:
    paydesk::config::SystemClock m_clock;
    paydesk::config::RandomNonceSource m_nonces;
    paydesk::config::ActingPerson m_person;
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<paydesk::store::ProfileStore> m_store;
    std::unique_ptr<paydesk::cregis::CregisClient> m_client;
    std::unique_ptr<paydesk::workflow::ApprovalService> m_approvals;
    std::unique_ptr<paydesk::workflow::PayoutSubmitter> m_submitter;
};
