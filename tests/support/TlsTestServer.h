#pragma once

#include "TestCertificates.h"

#include <QByteArray>
#include <QSslServer>
#include <QString>

class QSslSocket;

// A tiny HTTPS/1.1 server on 127.0.0.1 for TLS tests. It presents `identity`, reads each request
// (headers plus a Content-Length body), answers it with `responseBody` as application/json and
// closes the connection. It counts what reaches it, so a test can prove a refused connection
// never delivered a request.
class TlsTestServer
{
public:
    TlsTestServer(const TestIdentity& identity, QByteArray responseBody);
    ~TlsTestServer();
    TlsTestServer(const TlsTestServer&) = delete;
    TlsTestServer& operator=(const TlsTestServer&) = delete;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    // New connections are offered `identity` from now on (a certificate replaced on the server).
    void present(const TestIdentity& identity);
    QString baseUrl() const; // https://127.0.0.1:<port>
    QString errorString() const { return m_server.errorString(); }

    // TLS handshakes the server completed, whatever the client thought of the certificate.
    int handshakesCompleted() const { return m_handshakes; }
    // Application-data bytes read from any connection.
    qint64 bytesReceived() const { return m_bytesReceived; }
    // Complete requests (headers and body) answered.
    int requestsReceived() const { return m_requests; }
    // Connections past the handshake that the client has not closed yet.
    int openConnections() const { return m_open; }
    const QByteArray& lastRequestLine() const { return m_lastRequestLine; }
    const QByteArray& lastRequestBody() const { return m_lastRequestBody; }

private:
    struct Connection;

    void acceptPending();
    void read(QSslSocket& socket, Connection& connection);

    QByteArray m_responseBody;
    int m_handshakes = 0;
    qint64 m_bytesReceived = 0;
    int m_requests = 0;
    QByteArray m_lastRequestLine;
    QByteArray m_lastRequestBody;
    int m_open = 0;
    // Last, so it is destroyed first: the sockets it still owns may signal while they close, and
    // the handlers use the members above.
    QSslServer m_server;
};
