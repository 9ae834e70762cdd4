#include "SubmissionRig.h"

#include <QTest>

using namespace paydesk;

SubmissionRig::SubmissionRig(SimFixture& sim, const QString& actor, int clientTimeoutMs)
{
    const store::StoreScope scope{QString::fromLatin1(profile), SimFixture::pid, sim.baseUrl()};
    m_store = store::PayoutStore::openSqlite(databasePath(), scope, m_clock, &m_error);
    if (!m_store) {
        return;
    }
    m_client
        = std::make_unique<cregis::CregisClient>(cregis::Endpoint{sim.baseUrl(), SimFixture::pid},
                                                 std::make_unique<cregis::Signer>(sim.apiKey()), m_clock, m_nonces);
    m_client->setTimeoutMs(clientTimeoutMs);
    m_approvals = std::make_unique<workflow::ApprovalService>(*m_store, workflow::ApprovalPolicy(), m_clock);
    m_submitter = std::make_unique<workflow::PayoutSubmitter>(*m_store, *m_client, *m_approvals, actor);
}

// The submitter and client refer to the store: they go first.
SubmissionRig::~SubmissionRig()
{
    m_submitter.reset();
    m_approvals.reset();
    m_client.reset();
    m_store.reset();
}

workflow::SubmitOutcome SubmissionRig::submit(qint64 id, int timeoutMs)
{
    std::optional<workflow::SubmitOutcome> outcome;
    QObject context;
    m_submitter->submit(id, &context, [&outcome](const workflow::SubmitOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs)) {
        return {workflow::SubmitOutcome::Kind::NotSent,
                std::nullopt,
                {},
                QStringLiteral("no outcome within the time limit")};
    }
    return *outcome;
}
