// What a review of the core found the front ends disagreeing on or the store recording wrongly,
// tried from outside: paydesk-cli processes against cregis-sim, the SQLite file read (and where
// the review did so, altered) behind PayDesk's back. Each case failed before its fix.
#include "CliDesk.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

QByteArray throwAwayKey()
{
    return "rules-" + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
}

const QString profile = QStringLiteral("Main");

// One value from the file, behind PayDesk's back.
QVariant readValue(const QString& database, const QString& select)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(select) && query.next()) {
                value = query.value(0);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return value;
}

// Everything the settings file holds, as one text.
QString settingsText(const CliDesk& desk)
{
    QFile file(desk.path() + QStringLiteral("/paydesk.ini"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCoreRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedApprovalInsertIsADatabaseError();
    void rejectionIsAuditedWithItsReason();
    void cancellationIsAuditedAsWhatHappened();
    void claimCountsAttemptsOnTheLockedRow();
    void callbackUrlIsChecked_data();
    void callbackUrlIsChecked();
    void idsAreReadOneWay_data();
    void idsAreReadOneWay();
};

void TestCoreRules::failedApprovalInsertIsADatabaseError()
{
    // Defect: any failed INSERT into approvals was reported as "already approved", so a full disk
    // or a broken file told the approver their approval was on record when it was not.
    SimFixture sim(throwAwayKey());
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(profile, sim));
    const QString id = desk.queue(profile, QStringLiteral("12"));
    QVERIFY(!id.isEmpty());
    QVERIFY(desk.tamper(QStringLiteral("CREATE TRIGGER refuse_approvals BEFORE INSERT ON approvals "
                                       "BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END")));

    const CliRun failed = desk.as(profile, {QStringLiteral("approve"), id}, QStringLiteral("bob"));
    QVERIFY(failed.exitCode != 0);
    const QString said = QString::fromUtf8(failed.out + failed.err);
    QVERIFY2(!said.contains(QLatin1String("already approved"), Qt::CaseInsensitive), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("database"), Qt::CaseInsensitive), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("disk I/O error (test)")), qPrintable(said));
    QCOMPARE(desk.state(profile, id), QStringLiteral("pending_approval"));

    // Once the file takes writes again, the approval goes through; a second one is the repeat.
    QVERIFY(desk.tamper(QStringLiteral("DROP TRIGGER refuse_approvals")));
    const CliRun approved = desk.as(profile, {QStringLiteral("approve"), id}, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, approved.err.constData());
    QCOMPARE(desk.state(profile, id), QStringLiteral("approved"));
    QCOMPARE(readValue(desk.database(), QStringLiteral("SELECT COUNT(*) FROM approvals")).toInt(), 1);
}

void TestCoreRules::rejectionIsAuditedWithItsReason()
{
    // Defect: one text was both the refusal sentence and the audit detail, so a successful
    // rejection was audited as "its creator cannot reject it; cancel it instead".
    SimFixture sim(throwAwayKey());
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(profile, sim));
    const QString id = desk.queue(profile, QStringLiteral("13"));
    QVERIFY(!id.isEmpty());
    const CliRun rejected
        = desk.as(profile, {QStringLiteral("reject"), id, QStringLiteral("--reason"), QStringLiteral("wrong wallet")},
                  QStringLiteral("bob"));
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    QCOMPARE(desk.state(profile, id), QStringLiteral("rejected"));

    const QString detail = readValue(desk.database(),
                                     QStringLiteral("SELECT detail FROM audit_events WHERE event = 'rejected' "
                                                    "AND payout_id = %1")
                                         .arg(id))
                               .toString();
    QVERIFY2(detail.contains(QLatin1String("wrong wallet")), qPrintable(detail));
    QVERIFY2(!detail.contains(QLatin1String("cannot")) && !detail.contains(QLatin1String("instead")),
             qPrintable(detail));
    const QString actor
        = readValue(desk.database(), QStringLiteral("SELECT actor FROM audit_events WHERE event = 'rejected'"))
              .toString();
    QCOMPARE(actor, QStringLiteral("bob"));
    QVERIFY(desk.cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode == 0);
}

void TestCoreRules::cancellationIsAuditedAsWhatHappened()
{
    // The same mistake on cancel: audited as "only its creator can cancel it".
    SimFixture sim(throwAwayKey());
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(profile, sim));
    const QString id = desk.queue(profile, QStringLiteral("14"));
    QVERIFY(!id.isEmpty());
    const CliRun cancelled = desk.as(profile, {QStringLiteral("cancel"), id});
    QVERIFY2(cancelled.exitCode == 0, cancelled.err.constData());
    QCOMPARE(desk.state(profile, id), QStringLiteral("cancelled"));
    const QString detail
        = readValue(desk.database(), QStringLiteral("SELECT detail FROM audit_events WHERE event = 'cancelled'"))
              .toString();
    QVERIFY2(!detail.contains(QLatin1String("only its creator")), qPrintable(detail));
}

void TestCoreRules::claimCountsAttemptsOnTheLockedRow()
{
    // Defect: the claim computed `attempts` from a read taken before it held the write lock, so a
    // change committed in between was overwritten. Here another desk holds the lock and changes
    // the count while the sender waits for it: the sender must count on from what it finds.
    SimFixture sim(throwAwayKey());
    QVERIFY(sim.isReady());
    CliDesk desk;
    QVERIFY(desk.addProfile(profile, sim));
    const QString id = desk.queueApproved(profile, QStringLiteral("15"));
    QVERIFY(!id.isEmpty());
    // Opened first, so that the sender's start-up finds nothing to write.
    QCOMPARE(desk.state(profile, id), QStringLiteral("approved"));

    QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other desk"));
    other.setDatabaseName(desk.database());
    QVERIFY(other.open());
    QSqlQuery hold(other);
    QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(hold.exec(QStringLiteral("UPDATE payouts SET attempts = 4 WHERE id = %1").arg(id)));

    QProcess* sender = desk.start({QStringLiteral("--profile"), profile, QStringLiteral("submit"), id});
    // Long enough for the sender to have read the row and to be waiting for the lock; the result
    // below is the same however long it takes.
    QTest::qWait(1500);
    QVERIFY(hold.exec(QStringLiteral("COMMIT")));
    hold.finish();
    QByteArray out;
    QCOMPARE(finish(sender, &out), 0);
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("other desk"));

    QCOMPARE(desk.state(profile, id), QStringLiteral("submitted"));
    QCOMPARE(readValue(desk.database(), QStringLiteral("SELECT attempts FROM payouts WHERE id = %1").arg(id)).toInt(),
             5);
}

void TestCoreRules::callbackUrlIsChecked_data()
{
    QTest::addColumn<QString>("callbackUrl");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://pay.example.com/cregis/callback") << true;
    QTest::newRow("no scheme") << QStringLiteral("pay.example.com/callback") << false;
    QTest::newRow("plain http") << QStringLiteral("http://pay.example.com/callback") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://pay.example.com/callback") << false;
    QTest::newRow("no host") << QStringLiteral("https:///callback") << false;
    QTest::newRow("credentials") << QStringLiteral("https://user:secret@pay.example.com/callback") << false;
    QTest::newRow("spaces") << QStringLiteral("https://pay example.com/callback") << false;
}

void TestCoreRules::callbackUrlIsChecked()
{
    // Defect: the window checked the callback URL and the CLI stored anything.
    QFETCH(QString, callbackUrl);
    QFETCH(bool, accepted);
    CliDesk desk;
    const CliRun set
        = desk.cli({QStringLiteral("profile"), QStringLiteral("set"), profile, QStringLiteral("--base-url"),
                    QStringLiteral("https://t-rwa.cregis.dev"), QStringLiteral("--pid"),
                    QStringLiteral("1382528827416576"), QStringLiteral("--callback-url"), callbackUrl});
    if (accepted) {
        QVERIFY2(set.exitCode == 0, set.err.constData());
        QVERIFY2(settingsText(desk).contains(callbackUrl), qPrintable(settingsText(desk)));
        return;
    }
    QVERIFY(set.exitCode != 0);
    QVERIFY2(set.err.contains("--callback-url"), set.err.constData()); // names the option
    QVERIFY2(!settingsText(desk).contains(callbackUrl), qPrintable(settingsText(desk)));
}

void TestCoreRules::idsAreReadOneWay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("digits") << QStringLiteral("1382528827416576") << true;
    QTest::newRow("above 2^53") << QStringLiteral("9007199254740993") << true;
    QTest::newRow("zero") << QStringLiteral("0") << false;
    QTest::newRow("plus sign") << QStringLiteral("+1382528827416576") << false;
    QTest::newRow("minus sign") << QStringLiteral("-5") << false;
    QTest::newRow("space inside") << QStringLiteral("1382 528827416576") << false;
    QTest::newRow("beyond 64 bits") << QStringLiteral("99999999999999999999") << false;
    QTest::newRow("exponent") << QStringLiteral("1e15") << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("\u0661\u0662\u0663") << false;
}

void TestCoreRules::idsAreReadOneWay()
{
    // One reading of a typed id, wherever it is typed: the project id and default wallet of a
    // profile, and a payout id to approve.
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    CliDesk desk;
    const QStringList base{QStringLiteral("profile"), QStringLiteral("set"), profile, QStringLiteral("--base-url"),
                           QStringLiteral("https://t-rwa.cregis.dev")};
    const CliRun pid = desk.cli(base + QStringList{QStringLiteral("--pid"), text});
    QCOMPARE(pid.exitCode == 0, accepted);
    const CliRun wallet = desk.cli(
        base + QStringList{QStringLiteral("--pid"), QStringLiteral("7"), QStringLiteral("--wallet-id"), text});
    QCOMPARE(wallet.exitCode == 0, accepted);
    if (!accepted) {
        QVERIFY2(pid.err.contains("--pid"), pid.err.constData());
        QVERIFY2(wallet.err.contains("--wallet-id"), wallet.err.constData());
    }
    const CliRun approve = desk.as(profile, {QStringLiteral("approve"), text}, QStringLiteral("bob"));
    QVERIFY(approve.exitCode != 0); // there is no such payout either way; only the words differ
    const QString said = QString::fromUtf8(approve.out + approve.err);
    if (accepted) {
        QVERIFY2(said.contains(QStringLiteral("no payout #%1").arg(text)), qPrintable(said));
    } else {
        QVERIFY2(!said.contains(QLatin1String("no payout #")), qPrintable(said));
    }
}

QTEST_GUILESS_MAIN(TestCoreRules)
#include "tst_corerules.moc"
