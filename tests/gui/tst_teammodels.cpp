// A payout queued by another process at another desk appears in this desk's history and approval
// queue without anyone refreshing: PostgreSQL's LISTEN/NOTIFY, through the store's signals, into
// the models (checked by QAbstractItemModelTester throughout).
#include "ui/approvals/ApprovalQueueModel.h"
#include "ui/history/HistoryModel.h"

#include "TestEngine.h"
#include "desk/Desk.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

class TestTeamModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payoutQueuedElsewhereAppears();
};

void TestTeamModels::payoutQueuedElsewhereAppears()
{
    QVERIFY2(TestEngine::isPostgres(), "run with PAYDESK_TEST_ENGINE=postgresql inside scripts/with-postgres.sh");
    QTemporaryDir dir;
    QString error;
    const auto team = TestEngine::teamDatabaseFor(dir.filePath(QStringLiteral("team")), &error);
    QVERIFY2(team, qPrintable(error));
    config::Profile profile;
    profile.name = QStringLiteral("team");
    profile.baseUrl = QStringLiteral("https://gateway.invalid");
    profile.pid = 1;
    profile.teamDatabase = TestEngine::as(*team, QStringLiteral("carol")).url();
    desk::Desk desk(config::AppPaths::resolve(dir.filePath(QStringLiteral("carol"))), profile, QStringLiteral("carol"));
    store::StoreError failure;
    QVERIFY2(desk.openStore(&failure), qPrintable(failure.detail));
    ui::HistoryModel history(*desk.store());
    ui::ApprovalQueueModel approvals(desk);
    QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester approvalsTester(&approvals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(history.rowCount(), 0);
    QCOMPARE(approvals.rowCount(), 0);

    // alice, at her own desk, in her own process.
    const QString aliceData = dir.filePath(QStringLiteral("alice"));
    QProcess setup;
    setup.start(QStringLiteral(PAYDESK_CLI_PATH),
                {QStringLiteral("--data-dir"), aliceData, QStringLiteral("profile"), QStringLiteral("set"),
                 QStringLiteral("team"), QStringLiteral("--base-url"), profile.baseUrl, QStringLiteral("--pid"),
                 QStringLiteral("1")});
    QVERIFY(setup.waitForFinished(30000) && setup.exitCode() == 0);
    QProcess other;
    other.start(QStringLiteral(PAYDESK_CLI_PATH),
                {QStringLiteral("--data-dir"), aliceData, QStringLiteral("--database"),
                 TestEngine::as(*team, QStringLiteral("alice")).url(), QStringLiteral("new"),
                 QStringLiteral("--currency"), QStringLiteral("USDT-TRC20"), QStringLiteral("--to"),
                 QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"), QStringLiteral("--amount"),
                 QStringLiteral("12.5")});
    QVERIFY(other.waitForFinished(30000));
    QVERIFY2(other.exitCode() == 0, other.readAllStandardError().constData());
    QElapsedTimer heard;
    heard.start();
    QTRY_COMPARE(history.rowCount(), 1);
    QTRY_COMPARE(approvals.rowCount(), 1);
    // What the window title counts: payouts this person may approve.
    QCOMPARE(approvals.waitingForActor(), 1);
    qInfo("queued in another process, shown here %lld ms after it exited", heard.elapsed());
    QCOMPARE(history.data(history.index(0, 0)).toString(), QStringLiteral("1"));
}

QTEST_MAIN(TestTeamModels)
#include "tst_teammodels.moc"
