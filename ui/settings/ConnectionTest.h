#pragma once

#include "config/Clock.h"
#include "config/NonceSource.h"
#include "cregis/CregisClient.h"

#include <QObject>

#include <memory>

namespace paydesk::ui {

// One signed `/api/v1/coins` call with values a person typed in Settings, before they are
// saved: proves the gateway URL, pid and key belong together. The temporary client, and the
// key inside its signer, go away with the next test or with this object.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const cregis::Endpoint& endpoint, const QByteArray& apiKey);
    bool isRunning() const { return m_client != nullptr; }

Q_SIGNALS:
    // `text` is ready to show: "Connected: 15 payout currencies" or the failure in words.
    void finished(bool ok, const QString& text);

private:
    void report(const cregis::CregisResult<cregis::CoinList>& result);

    config::SystemClock m_clock;
    config::RandomNonceSource m_nonces;
    std::unique_ptr<cregis::CregisClient> m_client;
};

} // namespace paydesk::ui
