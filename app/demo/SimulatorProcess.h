#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTimer;

namespace paydesk::demo {

// Runs cregis-sim, the local Cregis simulator, for demo mode and tests. The API key goes to the
// child on stdin, never on its command line, where any local user could read it with `ps`.
// The process lives as long as this object.
class SimulatorProcess : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorProcess(QObject* parent = nullptr);
    ~SimulatorProcess() override;

    SimulatorProcess(const SimulatorProcess&) = delete;
    SimulatorProcess& operator=(const SimulatorProcess&) = delete;

    // Starts the program once; ready() or failed() follows. extraArgs go after --pid.
    void start(const QString& program, const QByteArray& apiKey, qint64 pid, const QStringList& extraArgs = {});

    // For synchronous callers (tests, the CLI): runs a local event loop until the simulator is
    // ready, has failed, or ms have passed. True when ready.
    bool waitForReady(int ms);

    bool isReady() const { return m_state == State::Ready; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The simulator's process id while it runs (0 otherwise).
    qint64 processId() const;

    // The cregis-sim program: $PAYDESK_SIM_PROGRAM, else beside this executable, else in the
    // build tree this was compiled in, else the installed libexec path.
    static QString locateProgram();

    static constexpr int readyTimeoutMs = 10000;

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& reason);
    // The simulator ended after it had been ready.
    void stopped();

private:
    enum class State
    {
        Idle,
        Starting,
        Ready,
        Failed
    };

    void sendKey();
    void readStandardOutput();
    void readStandardError();
    void handleProcessError(QProcess::ProcessError error);
    void handleFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void handleReadyTimeout();
    void fail(const QString& reason);
    void stopProcess();

    QProcess* m_process;
    QTimer* m_readyTimer;
    QByteArray m_pendingKey;
    QByteArray m_stdout;
    QByteArray m_stderrTail;
    QUrl m_baseUrl;
    State m_state = State::Idle;
};

} // namespace paydesk::demo
