#include "SubmissionRig.h"

using namespace paydesk;

SubmissionRig::SubmissionRig(SimFixture& sim, const QString& actor, int clientTimeoutMs)
{
    m_store = store::PayoutStore::openSqlite(m_dir.filePath(QStringLiteral("payouts.sqlite")), m_clock, &m_error);
    if (!m_store) {
        return;
    }
    m_client
        = std::make_unique<cregis::CregisClient>(cregis::Endpoint{sim.baseUrl(), SimFixture::pid},
                                                 std::make_unique<cregis::Signer>(sim.apiKey()), m_clock, m_nonces);
    m_client->setTimeoutMs(clientTimeoutMs);
    m_submitter = std::make_unique<workflow::PayoutSubmitter>(*m_store, *m_client, actor);
}

// The submitter and client refer to the store: they go first.
SubmissionRig::~SubmissionRig()
{
    m_submitter.reset();
    m_client.reset();
    m_store.reset();
}
