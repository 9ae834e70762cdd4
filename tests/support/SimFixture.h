#pragma once

#include "demo/SimulatorProcess.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QStringList>

#include <memory>

// A running cregis-sim for one test, plus its control endpoints. Everything here is real: a
// separate process over HTTP on loopback.
class SimFixture
{
public:
    static constexpr qint64 pid = 1382528827416576;

    explicit SimFixture(QByteArray apiKey = "throwaway-test-key-0001", QStringList extraArgs = {});
    ~SimFixture();

    bool isReady() const;
    QString baseUrl() const;
    const QByteArray& apiKey() const { return m_apiKey; }

    // GET /_sim/payouts: every payout the simulator recorded.
    QJsonArray payouts();
    // POST /_sim/faults: arm a fault for the next `count` payout requests (-1 = always).
    bool armFault(const QString& fault, int count = 1);

private:
    QByteArray m_apiKey;
    std::unique_ptr<paydesk::demo::SimulatorProcess> m_process;
    QNetworkAccessManager m_network;
};
