#pragma once

#include "HttpMessage.h"
#include "HttpRequestParser.h"

#include <QObject>

class QTcpSocket;

namespace paydesk::sim {

class RequestHandler;

// One accepted TCP connection: reads requests (keep-alive, partial reads, pipelining) and
// writes one answer per request. It deletes itself when the peer goes away.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of the socket.
    HttpConnection(QTcpSocket* socket, RequestHandler& handler, QObject* parent);

    // Answers the request being handled. Ignored when the client has gone in the meantime.
    void respond(const HttpResponse& response);

    // Closes the connection without any answer, as a crashed gateway would.
    void drop();

private:
    void readSocket();
    void processNext();
    void close();

    QTcpSocket* m_socket;
    RequestHandler& m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_keepAlive = true;
    bool m_closed = false;
};

} // namespace paydesk::sim
