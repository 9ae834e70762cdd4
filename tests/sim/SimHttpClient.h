#pragma once

#include "config/NonceSource.h"
#include "cregis/SignedParams.h"
#include "demo/SimulatorProcess.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// What the tst_sim* suites split out of the former tst_simulator share: the real cregis-sim
// program driven over HTTP on loopback the way PayDesk's client will, with QNetworkAccessManager
// and bodies built and signed with the client's SignedParams and Signer. Compiled once, into
// paydesk_simclient.
namespace simclient {

inline constexpr char testKey[] = "test-key-not-secret";
inline constexpr qint64 testPid = 1382528827416576;
inline constexpr qint64 twoTo53 = 9007199254740992;
// The simulator's first cid: odd and above 2^53, so no double can hold it.
inline constexpr qint64 firstCid = 11061508850647041;
inline constexpr int delayMs = 300;
inline constexpr int networkWaitMs = 10000;

extern const QString tronAddress;
extern const QString failingAddress;
extern const QString innerAddress;
extern const QString evmAddress;

struct HttpResult
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray location;
    QByteArray retryAfter;
};

struct Envelope
{
    QString code;
    QString msg;
    QJsonValue data;
    QByteArray raw;
};

qint64 nowMs();

// The digits the server wrote after "key": in the raw body, before any JSON parser sees them.
QByteArray rawNumberAfter(const QByteArray& body, const QByteArray& key);

// The fixture and the client of one suite. A suite derives from QObject and from this, calls
// initSimulator() from init() and cleanupSimulator() from cleanup(), and its tests use the helpers
// and members below directly.
class SimHttpClient
{
protected:
    SimHttpClient() = default;
    ~SimHttpClient() = default;

    // A fresh simulator per test, so no test sees another's payouts, nonces or faults: a short
    // --delay-ms, payouts to failingAddress end in status 7, innerAddress is a project address.
    void initSimulator();
    void cleanupSimulator();

    std::unique_ptr<paydesk::demo::SimulatorProcess> startSimulator(const QStringList& extraArgs);
    void useSimulator(std::unique_ptr<paydesk::demo::SimulatorProcess> simulator);
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                    int transferTimeoutMs = 0);
    paydesk::cregis::SignedParams freshParams();
    paydesk::cregis::SignedParams payoutParams(const QString& thirdPartyId,
                                               const QString& currency = QStringLiteral("195@195"),
                                               const QString& toAddress = tronAddress,
                                               const QString& amount = QStringLiteral("1.5"));
    static QJsonObject signObject(QJsonObject plain, const QByteArray& key = testKey);
    static Envelope parseEnvelope(const QByteArray& body);
    Envelope post(const QString& path, const QJsonObject& body);
    Envelope call(const QString& path, const paydesk::cregis::SignedParams& params);
    QJsonArray recordedPayouts();
    bool armFault(const QString& name, int count);
    QJsonObject tradePage(paydesk::cregis::SignedParams params);

    paydesk::config::RandomNonceSource m_nonces;
    std::unique_ptr<paydesk::demo::SimulatorProcess> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_baseUrl;
};

} // namespace simclient
