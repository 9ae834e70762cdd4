#pragma once

#include "SimControl.h"
#include "demo/SimulatorProcess.h"

#include <QJsonArray>
#include <QStringList>

#include <memory>
#include <optional>

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
    qint64 processId() const { return m_process->processId(); }

    // GET /_sim/payouts: every payout the simulator recorded; nullopt when it could not be read.
    std::optional<QJsonArray> payouts();
    // How many recorded payouts carry this third_party_id; -1 when they could not be read.
    int recordsFor(const QString& thirdPartyId);
    // POST /_sim/faults: arm a fault for the next `count` payout requests (-1 = always).
    bool armFault(const QString& fault, int count = 1);
    // POST /_sim/faults: the next `count` payout requests get the business error code/msg
    // (HTTP 200, data null) and nothing is recorded. code must be 5 printable ASCII characters.
    bool armApiError(const QString& code, const QString& msg, int count = 1);

private:
    QByteArray m_apiKey;
    std::unique_ptr<paydesk::demo::SimulatorProcess> m_process;
    std::unique_ptr<SimControl> m_control;
};
