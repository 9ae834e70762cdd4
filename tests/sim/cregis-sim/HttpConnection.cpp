#include "HttpConnection.h"

#include "RequestHandler.h"

#include <QTcpSocket>

namespace paydesk::sim {

HttpConnection::HttpConnection(QTcpSocket* socket, RequestHandler& handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readSocket);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    // Bytes may have arrived between accept and the connect above.
    if (m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::readSocket, Qt::QueuedConnection);
    }
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_busy || m_closed || m_socket->state() != QAbstractSocket::ConnectedState) {
        return;
    }
    m_busy = false;
    m_socket->write(response.serialize(m_keepAlive));
    if (!m_keepAlive) {
        m_closed = true;
        // disconnectFromHost() sends what is buffered first, then closes.
        m_socket->disconnectFromHost();
        return;
    }
    // A pipelined request may already be buffered; handle it after this call returns so a
    // synchronous handler does not recurse.
    QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
}

void HttpConnection::drop()
{
    m_busy = false;
    m_closed = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::readSocket()
{
    m_parser.append(m_socket->readAll());
    processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_closed) {
        return;
    }
    switch (m_parser.parseNext()) {
    case HttpRequestParser::Status::NeedMore:
        if (m_parser.takeContinueRequest()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    case HttpRequestParser::Status::Failed:
        m_busy = true;
        m_keepAlive = false;
        respond(HttpResponse::text(m_parser.failureStatus(), "malformed request\n"));
        return;
    case HttpRequestParser::Status::Complete: {
        const HttpRequest request = m_parser.takeRequest();
        m_busy = true;
        m_keepAlive = request.keepAlive;
        m_handler.handle(*this, request);
        return;
    }
    }
}

void HttpConnection::close()
{
    m_closed = true;
    deleteLater();
}

} // namespace paydesk::sim
