#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

#include <optional>

// Reads what a running cregis-sim recorded, through its control endpoint. A failed request is
// reported as such, never as "no payouts": an assertion that nothing was sent must be able to fail.
class SimControl
{
public:
    explicit SimControl(QUrl baseUrl);

    // GET /_sim/payouts; nullopt when the request failed or the answer was not a JSON array.
    std::optional<QJsonArray> payouts();
    // POST /_sim/faults: the next `count` payout requests fail the named way (http-503, ...).
    bool armFault(const QString& fault, int count);
    // POST /_sim/faults: the next `count` payout requests are answered HTTP 200 with the
    // business error {"code": code, "msg": msg, "data": null} and nothing is recorded.
    bool armApiError(const QString& code, const QString& msg, int count);

private:
    bool postFaults(const QJsonObject& body);

    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};
