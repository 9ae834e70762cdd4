#include "HttpServer.h"

#include "HttpConnection.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace paydesk::sim {

HttpServer::HttpServer(RequestHandler& handler, QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_handler(handler)
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

bool HttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        new HttpConnection(socket, m_handler, this);
    }
}

} // namespace paydesk::sim
