#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

// Runs paydesk-cli as a separate process, the way an ops script would.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString lastLine() const { return QString::fromUtf8(out).trimmed().split(u'\n').last(); }
};

// `user` sets PAYDESK_USER: the acting person, so tests can play creator and approver.
inline CliRun runCli(const QString& dataDir, const QStringList& args, const QByteArray& input = {},
                     const QString& user = QStringLiteral("alice"))
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PAYDESK_USER"), user);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAYDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
    process.waitForStarted();
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return CliRun{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                  process.readAllStandardOutput(), process.readAllStandardError()};
}
