#include "SimFixture.h"

#include <QJsonObject>

SimFixture::SimFixture(QByteArray apiKey, QStringList extraArgs)
    : m_apiKey(std::move(apiKey))
    , m_process(std::make_unique<paydesk::demo::SimulatorProcess>())
{
    m_process->start(paydesk::demo::SimulatorProcess::locateProgram(), m_apiKey, pid, extraArgs);
    m_process->waitForReady(paydesk::demo::SimulatorProcess::readyTimeoutMs);
    m_control = std::make_unique<SimControl>(m_process->baseUrl());
}

SimFixture::~SimFixture() = default;

bool SimFixture::isReady() const
{
    return m_process->isReady();
}

QString SimFixture::baseUrl() const
{
    return m_process->baseUrl().toString();
}

std::optional<QJsonArray> SimFixture::payouts()
{
    return m_control->payouts();
}

int SimFixture::recordsFor(const QString& thirdPartyId)
{
    const auto recorded = payouts();
    if (!recorded) {
        return -1;
    }
    int count = 0;
    for (const auto& entry : *recorded) {
        count += entry.toObject().value(QLatin1String("third_party_id")).toString() == thirdPartyId ? 1 : 0;
    }
    return count;
}

bool SimFixture::armFault(const QString& fault, int count)
{
    return m_control->armFault(fault, count);
}

bool SimFixture::armApiError(const QString& code, const QString& msg, int count)
{
    return m_control->armApiError(code, msg, count);
}
