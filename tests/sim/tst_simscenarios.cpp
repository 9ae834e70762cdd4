// The simulator's api-error and duplicate-cid faults, every payout status path (--final-status,
// --cregis-approval) and the raw-body signature check, driven over HTTP against the real
// cregis-sim program through SimFixture. Requests are signed with the client's own signer.

#include "SimFixture.h"

#include "config/NonceSource.h"
#include "cregis/SignedParams.h"
#include "cregis/Signer.h"
#include "demo/SimulatorProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using paydesk::cregis::SignedParams;
using paydesk::cregis::Signer;
using paydesk::demo::SimulatorProcess;

namespace {

constexpr qint64 firstCid = 11061508850647041;
constexpr int networkWaitMs = 10000;

const QString tronAddress = u"TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"_s;
// One destination per --final-status path, so a single simulator serves every row.
const QString endsIn2 = u"TSignatureRejectedDestination2222"_s;
const QString endsIn3 = u"TApprovalCancelledDestination3333"_s;
const QString endsIn4 = u"TApprovalRejectedDestination44444"_s;
const QString endsIn6 = u"TExplicitSuccessDestination666666"_s;
const QString endsIn7 = u"TExplicitFailureDestination777777"_s;
const QString failTo = u"TStatusFailToDestination777777777"_s;

struct Answer
{
    int httpStatus = 0;
    QString code;
    QString msg;
    QJsonValue data;
    QByteArray raw;
};

QStringList statusPathArgs()
{
    return {u"--final-status"_s, endsIn2 + u":2"_s, u"--final-status"_s,   endsIn3 + u":3"_s,
            u"--final-status"_s, endsIn4 + u":4"_s, u"--final-status"_s,   endsIn6 + u":6"_s,
            u"--final-status"_s, endsIn7 + u":7"_s, u"--status-fail-to"_s, failTo};
}

} // namespace

class TstSimScenarios : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void apiErrorAnswersArmedCode();
    void apiErrorDefaultsAndControlAnswer();
    void apiErrorCountHonoured();
    void apiErrorLeavesOtherEndpointsAlone();
    void apiErrorControlRefusesBadInput_data();
    void apiErrorControlRefusesBadInput();
    void apiErrorFromCommandLine();

    void duplicateCidAnswersFirstCid();
    void duplicateCidOnFirstPayout();
    void duplicateCidKeepsRefusals();
    void duplicateCidFromCommandLine();

    void finalStatusPaths_data();
    void finalStatusPaths();
    void cregisApprovalStartsAtZero();
    void tradePageSeesPathStatuses();

    void commandLineRefusals_data();
    void commandLineRefusals();
    void commandLineAccepts_data();
    void commandLineAccepts();

    void rawBodiesOverHttp_data();
    void rawBodiesOverHttp();

private:
    bool startSim(const QStringList& extraArgs = {});
    Answer sendRaw(const QString& path, const QByteArray& body);
    Answer call(const QString& path, const SignedParams& params);
    QByteArray signedBody(const SignedParams& params) const;
    SignedParams freshParams();
    SignedParams payoutParams(const QString& thirdPartyId, const QString& toAddress = tronAddress,
                              const QString& currency = u"195@195"_s);
    Answer createPayout(const QString& thirdPartyId, const QString& toAddress = tronAddress);
    Answer query(qint64 cid);
    QJsonArray payouts();

    paydesk::config::RandomNonceSource m_nonces;
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

// ---------------------------------------------------------------------------------------------
// Fixture and helpers

bool TstSimScenarios::startSim(const QStringList& extraArgs)
{
    m_network.reset();
    m_sim = std::make_unique<SimFixture>(QByteArray("throwaway-test-key-0001"), extraArgs);
    m_network = std::make_unique<QNetworkAccessManager>();
    // Loopback must not go through a proxy from the environment, and a signed call never
    // follows a redirect.
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return m_sim->isReady();
}

void TstSimScenarios::cleanup()
{
    m_network.reset();
    m_sim.reset();
}

Answer TstSimScenarios::sendRaw(const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(m_sim->baseUrl()).resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    if (!reply->isFinished() && !finished.wait(networkWaitMs)) {
        reply->abort();
        answer.code = u"no answer"_s;
        return answer;
    }
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.raw = reply->readAll();
    const QJsonObject envelope = QJsonDocument::fromJson(answer.raw).object();
    answer.code = envelope.value(u"code"_s).toString();
    answer.msg = envelope.value(u"msg"_s).toString();
    answer.data = envelope.value(u"data"_s);
    return answer;
}

QByteArray TstSimScenarios::signedBody(const SignedParams& params) const
{
    QJsonObject body = params.toJson();
    body.insert(u"sign"_s, QString::fromLatin1(Signer::sign(m_sim->apiKey(), params)));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Answer TstSimScenarios::call(const QString& path, const SignedParams& params)
{
    return sendRaw(path, signedBody(params));
}

SignedParams TstSimScenarios::freshParams()
{
    SignedParams params;
    params.set(u"pid"_s, SimFixture::pid);
    params.set(u"nonce"_s, m_nonces.nextNonce());
    params.set(u"timestamp"_s, QDateTime::currentMSecsSinceEpoch());
    return params;
}

SignedParams TstSimScenarios::payoutParams(const QString& thirdPartyId, const QString& toAddress,
                                           const QString& currency)
{
    SignedParams params = freshParams();
    params.set(u"currency"_s, currency);
    params.set(u"to_address"_s, toAddress);
    params.set(u"amount"_s, u"1.5"_s);
    params.set(u"third_party_id"_s, thirdPartyId);
    return params;
}

Answer TstSimScenarios::createPayout(const QString& thirdPartyId, const QString& toAddress)
{
    return call(u"/api/v2/payout"_s, payoutParams(thirdPartyId, toAddress));
}

Answer TstSimScenarios::query(qint64 cid)
{
    SignedParams params = freshParams();
    params.set(u"cid"_s, cid);
    return call(u"/api/v1/payout/query"_s, params);
}

QJsonArray TstSimScenarios::payouts()
{
    return m_sim->payouts().value_or(QJsonArray{{u"unreadable"_s}});
}

// ---------------------------------------------------------------------------------------------
// api-error

void TstSimScenarios::apiErrorAnswersArmedCode()
{
    QVERIFY(startSim());
    const QString msg = u"Insufficient balance: 余额不足"_s;
    QVERIFY(m_sim->armApiError(u"E1234"_s, msg, 1));

    const QByteArray body = signedBody(payoutParams(u"tp-api-error"_s));
    const Answer refused = sendRaw(u"/api/v2/payout"_s, body);
    QCOMPARE(refused.httpStatus, 200);
    QCOMPARE(refused.code, u"E1234"_s);
    QCOMPARE(refused.msg, msg);
    QVERIFY(refused.data.isNull());
    QVERIFY2(refused.raw.contains(R"("data":null)"), refused.raw.constData());
    QCOMPARE(payouts().size(), 0);

    // Nothing was checked either, so the nonce is still unused: the identical body goes through.
    const Answer resent = sendRaw(u"/api/v2/payout"_s, body);
    QCOMPARE(resent.code, u"00000"_s);
    QCOMPARE(resent.data.toObject().value(u"cid"_s).toInteger(), firstCid);
    const QJsonArray recorded = payouts();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().toObject().value(u"third_party_id"_s).toString(), u"tp-api-error"_s);
    // The refused attempt counts.
    QCOMPARE(recorded.first().toObject().value(u"attempts"_s).toInt(), 2);
}

void TstSimScenarios::apiErrorDefaultsAndControlAnswer()
{
    QVERIFY(startSim());
    // Armed by name only: the defaults.
    QVERIFY(m_sim->armFault(u"api-error"_s, 1));
    const Answer defaulted = createPayout(u"tp-default"_s);
    QCOMPARE(defaulted.code, u"E0099"_s);
    QCOMPARE(defaulted.msg, u"System busy, please retry"_s);
    QVERIFY(defaulted.data.isNull());

    // The control endpoint answers what it armed, code and msg included.
    const Answer armed = sendRaw(u"/_sim/faults"_s, R"({"fault":"api-error","count":3,"code":"E0034","msg":"x y"})");
    QCOMPARE(armed.httpStatus, 200);
    const QJsonObject answer = QJsonDocument::fromJson(armed.raw).object();
    QCOMPARE(answer.value(u"fault"_s).toString(), u"api-error"_s);
    QCOMPARE(answer.value(u"count"_s).toInt(), 3);
    QCOMPARE(answer.value(u"code"_s).toString(), u"E0034"_s);
    QCOMPARE(answer.value(u"msg"_s).toString(), u"x y"_s);

    // Other faults answer as before, without code or msg.
    const Answer other = sendRaw(u"/_sim/faults"_s, R"({"fault":"http-503"})");
    QCOMPARE(QJsonDocument::fromJson(other.raw).object(), (QJsonObject{{u"fault"_s, u"http-503"_s}, {u"count"_s, 1}}));
}

void TstSimScenarios::apiErrorCountHonoured()
{
    QVERIFY(startSim());
    QVERIFY(m_sim->armApiError(u"E0099"_s, u"busy"_s, 2));
    QCOMPARE(createPayout(u"tp-a"_s).code, u"E0099"_s);
    QCOMPARE(createPayout(u"tp-a"_s).code, u"E0099"_s);
    QCOMPARE(createPayout(u"tp-a"_s).code, u"00000"_s);

    QVERIFY(m_sim->armApiError(u"E0088"_s, u"always"_s, -1));
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(createPayout(u"tp-b"_s).code, u"E0088"_s);
    }
    QVERIFY(m_sim->armFault(u"none"_s));
    QCOMPARE(createPayout(u"tp-b"_s).code, u"00000"_s);

    const QJsonArray recorded = payouts();
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded[0].toObject().value(u"attempts"_s).toInt(), 3);
    QCOMPARE(recorded[1].toObject().value(u"attempts"_s).toInt(), 5);
    QCOMPARE(recorded[1].toObject().value(u"cid"_s).toString(), QString::number(firstCid + 1));
}

void TstSimScenarios::apiErrorLeavesOtherEndpointsAlone()
{
    QVERIFY(startSim());
    QCOMPARE(createPayout(u"tp-first"_s).code, u"00000"_s);
    QVERIFY(m_sim->armApiError(u"E0099"_s, u"busy"_s, -1));
    QCOMPARE(call(u"/api/v1/coins"_s, freshParams()).code, u"00000"_s);
    QCOMPARE(query(firstCid).code, u"00000"_s);
    // The older create endpoint is a payout-create request too.
    SignedParams v1 = freshParams();
    v1.set(u"currency"_s, u"195@195"_s);
    v1.set(u"address"_s, tronAddress);
    v1.set(u"amount"_s, u"2"_s);
    v1.set(u"third_party_id"_s, u"tp-v1"_s);
    QCOMPARE(call(u"/api/v1/payout"_s, v1).code, u"E0099"_s);
    QCOMPARE(payouts().size(), 1);
}

void TstSimScenarios::apiErrorControlRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("code of 4 characters") << QByteArray(R"({"fault":"api-error","code":"E009"})");
    QTest::newRow("code of 6 characters") << QByteArray(R"({"fault":"api-error","code":"E00999"})");
    QTest::newRow("empty code") << QByteArray(R"({"fault":"api-error","code":""})");
    QTest::newRow("code not ASCII") << QByteArray(R"({"fault":"api-error","code":"E00\u00e99"})");
    QTest::newRow("code with a control character") << QByteArray(R"({"fault":"api-error","code":"E0\t99"})");
    QTest::newRow("code as a number") << QByteArray(R"({"fault":"api-error","code":10099})");
    QTest::newRow("msg as a number") << QByteArray(R"({"fault":"api-error","msg":5})");
    QTest::newRow("code on another fault") << QByteArray(R"({"fault":"http-503","code":"E0099"})");
    QTest::newRow("msg on another fault") << QByteArray(R"({"fault":"duplicate-cid","msg":"x"})");
    QTest::newRow("bad count") << QByteArray(R"({"fault":"api-error","count":0,"code":"E0099"})");
}

void TstSimScenarios::apiErrorControlRefusesBadInput()
{
    QFETCH(QByteArray, body);

    QVERIFY(startSim());
    QVERIFY(m_sim->armFault(u"http-429"_s, 1));
    QCOMPARE(sendRaw(u"/_sim/faults"_s, body).httpStatus, 400);
    // A refused arming leaves the one before it in place.
    const Answer next = createPayout(u"tp-refused-arming"_s);
    QCOMPARE(next.httpStatus, 429);
    QCOMPARE(createPayout(u"tp-refused-arming"_s).code, u"00000"_s);
    QVERIFY(!m_sim->armApiError(u"E01"_s, u"short"_s, 1));
}

void TstSimScenarios::apiErrorFromCommandLine()
{
    QVERIFY(startSim({u"--fault"_s, u"api-error:2"_s, u"--fault-code"_s, u"W0001"_s, u"--fault-msg"_s,
                      u"invalid address, says the fault"_s}));
    for (int i = 0; i < 2; ++i) {
        const Answer refused = createPayout(u"tp-cli"_s);
        QCOMPARE(refused.code, u"W0001"_s);
        QCOMPARE(refused.msg, u"invalid address, says the fault"_s);
    }
    QCOMPARE(createPayout(u"tp-cli"_s).code, u"00000"_s);
    QCOMPARE(payouts().first().toObject().value(u"attempts"_s).toInt(), 3);
}

// ---------------------------------------------------------------------------------------------
// duplicate-cid

void TstSimScenarios::duplicateCidAnswersFirstCid()
{
    QVERIFY(startSim());
    QCOMPARE(createPayout(u"tp-1"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid);

    QVERIFY(m_sim->armFault(u"duplicate-cid"_s, 2));
    const Answer second = createPayout(u"tp-2"_s);
    QCOMPARE(second.code, u"00000"_s);
    QCOMPARE(second.data.toObject().value(u"cid"_s).toInteger(), firstCid);
    // Exact on the wire, not only after a parser: the first cid is above 2^53.
    QVERIFY2(second.raw.contains(R"("cid":11061508850647041)"), second.raw.constData());
    QCOMPARE(createPayout(u"tp-3"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid);
    // Used up: the next answer names its own cid again.
    QCOMPARE(createPayout(u"tp-4"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid + 3);

    const QJsonArray recorded = payouts();
    QCOMPARE(recorded.size(), 4);
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        const QJsonObject payout = recorded[i].toObject();
        QCOMPARE(payout.value(u"third_party_id"_s).toString(), u"tp-%1"_s.arg(i + 1));
        QCOMPARE(payout.value(u"cid"_s).toString(), QString::number(firstCid + i));
        QCOMPARE(payout.value(u"attempts"_s).toInt(), 1);
    }
    // Each payout is there under its own cid, whatever its answer said.
    const Answer own = query(firstCid + 1);
    QCOMPARE(own.code, u"00000"_s);
    QCOMPARE(own.data.toObject().value(u"third_party_id"_s).toString(), u"tp-2"_s);
    QCOMPARE(query(firstCid).data.toObject().value(u"third_party_id"_s).toString(), u"tp-1"_s);
}

void TstSimScenarios::duplicateCidOnFirstPayout()
{
    QVERIFY(startSim());
    QVERIFY(m_sim->armFault(u"duplicate-cid"_s, -1));
    // Nothing recorded before: the first payout's answer is its own cid.
    QCOMPARE(createPayout(u"tp-1"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid);
    QCOMPARE(createPayout(u"tp-2"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid);
    const QJsonArray recorded = payouts();
    QCOMPARE(recorded.size(), 2);
    QCOMPARE(recorded[1].toObject().value(u"cid"_s).toString(), QString::number(firstCid + 1));
}

void TstSimScenarios::duplicateCidKeepsRefusals()
{
    QVERIFY(startSim());
    QCOMPARE(createPayout(u"tp-1"_s).code, u"00000"_s);
    QVERIFY(m_sim->armFault(u"duplicate-cid"_s, 2));
    // A refusal has no cid to replace; it still uses up one count.
    const Answer refused = call(u"/api/v2/payout"_s, payoutParams(u"tp-2"_s, tronAddress, u"999@999"_s));
    QCOMPARE(refused.code, u"E0005"_s);
    QVERIFY(refused.data.isNull());
    const Answer reused = createPayout(u"tp-1"_s);
    QCOMPARE(reused.code, u"E0009"_s);
    QCOMPARE(createPayout(u"tp-3"_s).data.toObject().value(u"cid"_s).toInteger(), firstCid + 1);
    QCOMPARE(payouts().size(), 2);
}

void TstSimScenarios::duplicateCidFromCommandLine()
{
    QVERIFY(startSim({u"--fault"_s, u"duplicate-cid:-1"_s}));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(createPayout(u"tp-%1"_s.arg(i)).data.toObject().value(u"cid"_s).toInteger(), firstCid);
    }
    QCOMPARE(payouts().size(), 3);
}

// ---------------------------------------------------------------------------------------------
// Status paths

void TstSimScenarios::finalStatusPaths_data()
{
    QTest::addColumn<bool>("cregisApproval");
    QTest::addColumn<QString>("toAddress");
    QTest::addColumn<QList<int>>("path");

    QTest::newRow("unconfigured") << false << tronAddress << QList<int>{5, 1, 6};
    QTest::newRow("--final-status :6") << false << endsIn6 << QList<int>{5, 1, 6};
    QTest::newRow("--final-status :7") << false << endsIn7 << QList<int>{5, 1, 7};
    QTest::newRow("--status-fail-to") << false << failTo << QList<int>{5, 1, 7};
    QTest::newRow("--final-status :2") << false << endsIn2 << QList<int>{5, 2};
    QTest::newRow("--final-status :3") << false << endsIn3 << QList<int>{0, 3};
    QTest::newRow("--final-status :4") << false << endsIn4 << QList<int>{0, 4};
    QTest::newRow("approval, unconfigured") << true << tronAddress << QList<int>{0, 5, 1, 6};
    QTest::newRow("approval, :6") << true << endsIn6 << QList<int>{0, 5, 1, 6};
    QTest::newRow("approval, :7") << true << endsIn7 << QList<int>{0, 5, 1, 7};
    QTest::newRow("approval, --status-fail-to") << true << failTo << QList<int>{0, 5, 1, 7};
    QTest::newRow("approval, :2") << true << endsIn2 << QList<int>{0, 5, 2};
    QTest::newRow("approval, :3") << true << endsIn3 << QList<int>{0, 3};
    QTest::newRow("approval, :4") << true << endsIn4 << QList<int>{0, 4};
}

void TstSimScenarios::finalStatusPaths()
{
    QFETCH(bool, cregisApproval);
    QFETCH(QString, toAddress);
    QFETCH(QList<int>, path);

    QStringList args = statusPathArgs();
    if (cregisApproval) {
        args << u"--cregis-approval"_s;
    }
    QVERIFY(startSim(args));
    const Answer created = createPayout(u"tp-path"_s, toAddress);
    QCOMPARE(created.code, u"00000"_s);
    const qint64 cid = created.data.toObject().value(u"cid"_s).toInteger();
    QCOMPARE(payouts().first().toObject().value(u"status"_s).toInt(), path.first());

    // One step per query, then the terminal status stays.
    const QList<int> expected = path + QList<int>{path.last(), path.last()};
    bool broadcast = false;
    QString txid;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Answer answer = query(cid);
        QCOMPARE(answer.code, u"00000"_s);
        const QJsonObject data = answer.data.toObject();
        QCOMPARE(data.value(u"status"_s).toInt(), expected[i]);
        QCOMPARE(data.value(u"address"_s).toString(), toAddress);
        broadcast = broadcast || expected[i] == 1;
        if (!broadcast) {
            // Never reached the chain (yet): no transaction to name.
            QVERIFY2(data.value(u"txid"_s).isNull(), qPrintable(u"query %1"_s.arg(i)));
            QVERIFY(data.value(u"block_height"_s).isNull());
            QVERIFY(data.value(u"block_time"_s).isNull());
            continue;
        }
        QCOMPARE(data.value(u"txid"_s).toString().size(), 64);
        if (txid.isEmpty()) {
            txid = data.value(u"txid"_s).toString();
        }
        QCOMPARE(data.value(u"txid"_s).toString(), txid);
        QVERIFY(data.value(u"block_height"_s).isString());
        QVERIFY(data.value(u"block_time"_s).toInteger() > 0);
    }
    QCOMPARE(broadcast, path.contains(1));
    QCOMPARE(payouts().first().toObject().value(u"status"_s).toInt(), path.last());
}

void TstSimScenarios::cregisApprovalStartsAtZero()
{
    QVERIFY(startSim({u"--cregis-approval"_s}));
    const Answer created = createPayout(u"tp-approval"_s);
    QCOMPARE(created.code, u"00000"_s);
    QCOMPARE(created.data.toObject(), (QJsonObject{{u"cid"_s, firstCid}}));
    QCOMPARE(payouts().first().toObject().value(u"status"_s).toInt(), 0);
    const QJsonObject first = query(firstCid).data.toObject();
    QCOMPARE(first.value(u"status"_s).toInt(), 0);
    QVERIFY(first.value(u"txid"_s).isNull());
    QCOMPARE(query(firstCid).data.toObject().value(u"status"_s).toInt(), 5);
}

void TstSimScenarios::tradePageSeesPathStatuses()
{
    QVERIFY(startSim(statusPathArgs() << u"--cregis-approval"_s));
    QCOMPARE(createPayout(u"tp-cancelled"_s, endsIn3).code, u"00000"_s);
    QCOMPARE(createPayout(u"tp-ok"_s, tronAddress).code, u"00000"_s);
    query(firstCid);
    query(firstCid);

    const auto pageFor = [this](qint64 status) {
        SignedParams params = freshParams();
        params.set(u"status"_s, status);
        return call(u"/api/v1/trade/page"_s, params).data.toObject();
    };
    // trade/page reports each payout's current status and moves none of them.
    for (int round = 0; round < 2; ++round) {
        const QJsonObject cancelled = pageFor(3);
        QCOMPARE(cancelled.value(u"total"_s).toInteger(), 1);
        const QJsonObject row = cancelled.value(u"rows"_s).toArray().first().toObject();
        QCOMPARE(row.value(u"cid"_s).toInteger(), firstCid);
        QVERIFY(row.value(u"txid"_s).isNull());
        QCOMPARE(pageFor(0).value(u"total"_s).toInteger(), 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Command line

void TstSimScenarios::commandLineRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("code of 4 characters")
        << QStringList{u"--fault"_s, u"api-error"_s, u"--fault-code"_s, u"E009"_s} << u"--fault-code"_s;
    QTest::newRow("code of 6 characters")
        << QStringList{u"--fault"_s, u"api-error"_s, u"--fault-code"_s, u"E00999"_s} << u"--fault-code"_s;
    QTest::newRow("code not ASCII") << QStringList{u"--fault"_s, u"api-error"_s, u"--fault-code"_s, u"E00é9"_s}
                                    << u"--fault-code"_s;
    QTest::newRow("code without api-error") << QStringList{u"--fault-code"_s, u"E0099"_s} << u"api-error"_s;
    QTest::newRow("msg with another fault")
        << QStringList{u"--fault"_s, u"http-503"_s, u"--fault-msg"_s, u"x"_s} << u"api-error"_s;
    QTest::newRow("code twice") << QStringList{u"--fault"_s, u"api-error"_s,    u"--fault-code"_s,
                                               u"E0099"_s,   u"--fault-code"_s, u"E0098"_s}
                                << u"--fault-code"_s;
    QTest::newRow("status 5 is not terminal")
        << QStringList{u"--final-status"_s, tronAddress + u":5"_s} << u"--final-status"_s;
    QTest::newRow("status 0 is not terminal")
        << QStringList{u"--final-status"_s, tronAddress + u":0"_s} << u"--final-status"_s;
    QTest::newRow("unknown status") << QStringList{u"--final-status"_s, tronAddress + u":8"_s} << u"--final-status"_s;
    QTest::newRow("no status") << QStringList{u"--final-status"_s, tronAddress} << u"--final-status"_s;
    QTest::newRow("no address") << QStringList{u"--final-status"_s, u":6"_s} << u"--final-status"_s;
    QTest::newRow("status not a number") << QStringList{u"--final-status"_s, tronAddress + u":six"_s}
                                         << u"--final-status"_s;
    QTest::newRow("two final statuses") << QStringList{u"--final-status"_s, tronAddress + u":2"_s, u"--final-status"_s,
                                                       tronAddress + u":3"_s}
                                        << tronAddress;
    QTest::newRow("contradicts --status-fail-to")
        << QStringList{u"--status-fail-to"_s, tronAddress, u"--final-status"_s, tronAddress + u":6"_s} << tronAddress;
}

void TstSimScenarios::commandLineRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reasonPart);

    SimulatorProcess process;
    QSignalSpy failed(&process, &SimulatorProcess::failed);
    process.start(SimulatorProcess::locateProgram(), "throwaway-test-key-0001", SimFixture::pid, args);
    QVERIFY(!process.waitForReady(networkWaitMs));
    QCOMPARE(failed.count(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
}

void TstSimScenarios::commandLineAccepts_data()
{
    QTest::addColumn<QStringList>("args");

    QTest::newRow("same status twice") << QStringList{u"--final-status"_s, tronAddress + u":4"_s, u"--final-status"_s,
                                                      tronAddress + u":4"_s};
    QTest::newRow("agrees with --status-fail-to")
        << QStringList{u"--status-fail-to"_s, tronAddress, u"--final-status"_s, tronAddress + u":7"_s};
    QTest::newRow("address with a colon") << QStringList{u"--final-status"_s, u"r:tag:2"_s};
    QTest::newRow("code with punctuation") << QStringList{u"--fault"_s, u"api-error"_s, u"--fault-code"_s, u"X-9_!"_s};
}

void TstSimScenarios::commandLineAccepts()
{
    QFETCH(QStringList, args);
    QVERIFY(startSim(args));
}

// ---------------------------------------------------------------------------------------------
// The signature is checked over the raw body

void TstSimScenarios::rawBodiesOverHttp_data()
{
    QTest::addColumn<QByteArray>("spelling");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("msgNames");

    // Each row writes the same payout differently; SIGN is the client's signature of its values.
    QTest::newRow("escaped slash, letters and key")
        << QByteArray(R"({"p\u0069d":PID,"nonce":"NONCE","timestamp":TS,"currency":"195@195","to_address":"ADDR",)"
                      R"("amount":"1.5","third_party_id":"tp-raw","remark":"a\/b \u00e9\ud83d\udcb8","sign":"SIGN"})")
        << u"00000"_s << QString();
    QTest::newRow("sign first, keys reversed")
        << QByteArray(R"({"sign":"SIGN","remark":"a/b é💸","third_party_id":"tp-raw","amount":"1.5",)"
                      R"("to_address":"ADDR","currency":"195@195","timestamp":TS,"nonce":"NONCE","pid":PID})")
        << u"00000"_s << QString();
    QTest::newRow("duplicate amount") << QByteArray(
        R"({"pid":PID,"nonce":"NONCE","timestamp":TS,"currency":"195@195","to_address":"ADDR",)"
        R"("amount":"100","amount":"1.5","third_party_id":"tp-raw","remark":"a/b é💸","sign":"SIGN"})")
                                      << u"A0006"_s << u"amount"_s;
    QTest::newRow("-0 wallet_id") << QByteArray(
        R"({"pid":PID,"nonce":"NONCE","timestamp":TS,"currency":"195@195","to_address":"ADDR",)"
        R"("wallet_id":-0,"amount":"1.5","third_party_id":"tp-raw","remark":"a/b é💸","sign":"SIGN"})")
                                  << u"A0006"_s << u"wallet_id"_s;
    QTest::newRow("amount tampered") << QByteArray(
        R"({"pid":PID,"nonce":"NONCE","timestamp":TS,"currency":"195@195","to_address":"ADDR",)"
        R"("amount":"1.50","third_party_id":"tp-raw","remark":"a/b é💸","sign":"SIGN"})")
                                     << u"A0001"_s << QString();
}

void TstSimScenarios::rawBodiesOverHttp()
{
    QFETCH(QByteArray, spelling);
    QFETCH(QString, code);
    QFETCH(QString, msgNames);

    QVERIFY(startSim());
    SignedParams params = payoutParams(u"tp-raw"_s);
    params.set(u"remark"_s, u"a/b é\U0001F4B8"_s);
    QByteArray body = spelling;
    body.replace("PID", QByteArray::number(SimFixture::pid));
    body.replace("TS", QByteArray::number(std::get<qint64>(params.value(u"timestamp"_s))));
    body.replace("ADDR", tronAddress.toUtf8());
    body.replace("SIGN", Signer::sign(m_sim->apiKey(), params));
    // Last, so that no placeholder can turn up inside the random nonce.
    body.replace("NONCE", std::get<QString>(params.value(u"nonce"_s)).toUtf8());

    const Answer answer = sendRaw(u"/api/v2/payout"_s, body);
    QCOMPARE(answer.code, code);
    if (!msgNames.isEmpty()) {
        QVERIFY2(answer.msg.contains(msgNames), qPrintable(answer.msg));
    }
    const QJsonArray recorded = payouts();
    QCOMPARE(recorded.size(), code == u"00000"_s ? 1 : 0);
    if (code == u"00000"_s) {
        QCOMPARE(recorded.first().toObject().value(u"remark"_s).toString(), u"a/b é\U0001F4B8"_s);
    }
}

QTEST_GUILESS_MAIN(TstSimScenarios)
#include "tst_simscenarios.moc"
