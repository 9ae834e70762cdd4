#include "ConnectionTest.h"

#include "words/ErrorWords.h"

namespace paydesk::ui {

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
{ }

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const cregis::Endpoint& endpoint, const QByteArray& apiKey)
{
    // One test at a time: replacing a client from inside its own answer would destroy it mid-call.
    if (m_client) {
        return;
    }
    m_client
        = std::make_unique<cregis::CregisClient>(endpoint, std::make_unique<cregis::Signer>(apiKey), m_clock, m_nonces);
    m_client->listCoins(this, [this](const cregis::CregisResult<cregis::CoinList>& result) { report(result); });
}

void ConnectionTest::report(const cregis::CregisResult<cregis::CoinList>& result)
{
    const bool ok = result.ok();
    const QString text = ok ? tr("Connected: %n payout currency(ies)", nullptr, int(result.value->payoutCoins.size()))
                            : words::ErrorWords::cregis(result.error);
    // The callback runs inside the client: release it only after returning to the event loop.
    // Parented here so it cannot outlive the clock and nonce source it refers to.
    std::unique_ptr<cregis::CregisClient> finishedClient = std::move(m_client);
    finishedClient->setParent(this);
    finishedClient.release()->deleteLater();
    Q_EMIT finished(ok, text);
}

} // namespace paydesk::ui
