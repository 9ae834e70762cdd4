#pragma once

#include "SimFixture.h"
#include "cregis/Clock.h"
#include "cregis/NonceSource.h"
#include "workflow/PayoutSubmitter.h"

#include <QTemporaryDir>

#include <memory>

// The real submission stack for one test: an SQLite store in a fresh directory, a client signed
// with the simulator's key, and a submitter acting as `actor`.
class SubmissionRig
{
public:
    SubmissionRig(SimFixture& sim, const QString& actor, int clientTimeoutMs = 30000);
    ~SubmissionRig();

    bool isReady() const { return m_store != nullptr; }
    QString error() const { return m_error; }
    paydesk::store::PayoutStore& store() { return *m_store; }
    paydesk::cregis::CregisClient& client() { return *m_client; }
    paydesk::workflow::PayoutSubmitter& submitter() { return *m_submitter; }

private:
    paydesk::cregis::SystemClock m_clock;
    paydesk::cregis::RandomNonceSource m_nonces;
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<paydesk::store::PayoutStore> m_store;
    std::unique_ptr<paydesk::cregis::CregisClient> m_client;
    std::unique_ptr<paydesk::workflow::PayoutSubmitter> m_submitter;
};
