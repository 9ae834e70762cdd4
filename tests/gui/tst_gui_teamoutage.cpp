// The real window over a team store while its database server is killed and started again: the
// connection banner appears, the window stays usable, and the banner goes once PayDesk is
// connected again, with a payout queued at another desk meanwhile shown without a refresh.
// Runs alone: it stops the server every other suite shares.
#include "ui/MainWindow.h"

#include "InMemorySecretStore.h"
#include "TestEngine.h"
#include "TestPayout.h"
#include "config/ProfileRepository.h"
#include "desk/Desk.h"

#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk;

class TestGuiTeamOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerFollowsTheConnection();
};

void TestGuiTeamOutage::bannerFollowsTheConnection()
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
    const config::AppPaths paths = config::AppPaths::resolve(dir.filePath(QStringLiteral("carol")));
    QSettings settings(paths.settingsFile, QSettings::IniFormat);
    config::ProfileRepository profiles(settings);
    profiles.save(profile);
    InMemorySecretStore secrets;
    desk::Desk desk(paths, profile, QStringLiteral("carol"));
    store::StoreError failure;
    QVERIFY2(desk.openStore(&failure), qPrintable(failure.detail));
    QVERIFY(desk.watchConnection(200)); // checked often, so the test need not wait
    ui::MainWindow window(desk, profiles, secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("connectionBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());

    QVERIFY(TestEngine::controlServer(QStringLiteral("kill")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
    QVERIFY(banner->text().contains(desk.teamDatabase()->url()));
    QVERIFY(!banner->accessibleName().isEmpty());
    QVERIFY(TestEngine::controlServer(QStringLiteral("start")));

    // Meanwhile alice queues a payout at her desk; this window hears of it once connected again.
    store::StoreError aliceFailure;
    auto alice
        = store::ProfileStore::openPostgres(TestEngine::as(*team, QStringLiteral("alice")), {},
                                            {profile.name, profile.pid, profile.baseUrl}, desk.clock(), &aliceFailure);
    QVERIFY2(alice, qPrintable(aliceFailure.detail));
    QVERIFY(alice->payouts().addPayout(TestPayout().fields(), QStringLiteral("alice")));

    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 60000);
    auto* history = window.findChild<QTableView*>(QStringLiteral("historyView"));
    QVERIFY(history);
    QTRY_COMPARE(history->model()->rowCount(), 1);
}

QTEST_MAIN(TestGuiTeamOutage)
#include "tst_gui_teamoutage.moc"
