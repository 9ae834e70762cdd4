// The API key through a whole flow with every log category on: stored, used to sign, payouts
// queued, approved, sent, listed, exported and checked. Afterwards the key is in no output of any
// process, no file PayDesk wrote (database, its journal, settings, lock files, exports), and not
// in the simulator's command line or environment (it reads the key from its standard input).
#include "CliDesk.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QTcpServer>

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyAppearsNowhere();
    void noCoreDumpsInReleaseBuilds();
};

namespace {

// The key as text, and in the encodings a careless log or dump would use.
QList<QByteArray> formsOf(const QByteArray& key)
{
    return {key, key.toHex(), key.toBase64(), key.toUpper(), QByteArray(key).replace('-', '_')};
}

QString leakIn(const QByteArray& where, const QByteArray& haystack, const QList<QByteArray>& forms)
{
    for (const QByteArray& form : forms) {
        if (haystack.contains(form)) {
            return QString::fromUtf8(where);
        }
    }
    return {};
}

} // namespace

void TestSecrets::keyAppearsNowhere()
{
    // Every category, every level: what a person debugging would turn on.
    qputenv("QT_LOGGING_RULES", "*=true");
    const QByteArray key = "secret-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QList<QByteArray> forms = formsOf(key);
    SimFixture sim(key);
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(QStringLiteral("main"), sim));
    QList<CliRun> runs;
    const auto run = [&](const QStringList& args, const QString& user = QStringLiteral("alice")) {
        runs << desk.as(QStringLiteral("main"), args, user);
        return runs.last();
    };
    const QString first = desk.queueApproved(QStringLiteral("main"), QStringLiteral("1.5"));
    const QString second = desk.queueApproved(QStringLiteral("main"), QStringLiteral("2.25"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(run({QStringLiteral("submit"), QStringLiteral("--all-approved")}, QStringLiteral("carol")).exitCode, 0);
    QCOMPARE(run({QStringLiteral("refresh")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("export"), desk.path() + QStringLiteral("/out.csv")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("export"), desk.path() + QStringLiteral("/out.xlsx")}).exitCode, 0);
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 0);
    QCOMPARE(desk.cli({QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("main")}).exitCode, 0);
    QCOMPARE(sim.payouts()->size(), 2);

    QByteArray everything;
    for (const CliRun& r : std::as_const(runs)) {
        everything += r.out + r.err;
    }
    // Qt's own categories spoke (qt.network.*, qt.sql.*, ...): the logs really were on.
    QVERIFY2(everything.contains("qt."), everything.left(2000).constData());
    QString leak = leakIn("a command's output or log", everything, forms);
    QVERIFY2(leak.isEmpty(), qPrintable(leak));
    int files = 0;
    QDirIterator it(desk.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        leak = leakIn(it.filePath().toUtf8(), file.readAll(), forms);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("the key is in ") + leak));
        ++files;
    }
    QVERIFY(files >= 4); // the database, its journal, the settings, the exports
    // The simulator, a child of this test, got the key on its standard input only.
    const QString proc = QStringLiteral("/proc/%1/").arg(sim.processId());
    for (const char* part : {"cmdline", "environ"}) {
        QFile file(proc + QLatin1String(part));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        leak = leakIn(part, file.readAll(), forms);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("the key is in the simulator's ") + leak));
    }
    qInfo("key checked in %lld outputs, %d files and the simulator's command line and environment: nowhere",
          static_cast<long long>(runs.size()), files);
}

void TestSecrets::noCoreDumpsInReleaseBuilds()
{
#ifdef NDEBUG
    // A paydesk-cli holding the key while it waits for a gateway that never answers: the kernel
    // must write no core of it (soft and hard limits 0, so the process cannot raise it again).
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    CliDesk desk;
    QVERIFY(desk.cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("main"),
                      QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()),
                      QStringLiteral("--pid"), QStringLiteral("1")})
                .exitCode
            == 0);
    QVERIFY(desk.cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("main")},
                     QStringLiteral("alice"), "throwaway-core-key\n")
                .exitCode
            == 0);
    QProcess* waiting = desk.start({QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("main")});
    QTRY_VERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(100));
    QFile limits(QStringLiteral("/proc/%1/limits").arg(waiting->processId()));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QByteArray text = limits.readAll();
    const qsizetype at = text.indexOf("Max core file size");
    QVERIFY(at >= 0);
    const QList<QByteArray> columns = text.mid(at + 18, text.indexOf('\n', at) - at - 18).simplified().split(' ');
    QCOMPARE(columns.value(0), QByteArray("0"));
    QCOMPARE(columns.value(1), QByteArray("0"));
    waiting->kill();
    waiting->waitForFinished(5000);
    delete waiting;
#else
    qInfo("a debug build keeps core dumps for debugging; release builds turn them off (checked there)");
#endif
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
