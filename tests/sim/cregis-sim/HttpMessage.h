#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <utility>

namespace paydesk::sim {

// One request as read off the wire. Header names are lower-cased; the target is split at '?'.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool keepAlive = true;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;

    static HttpResponse json(QByteArray body, int status = 200);
    static HttpResponse text(int status, QByteArray body);

    void addHeader(const QByteArray& name, const QByteArray& value) { extraHeaders.append(std::pair(name, value)); }

    // The full message; Content-Length is always sent so the client never has to wait for a
    // close to find the end of a body.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace paydesk::sim
