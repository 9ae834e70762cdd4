#pragma once

#include "CliRunner.h"
#include "SimFixture.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A valid TRON address, for payouts in TRX.
inline const QString tron = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");

// A desk for paydesk-cli: one data directory, one or more profiles, paydesk-cli run in it as separate processes.
class CliDesk
{
public:
    CliDesk() { QVERIFY(m_dir.isValid()); }

    QString path() const { return m_dir.path(); }
    QString database() const { return m_dir.filePath(QStringLiteral("payouts.sqlite")); }

    CliRun cli(const QStringList& args, const QString& user = QStringLiteral("alice"), const QByteArray& input = {})
    {
        return runCli(path(), args, input, user);
    }
    CliRun as(const QString& profile, const QStringList& args, const QString& user = QStringLiteral("alice"))
    {
        return cli(QStringList{QStringLiteral("--profile"), profile} + args, user);
    }
    QProcess* start(const QStringList& args, const QString& user = QStringLiteral("carol"))
    {
        auto* process = new QProcess;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PAYDESK_USER"), user);
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(PAYDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), path()} + args);
        process->waitForStarted();
        return process;
    }

    bool addProfile(const QString& name, SimFixture& sim)
    {
        const CliRun set = cli({QStringLiteral("profile"), QStringLiteral("set"), name, QStringLiteral("--base-url"),
                                sim.baseUrl(), QStringLiteral("--pid"), QString::number(SimFixture::pid)});
        const CliRun key = cli({QStringLiteral("credentials"), QStringLiteral("set"), name}, QStringLiteral("alice"),
                               sim.apiKey() + '\n');
        return set.exitCode == 0 && key.exitCode == 0;
    }

    // Queued by alice under `profile`; returns the id, or an empty string.
    QString queue(const QString& profile, const QString& amount, const QString& currency = QStringLiteral("TRX"),
                  const QString& to = tron)
    {
        const CliRun queued = as(profile,
                                 {QStringLiteral("new"), QStringLiteral("--currency"), currency, QStringLiteral("--to"),
                                  to, QStringLiteral("--amount"), amount});
        return queued.exitCode == 0 ? queued.lastLine() : QString();
    }
    QString queueApproved(const QString& profile, const QString& amount)
    {
        const QString id = queue(profile, amount);
        return as(profile, {QStringLiteral("approve"), id}, QStringLiteral("bob")).exitCode == 0 ? id : QString();
    }

    // The profile's payouts as `list --format json` shows them, by id.
    QHash<QString, QJsonObject> rows(const QString& profile)
    {
        QHash<QString, QJsonObject> byId;
        const CliRun list = as(profile, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& entry : QJsonDocument::fromJson(list.out).array()) {
            byId.insert(entry.toObject().value(QLatin1String("id")).toString(), entry.toObject());
        }
        return byId;
    }
    QString state(const QString& profile, const QString& id)
    {
        return rows(profile).value(id).value(QLatin1String("state")).toString();
    }

    // One statement on the file, behind PayDesk's back.
    bool tamper(const QString& statement)
    {
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(database());
            done = db.open() && QSqlQuery(db).exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return done;
    }

    void setSetting(const QString& key, const QVariant& value)
    {
        QSettings settings(m_dir.filePath(QStringLiteral("paydesk.ini")), QSettings::IniFormat);
        settings.setValue(key, value);
        settings.sync();
    }

private:
    QTemporaryDir m_dir;
};

inline int finish(QProcess* process, QByteArray* out = nullptr)
{
    process->waitForFinished(60000);
    if (out) {
        *out = process->readAllStandardOutput();
    }
    const int code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    delete process;
    return code;
}
