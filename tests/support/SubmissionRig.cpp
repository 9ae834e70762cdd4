#include "SubmissionRig.h"

#include <QTest>

using namespace paydesk;

SubmissionRig::SubmissionRig(SimFixture& sim, const QString& actor, int clientTimeoutMs)
    : SubmissionRig(sim.baseUrl(), sim.apiKey(), actor, clientTimeoutMs)
{ }

SubmissionRig::SubmissionRig(const QString& gatewayUrl, const QByteArray& apiKey, const QString& actor,
                             int clientTimeoutMs)
    : m_person(actor)
{
    const store::StoreScope scope{QString::fromLatin1(profile), SimFixture::pid, gatewayUrl};
    store::StoreError error;
    m_store = store::ProfileStore::openSqlite(databasePath(), scope, m_clock, &error);
    if (!m_store) {
        m_error = error.detail;
        return;
    }
    m_client = std::make_unique<cregis::CregisClient>(cregis::Endpoint{gatewayUrl, SimFixture::pid},
                                                      std::make_unique<cregis::Signer>(apiKey), m_clock, m_nonces);
    m_client->setTimeoutMs(clientTimeoutMs);
    m_approvals = std::make_unique<workflow::ApprovalService>(m_store->payouts(), m_store->approvals(),
                                                              workflow::ApprovalPolicy(), m_clock);
    m_submitter = std::make_unique<workflow::PayoutSubmitter>(m_store->payouts(), *m_client, *m_approvals, m_person);
}

// The submitter and client refer to the store: they go first.
SubmissionRig::~SubmissionRig()
{
    m_submitter.reset();
    m_approvals.reset();
    m_client.reset();
    m_store.reset();
}

qint64 SubmissionRig::queueApproved(const payout::PayoutFields& fields)
{
    const std::optional<qint64> id = store().addPayout(fields, QStringLiteral("alice"));
    return id && approvalStore().approve(*id, QStringLiteral("bob"), {}) ? *id : 0;
}

workflow::SubmitOutcome SubmissionRig::submit(qint64 id, int timeoutMs)
{
    std::optional<workflow::SubmitOutcome> outcome;
    QObject context;
    m_submitter->submit(id, &context, [&outcome](const workflow::SubmitOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs)) {
        workflow::SubmitOutcome none;
        none.cregis.kind = cregis::CregisError::Kind::Timeout;
        return none;
    }
    return *outcome;
}
