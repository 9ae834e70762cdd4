// The API key goes to the real OS keychain (a Secret Service on a private D-Bus, see
// scripts/with-keyring.sh) and nowhere else: stored by one process, read back by another, and
// absent from every file under the data directory and settings.
#include "CliRunner.h"
#include "secrets/KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace paydesk::secrets;

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedByOneProcessReadByAnother();
    void missingEntryIsReportedInWords();

private:
    SecretResult read(const QString& profile);
};

SecretResult TestKeychain::read(const QString& profile)
{
    KeychainSecretStore store;
    QObject context;
    std::optional<SecretResult> result;
    store.readApiKey(profile, &context, [&result](const SecretResult& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000)) {
        return SecretResult{SecretResult::Status::Failed, {}, QStringLiteral("no answer from the keychain")};
    }
    return *result;
}

void TestKeychain::storedByOneProcessReadByAnother()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray key = QByteArray::number(QRandomGenerator::system()->generate64(), 16) + "throwaway"
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    const QString profile
        = QStringLiteral("keychain-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));

    const CliRun set = runCli(dir.path(),
                              {QStringLiteral("profile"), QStringLiteral("set"), profile, QStringLiteral("--base-url"),
                               QStringLiteral("https://t-test.cregis.dev"), QStringLiteral("--pid"),
                               QStringLiteral("1382528827416576")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const CliRun stored
        = runCli(dir.path(), {QStringLiteral("credentials"), QStringLiteral("set"), profile}, key + '\n');
    QVERIFY2(stored.exitCode == 0, stored.err.constData());

    // This test process is not the one that stored it.
    const SecretResult result = read(profile);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result.secret, key);

    // Nowhere on disk: not in the settings, the database, the WAL, or anything else PayDesk wrote,
    // in plain text, hex or base64.
    int filesChecked = 0;
    QDirIterator files(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(key), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(key.toHex()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(key.toBase64()), qPrintable(file.fileName()));
        ++filesChecked;
    }
    QVERIFY(filesChecked >= 1); // at least the settings file exists
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("paydesk.ini"))));
    QVERIFY(!stored.out.contains(key) && !stored.err.contains(key));
}

void TestKeychain::missingEntryIsReportedInWords()
{
    const SecretResult result = read(QStringLiteral("no-such-profile-%1").arg(QRandomGenerator::system()->generate()));
    QCOMPARE(result.status, SecretResult::Status::NotFound);
    QVERIFY(describe(result).contains(QLatin1String("No API key is stored")));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
