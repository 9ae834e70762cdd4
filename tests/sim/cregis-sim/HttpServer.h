#pragma once

#include <QObject>
#include <QString>

class QTcpServer;

namespace paydesk::sim {

class RequestHandler;

// A minimal HTTP/1.1 server on the loopback interface only: the simulator must never be
// reachable from another machine, since it accepts any payout its throw-away key signs.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(RequestHandler& handler, QObject* parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void acceptConnections();

    QTcpServer* m_server;
    RequestHandler& m_handler;
};

} // namespace paydesk::sim
