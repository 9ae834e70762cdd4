// SimulatorProcess, which demo mode and every sim suite start cregis-sim through: the loopback
// URL it reports, each way a start fails, the API key kept off the command line, the simulator
// stopping with its owner, and where the program is found.

#include "SimHttpClient.h"

#include "demo/SimulatorProcess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStringList>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using paydesk::demo::SimulatorProcess;
using namespace simclient;

class TstSimProcess : public QObject, public SimHttpClient
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void processReportsLoopbackUrl();
    void processFailures_data();
    void processFailures();
    void processKeyNotOnCommandLine();
    void processStopsWithItsOwner();
    void locateProgramPrefersEnvironment();
};

// A fresh cregis-sim per test: see SimHttpClient::initSimulator.

void TstSimProcess::init()
{
    initSimulator();
}

void TstSimProcess::cleanup()
{
    cleanupSimulator();
}

void TstSimProcess::processReportsLoopbackUrl()
{
    QVERIFY(m_simulator->isReady());
    QCOMPARE(m_baseUrl.scheme(), u"http"_s);
    QCOMPARE(m_baseUrl.host(), u"127.0.0.1"_s);
    QVERIFY(m_baseUrl.port() > 0);
    QVERIFY(m_baseUrl.path().isEmpty());
}

void TstSimProcess::processFailures_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("reasonPart");

    const QString simulator = SimulatorProcess::locateProgram();
    QTest::newRow("no such program") << u"/nonexistent/cregis-sim"_s << QByteArray(testKey) << QStringList()
                                     << u"cannot start"_s;
    QTest::newRow("bad port") << simulator << QByteArray(testKey) << QStringList{u"--port"_s, u"70000"_s}
                              << u"--port"_s;
    QTest::newRow("unknown option") << simulator << QByteArray(testKey) << QStringList{u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("bad fault") << simulator << QByteArray(testKey) << QStringList{u"--fault"_s, u"explode"_s}
                               << u"--fault"_s;
    QTest::newRow("no key") << simulator << QByteArray() << QStringList() << u"API key"_s;
}

void TstSimProcess::processFailures()
{
    QFETCH(QString, program);
    QFETCH(QByteArray, key);
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, reasonPart);

    SimulatorProcess process;
    QSignalSpy failed(&process, &SimulatorProcess::failed);
    QSignalSpy ready(&process, &SimulatorProcess::ready);
    process.start(program, key, testPid, extraArgs);
    QVERIFY(!process.waitForReady(networkWaitMs));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(ready.count(), 0);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
    QVERIFY(!process.isReady());
    QVERIFY(process.baseUrl().isEmpty());
}

void TstSimProcess::processKeyNotOnCommandLine()
{
#ifdef Q_OS_LINUX
    // Every running cregis-sim (this test's included) must have a command line without the key.
    int simulators = 0;
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray arguments = cmdline.readAll();
        if (!arguments.contains("cregis-sim")) {
            continue;
        }
        ++simulators;
        QVERIFY(!arguments.contains(testKey));
    }
    QVERIFY(simulators >= 1);
#endif
}

void TstSimProcess::processStopsWithItsOwner()
{
    const quint16 port = static_cast<quint16>(m_baseUrl.port());
    m_network.reset();
    QSignalSpy stopped(m_simulator.get(), &SimulatorProcess::stopped);
    m_simulator.reset();
    QCOMPARE(stopped.count(), 0);

    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port);
    QVERIFY(!socket.waitForConnected(2000));
}

void TstSimProcess::locateProgramPrefersEnvironment()
{
    const QString located = SimulatorProcess::locateProgram();
    QVERIFY2(QFileInfo(located).isExecutable(), qPrintable(located));
    QCOMPARE(QFileInfo(located).fileName(), u"cregis-sim"_s);

    const QByteArray saved = qgetenv("PAYDESK_SIM_PROGRAM");
    qputenv("PAYDESK_SIM_PROGRAM", "/opt/elsewhere/cregis-sim");
    const QString overridden = SimulatorProcess::locateProgram();
    if (saved.isEmpty()) {
        qunsetenv("PAYDESK_SIM_PROGRAM");
    } else {
        qputenv("PAYDESK_SIM_PROGRAM", saved);
    }
    QCOMPARE(overridden, u"/opt/elsewhere/cregis-sim"_s);
}

QTEST_GUILESS_MAIN(TstSimProcess)
#include "tst_simprocess.moc"
