#include "TlsTestServer.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

struct TlsTestServer::Connection
{
    QByteArray buffer;
    bool answered = false;
};

TlsTestServer::TlsTestServer(const TestIdentity& identity, QByteArray responseBody)
    : m_responseBody(std::move(responseBody))
{
    present(identity);
    // QSslServer queues a socket only once its handshake has completed.
    QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] { acceptPending(); });
}

TlsTestServer::~TlsTestServer() = default;

void TlsTestServer::present(const TestIdentity& identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.privateKey);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
    m_server.setSslConfiguration(configuration);
}

bool TlsTestServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TlsTestServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort());
}

void TlsTestServer::acceptPending()
{
    while (QTcpSocket* next = m_server.nextPendingConnection()) {
        auto* socket = qobject_cast<QSslSocket*>(next);
        if (!socket) {
            next->abort();
            next->deleteLater();
            continue;
        }
        ++m_handshakes;
        ++m_open;
        // The socket is the server's child: the server's destruction takes any that are left.
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QIODevice::readyRead, socket,
                         [this, socket, connection] { read(*socket, *connection); });
        read(*socket, *connection); // data may have arrived with the handshake
    }
}

void TlsTestServer::read(QSslSocket& socket, Connection& connection)
{
    const QByteArray data = socket.readAll();
    m_bytesReceived += data.size();
    if (connection.answered) {
        return;
    }
    connection.buffer += data;
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QByteArray head = connection.buffer.left(headerEnd);
    qsizetype contentLength = 0;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray field = line.trimmed();
        if (field.toLower().startsWith("content-length:")) {
            contentLength = field.mid(int(sizeof "content-length:") - 1).trimmed().toLongLong();
        }
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() < bodyStart + contentLength) {
        return;
    }
    connection.answered = true;
    ++m_requests;
    m_lastRequestLine = head.left(head.indexOf("\r\n"));
    m_lastRequestBody = connection.buffer.mid(bodyStart, contentLength);

    QByteArray response = "HTTP/1.1 200 OK\r\n"
                          "Content-Type: application/json\r\n"
                          "Connection: close\r\n"
                          "Content-Length: "
        + QByteArray::number(m_responseBody.size()) + "\r\n\r\n" + m_responseBody;
    socket.write(response);
    socket.disconnectFromHost(); // after the pending bytes are written
}
