#include "SimulatorProcess.h"

#ifdef Q_OS_LINUX
#include <sys/prctl.h>

#include <csignal>
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

namespace paydesk::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr char listeningPrefix[] = "cregis-sim listening on ";
// Enough of the child's stderr to explain a failure, bounded so a chatty child costs nothing.
constexpr qsizetype stderrTailBytes = 4096;

void wipe(QByteArray& secret)
{
    // Overwrite this object's copy of the key before its memory is freed; begin() detaches, so
    // a caller's copy is never touched.
    std::fill(secret.begin(), secret.end(), '\0');
    secret.clear();
}

} // namespace

SimulatorProcess::SimulatorProcess(QObject* parent)
    : QObject(parent)
    , m_process(new QProcess(this))
    , m_readyTimer(new QTimer(this))
{
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_readyTimer->setSingleShot(true);
    connect(m_process, &QProcess::started, this, &SimulatorProcess::sendKey);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SimulatorProcess::readStandardOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, &SimulatorProcess::readStandardError);
    connect(m_process, &QProcess::errorOccurred, this, &SimulatorProcess::handleProcessError);
    connect(m_process, &QProcess::finished, this, &SimulatorProcess::handleFinished);
    connect(m_readyTimer, &QTimer::timeout, this, &SimulatorProcess::handleReadyTimeout);
}

SimulatorProcess::~SimulatorProcess()
{
    // Nobody listens any more: a failed() or stopped() from inside the destructor would reach
    // half-destroyed receivers.
    m_process->disconnect(this);
    wipe(m_pendingKey);
    stopProcess();
}

void SimulatorProcess::start(const QString& program, const QByteArray& apiKey, qint64 pid, const QStringList& extraArgs)
{
    if (m_state != State::Idle) {
        return;
    }
    m_state = State::Starting;
    m_pendingKey = apiKey;
    m_readyTimer->start(readyTimeoutMs);
#ifdef Q_OS_LINUX
    // If PayDesk is killed its destructor never runs: let the kernel stop the simulator too,
    // instead of leaving it listening with a key nobody holds.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process->start(program, QStringList{u"--pid"_s, QString::number(pid)} + extraArgs);
}

bool SimulatorProcess::waitForReady(int ms)
{
    if (m_state == State::Starting) {
        QEventLoop loop;
        connect(this, &SimulatorProcess::ready, &loop, &QEventLoop::quit);
        connect(this, &SimulatorProcess::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_state == State::Ready;
}

QString SimulatorProcess::locateProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("PAYDESK_SIM_PROGRAM");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    // A program file: a folder of that name (the simulator's source folder in a build tree) is
    // "executable" too.
    const auto isProgram = [](const QString& path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    const QString besideApplication = QCoreApplication::applicationDirPath() + u"/cregis-sim"_s;
    if (isProgram(besideApplication)) {
        return besideApplication;
    }
#ifdef PAYDESK_SIM_BUILD_PATH
    const QString buildTree = QString::fromUtf8(PAYDESK_SIM_BUILD_PATH);
    if (isProgram(buildTree)) {
        return buildTree;
    }
#endif
    return QString::fromUtf8(PAYDESK_SIM_INSTALL_PATH);
}

qint64 SimulatorProcess::processId() const
{
    return m_process->processId();
}

void SimulatorProcess::sendKey()
{
    QByteArray line = m_pendingKey + '\n';
    m_process->write(line);
    wipe(line);
    wipe(m_pendingKey);
    // The simulator reads one line; closing tells it nothing more comes.
    m_process->closeWriteChannel();
}

void SimulatorProcess::readStandardOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting) {
        m_stdout.clear();
        return;
    }
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        return;
    }
    const QByteArray line = m_stdout.left(newline).trimmed();
    m_stdout.clear();
    const QUrl url(QString::fromUtf8(line.mid(qsizetype(sizeof(listeningPrefix) - 1))));
    if (!line.startsWith(listeningPrefix) || !url.isValid() || url.port() <= 0) {
        fail(u"cregis-sim printed an unexpected first line"_s);
        return;
    }
    m_readyTimer->stop();
    m_baseUrl = url;
    m_state = State::Ready;
    emit ready(m_baseUrl);
}

void SimulatorProcess::readStandardError()
{
    m_stderrTail += m_process->readAllStandardError();
    if (m_stderrTail.size() > stderrTailBytes) {
        m_stderrTail = m_stderrTail.right(stderrTailBytes);
    }
}

void SimulatorProcess::handleProcessError(QProcess::ProcessError error)
{
    // Other errors (a crash, a failed write) are followed by finished(), which reports them.
    if (error == QProcess::FailedToStart) {
        fail(u"cannot start %1: %2"_s.arg(m_process->program(), m_process->errorString()));
    }
}

void SimulatorProcess::handleFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    readStandardError();
    if (m_state == State::Ready) {
        m_state = State::Failed;
        emit stopped();
        return;
    }
    if (m_state != State::Starting) {
        return;
    }
    const QString how = exitStatus == QProcess::CrashExit ? u"crashed"_s : u"exited with code %1"_s.arg(exitCode);
    const QString detail = QString::fromUtf8(m_stderrTail).trimmed();
    fail(detail.isEmpty() ? u"cregis-sim %1 before it was ready"_s.arg(how)
                          : u"cregis-sim %1 before it was ready: %2"_s.arg(how, detail));
}

void SimulatorProcess::handleReadyTimeout()
{
    if (m_state == State::Starting) {
        fail(u"cregis-sim was not ready within %1 s"_s.arg(readyTimeoutMs / 1000));
    }
}

void SimulatorProcess::fail(const QString& reason)
{
    if (m_state == State::Failed) {
        return;
    }
    m_state = State::Failed;
    m_readyTimer->stop();
    wipe(m_pendingKey);
    stopProcess();
    emit failed(reason);
}

void SimulatorProcess::stopProcess()
{
    if (m_process->state() == QProcess::NotRunning) {
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

} // namespace paydesk::demo
