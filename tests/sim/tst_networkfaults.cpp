// Every way a gateway can answer badly, from a test's own HTTP server on loopback that answers
// exactly as each row says, through the real submission stack and an SQLite store. For each: the
// payout ends in a state the rules handle (never `submitted` without a real cid, never lost), and
// every request that reached the gateway carried the payout's one third_party_id.
#include "SubmissionRig.h"
#include "TestPayout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace paydesk;
using payout::PayoutState;

namespace {

int faultsSurvived = 0;

// What the scripted gateway does with each request.
struct Script
{
    QByteArray answer; // written as is (status line, headers, body)
    bool resetAfterWriting = false; // abort the connection right after (a reset mid-body)
    bool silent = false; // never answer (the client's own timeout decides)
};

QByteArray http(int status, const QByteArray& body, const QByteArray& contentType = "application/json",
                const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

class ScriptedGateway : public QObject
{
public:
    explicit ScriptedGateway(Script script)
        : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handle(socket); });
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QStringList& thirdPartyIds() const { return m_thirdPartyIds; }

private:
    void handle(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return;
        }
        const QByteArray head = buffer.left(headEnd).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype length
            = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (buffer.size() < headEnd + 4 + length) {
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(buffer.mid(headEnd + 4, length)).object();
        m_thirdPartyIds << body.value(QLatin1String("third_party_id")).toString();
        buffer.clear();
        if (m_script.silent) {
            return;
        }
        socket->write(m_script.answer);
        socket->flush();
        if (m_script.resetAfterWriting) {
            socket->abort();
        }
    }

    Script m_script;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QStringList m_thirdPartyIds;
};

} // namespace

class TestNetworkFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBadAnswer_data();
    void everyBadAnswer();
    void connectionRefused();
    void wrongContentTypeWithACregisAnswer();
    void cleanupTestCase();
};

void TestNetworkFaults::everyBadAnswer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("reset");
    QTest::addColumn<bool>("silent");
    QTest::addColumn<int>("kind"); // the client's error kind
    using K = cregis::CregisError::Kind;
    const QByteArray ok = R"({"code":"00000","msg":"ok","data":)";
    const auto row = [](const char* name, const QByteArray& answer, K kind, bool reset = false, bool silent = false) {
        QTest::newRow(name) << answer << reset << silent << int(kind);
    };
    row("no answer: the client's timeout", {}, K::Timeout, false, true);
    row("closed before any answer", {}, K::Network, true);
    row("reset mid-body",
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"code\":\"000", K::Network,
        true);
    row("HTTP 500", http(500, "oops", "text/plain"), K::Http);
    row("HTTP 502 with an HTML page", http(502, "<html>Bad Gateway</html>", "text/html"), K::Http);
    row("HTTP 503 with Retry-After", http(503, "", "text/plain", "Retry-After: 1\r\n"), K::Http);
    row("HTTP 429 with Retry-After", http(429, "", "text/plain", "Retry-After: 1\r\n"), K::Http);
    row("HTTP 404", http(404, "not found", "text/plain"), K::Http);
    row("redirect", http(302, "", "text/plain", "Location: https://elsewhere.example/\r\n"), K::Redirect);
    row("malformed JSON", http(200, "{code:00000}"), K::NotJson);
    row("truncated JSON", http(200, ok + R"({"cid":13)"), K::NotJson);
    row("empty body", http(200, ""), K::NotJson);
    row("HTML with a 200", http(200, "<html>maintenance</html>", "text/html"), K::NotJson);
    row("JSON array", http(200, "[1,2,3]"), K::NotJson);
    row("missing data", http(200, R"({"code":"00000","msg":"ok"})"), K::BadResponse);
    row("data null", http(200, ok + "null}"), K::BadResponse);
    row("cid as a float", http(200, ok + R"({"cid":1.3825288274165776e15}})"), K::BadResponse);
    row("cid with a fraction", http(200, ok + R"({"cid":12.5}})"), K::BadResponse);
    row("cid 0", http(200, ok + R"({"cid":0}})"), K::BadResponse);
    row("cid negative", http(200, ok + R"({"cid":-5}})"), K::BadResponse);
    row("cid beyond 64 bits", http(200, ok + R"({"cid":99999999999999999999}})"), K::BadResponse);
    row("cid as words", http(200, ok + R"({"cid":"twelve"}})"), K::BadResponse);
    row("cid as true", http(200, ok + R"({"cid":true}})"), K::BadResponse);
    row("code missing", http(200, R"({"msg":"ok","data":{"cid":5}})"), K::BadResponse);
    row("oversized answer", http(200, ok + "\"" + QByteArray(5 * 1024 * 1024, 'x') + "\"}"), K::BadResponse);
}

void TestNetworkFaults::everyBadAnswer()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, reset);
    QFETCH(bool, silent);
    QFETCH(int, kind);
    ScriptedGateway gateway({answer, reset, silent});
    SubmissionRig rig(gateway.url(), "network-faults-key", QStringLiteral("carol"), 1500);
    QVERIFY2(rig.isReady(), qPrintable(rig.error()));
    const qint64 id = rig.queueApproved(TestPayout().fields());
    QVERIFY(id > 0);
    const QString thirdPartyId = rig.store().payout(id)->thirdPartyId;
    const workflow::SubmitOutcome outcome = rig.submit(id);
    QCOMPARE(int(outcome.cregis.kind), kind);
    const payout::Payout after = *rig.store().payout(id);
    // No definite answer: the payout may be at Cregis. It waits as `unknown` for a retry under its
    // own id or a reconciliation; it is never marked sent without a cid, nor lost.
    QCOMPARE(after.state, PayoutState::Unknown);
    QVERIFY(!after.cid);
    QCOMPARE(after.thirdPartyId, thirdPartyId);
    QVERIFY(after.claimOwner.isEmpty());
    for (const QString& seen : gateway.thirdPartyIds()) {
        QCOMPARE(seen, thirdPartyId);
    }
    QVERIFY(rig.audit().verify().intact);
    ++faultsSurvived;
}

void TestNetworkFaults::wrongContentTypeWithACregisAnswer()
{
    // The body is what is checked, strictly; the Content-Type of an answer is not part of the API
    // (cregis-api.md names only the request's). A whole Cregis answer with its cid is recorded.
    ScriptedGateway gateway(
        {http(200, R"({"code":"00000","msg":"ok","data":{"cid":9007199254740993}})", "text/html"), false, false});
    SubmissionRig rig(gateway.url(), "network-faults-key", QStringLiteral("carol"), 1500);
    QVERIFY(rig.isReady());
    const qint64 id = rig.queueApproved(TestPayout().fields());
    QVERIFY(rig.submit(id).isSubmitted());
    QCOMPARE(rig.store().payout(id)->state, PayoutState::Submitted);
    QCOMPARE(rig.store().payout(id)->cid, std::optional<qint64>(9007199254740993));
    ++faultsSurvived;
}

void TestNetworkFaults::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    SubmissionRig rig(QStringLiteral("http://127.0.0.1:%1").arg(port), "network-faults-key", QStringLiteral("carol"),
                      1500);
    QVERIFY(rig.isReady());
    const qint64 id = rig.queueApproved(TestPayout().fields());
    const workflow::SubmitOutcome outcome = rig.submit(id);
    QCOMPARE(outcome.cregis.kind, cregis::CregisError::Kind::Network);
    // Refused before a byte went out, yet a connection that fails is not proof nothing was sent
    // on an earlier one: the rules treat it as unanswered.
    const payout::Payout after = *rig.store().payout(id);
    QVERIFY(after.state == PayoutState::Unknown || after.state == PayoutState::Approved);
    QVERIFY(!after.cid);
    ++faultsSurvived;
}

void TestNetworkFaults::cleanupTestCase()
{
    qInfo("%d network faults injected and survived: no payout sent under a second id, none marked sent without "
          "a cid",
          faultsSurvived);
}

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_networkfaults.moc"
