// The simulator's HTTP layer, against the real cregis-sim program on loopback: unknown paths and
// methods, bodies that are not a JSON object, and over raw sockets a request written in pieces,
// keep-alive, pipelining, Connection: close and refused oversized or chunked bodies. The raw
// sockets send what QNetworkAccessManager never would on its own.

#include "SimHttpClient.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace simclient;

class TstSimHttp : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unknownPathAndMethod();
    void bodyNotJson_data();
    void bodyNotJson();
    void rawRequestsInPiecesKeepAliveAndClose();
    void oversizedBodyRefused();
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimHttp::init()
{
    initSimulator();
}

void TstSimHttp::cleanup()
{
    cleanupSimulator();
}

void TstSimHttp::unknownPathAndMethod()
{
    const HttpResult unknown = send("POST", u"/api/v9/payout"_s, "{}");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body, QByteArray("not found\n"));

    const HttpResult get = send("GET", u"/api/v1/coins"_s);
    QCOMPARE(get.status, 405);

    QCOMPARE(send("GET", u"/_sim/nothing"_s).status, 404);
    QCOMPARE(send("POST", u"/_sim/payouts"_s, "{}").status, 405);
}

void TstSimHttp::bodyNotJson_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("text") << QByteArray("not json");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"pid":1382528827416576,)");
}

void TstSimHttp::bodyNotJson()
{
    QFETCH(QByteArray, body);

    const HttpResult result = send("POST", u"/api/v2/payout"_s, body);
    QCOMPARE(result.status, 200);
    const Envelope answer = parseEnvelope(result.body);
    QCOMPARE(answer.code, u"A0004"_s);
    QVERIFY(answer.data.isNull());
}

namespace {

// Reads one response off a raw socket: head, then exactly Content-Length body bytes.
QByteArray readResponse(QTcpSocket& socket, QByteArray& buffer)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < networkWaitMs) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype lengthAt = head.indexOf("content-length:");
            const qsizetype lineEnd = head.indexOf("\r\n", lengthAt);
            const qsizetype length = head.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                const QByteArray response = buffer.left(headEnd + 4 + length);
                buffer.remove(0, response.size());
                return response;
            }
        }
        if (!socket.waitForReadyRead(1000) && socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
        buffer += socket.readAll();
    }
    return {};
}

} // namespace

void TstSimHttp::rawRequestsInPiecesKeepAliveAndClose()
{
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(socket.waitForConnected(networkWaitMs));

    const QByteArray body = QJsonDocument(signObject(freshParams().toJson())).toJson(QJsonDocument::Compact);
    const QByteArray request = "POST /api/v1/coins HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    // Split inside the request line, inside the header block and inside the body.
    const QList<qsizetype> cuts{10, 60, request.size() - body.size() / 2, request.size()};
    qsizetype sent = 0;
    for (const qsizetype cut : cuts) {
        socket.write(request.mid(sent, cut - sent));
        QVERIFY(socket.waitForBytesWritten(networkWaitMs));
        sent = cut;
        QTest::qWait(50);
    }
    QByteArray buffer;
    const QByteArray first = readResponse(socket, buffer);
    QVERIFY2(first.startsWith("HTTP/1.1 200 "), first.constData());
    QVERIFY(first.contains("Connection: keep-alive"));
    QCOMPARE(parseEnvelope(first.mid(first.indexOf("\r\n\r\n") + 4)).code, u"00000"_s);

    // Two pipelined requests in one write on the same connection, answered in order; the
    // second asks to close.
    socket.write("GET /_sim/payouts HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                 "POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}");
    const QByteArray second = readResponse(socket, buffer);
    QVERIFY2(second.startsWith("HTTP/1.1 200 "), second.constData());
    QVERIFY(second.endsWith("[]"));
    const QByteArray third = readResponse(socket, buffer);
    QVERIFY2(third.startsWith("HTTP/1.1 404 "), third.constData());
    QVERIFY(third.contains("Connection: close"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(networkWaitMs));
}

void TstSimHttp::oversizedBodyRefused()
{
    QTcpSocket socket;
    socket.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(socket.waitForConnected(networkWaitMs));
    socket.write("POST /api/v2/payout HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2000000\r\n\r\n{");
    QByteArray buffer;
    const QByteArray response = readResponse(socket, buffer);
    QVERIFY2(response.startsWith("HTTP/1.1 413 "), response.constData());
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(networkWaitMs));

    QTcpSocket chunked;
    chunked.connectToHost(m_baseUrl.host(), static_cast<quint16>(m_baseUrl.port()));
    QVERIFY(chunked.waitForConnected(networkWaitMs));
    chunked.write("POST /api/v2/payout HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    buffer.clear();
    QVERIFY(readResponse(chunked, buffer).startsWith("HTTP/1.1 501 "));
}

QTEST_GUILESS_MAIN(TstSimHttp)
#include "tst_simhttp.moc"
