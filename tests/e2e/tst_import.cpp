// Bulk import: `paydesk-cli import` and the PayoutImport use case behind the window's Import.
// Every bad row is named by line and column and nothing is queued; a valid file queues every row
// with exact control totals; repeats need --allow-duplicates.
#include "CliDesk.h"

#include <QDir>

namespace {

const QString profileName = QStringLiteral("runs");
const QString usdt = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString tron2 = QStringLiteral("TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8");

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyBadRowIsNamed_data();
    void everyBadRowIsNamed();
    void validFileQueuesEveryRow();
    void duplicatesNeedTheFlag();
    void sameRecipientInAnotherSpelling_data();
    void sameRecipientInAnotherSpelling();
    void everyRowsWarningsAreListed();
    void takenThirdPartyIdIsRefused();
    void oversizedFileIsRefusedUnread();
    void longRunKeepsEveryRowWithItsId();

private:
    QString write(const QByteArray& content, const QString& name = QStringLiteral("run.csv"));
    CliRun import(const QString& path, bool allowDuplicates = false);
    int queuedCount();

    std::unique_ptr<CliDesk> m_desk;
};

void TestImport::init()
{
    m_desk = std::make_unique<CliDesk>();
    const CliRun set = m_desk->cli({QStringLiteral("profile"), QStringLiteral("set"), profileName,
                                    QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                                    QStringLiteral("--pid"), QString::number(SimFixture::pid)});
    QVERIFY2(set.exitCode == 0, set.err.constData());
}

void TestImport::cleanup()
{
    m_desk.reset();
}

QString TestImport::write(const QByteArray& content, const QString& name)
{
    const QString path = QDir(m_desk->path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

CliRun TestImport::import(const QString& path, bool allowDuplicates)
{
    QStringList args{QStringLiteral("import"), path};
    if (allowDuplicates) {
        args << QStringLiteral("--allow-duplicates");
    }
    return m_desk->as(profileName, args);
}

int TestImport::queuedCount()
{
    return int(m_desk->rows(profileName).size());
}

void TestImport::everyBadRowIsNamed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QList<QByteArray>>("messages"); // each must appear in the errors

    const QByteArray good = "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1.5\n";
    QTest::newRow("unknown column") << QByteArray("currency,to_address,amount,colour\n") + good
                                    << QList<QByteArray>{"line 1, column colour: unknown column; the columns are "
                                                         "currency, to_address, amount"};
    QTest::newRow("required column missing") << QByteArray("currency,amount\nUSDT-TRC20,1\n")
                                             << QList<QByteArray>{"line 1, column to_address: this column is required"};
    QTest::newRow("column twice") << QByteArray("currency,to_address,amount,Amount\n")
                                  << QList<QByteArray>{"line 1, column amount: the column appears twice"};
    QTest::newRow("several bad rows, each named")
        << QByteArray("currency,to_address,amount\n") + good + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT,1\n"
            + good + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1.1234567\n"
            + "NOPE,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1\n" + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,-3\n"
        << QList<QByteArray>{"line 3, column to_address:", "line 5, column amount:", "line 6, column currency:",
                             "line 7, column amount:", "nothing was queued: 4 problems"};
    QTest::newRow("record with embedded line break starts on its first line")
        << QByteArray("currency,to_address,amount,remark\n") + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,ok\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,2,\"two\nlines\"\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,x,after\n"
        << QList<QByteArray>{"line 3, column remark:", "line 5, column amount:"};
    QTest::newRow("too few fields") << QByteArray("currency,to_address,amount\nUSDT-TRC20,1.5\n")
                                    << QList<QByteArray>{"line 2: 2 fields where the header has 3"};
    QTest::newRow("invalid UTF-8") << QByteArray("currency,to_address,amount,remark\n") + good.trimmed()
            + ",ok\nUSDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,caf\xe9\n"
                                   << QList<QByteArray>{"line 3: bytes that are not UTF-8"};
    QTest::newRow("NUL byte") << QByteArray("currency,to_address,amount\n") + good
            + QByteArray("USDT-TRC20,T\0X,1\n", 18)
                              << QList<QByteArray>{"line 3: a NUL byte"};
    QTest::newRow("quote never closed") << QByteArray("currency,to_address,amount,remark\n") + good.trimmed()
            + ",\"open\n" << QList<QByteArray>{"line 2: a quote is never closed"};
    QTest::newRow("bad third_party_id") << QByteArray("currency,to_address,amount,third_party_id\n")
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1,has space\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,2,run-7-a\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,3,run-7-a\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,4,-A1\n"
            + "USDT-TRC20,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,5,_run\n"
                                        << QList<QByteArray>{
                                               "line 2, column third_party_id: use 1 to 64 letters",
                                               "line 4, column third_party_id: the same third_party_id as line 3",
                                               "line 5, column third_party_id: use 1 to 64 letters, digits, '-' or "
                                               "'_', starting with a letter or digit",
                                               "line 6, column third_party_id: use 1 to 64 letters"};
    QTest::newRow("field too long") << QByteArray("currency,to_address,amount,remark\n") + good.trimmed() + ","
            + QByteArray(5000, 'x')
            + "\n" << QList<QByteArray>{"line 2: a field longer than 4096 characters"};
    QTest::newRow("header only") << QByteArray("currency,to_address,amount\n")
                                 << QList<QByteArray>{"the file has a header but no payouts"};
}

void TestImport::everyBadRowIsNamed()
{
    QFETCH(QByteArray, file);
    QFETCH(QList<QByteArray>, messages);
    const CliRun run = import(write(file));
    QCOMPARE(run.exitCode, 1);
    for (const QByteArray& message : messages) {
        QVERIFY2(run.err.contains(message), qPrintable(QString::fromUtf8(message + "\n--- got:\n" + run.err)));
    }
    QVERIFY(run.out.isEmpty());
    QCOMPARE(queuedCount(), 0); // all or nothing
}

void TestImport::validFileQueuesEveryRow()
{
    // Semicolons, a byte order mark, CRLF and LF, columns in another order, quoted fields, coin
    // names and chain@token codes.
    const QByteArray file = QByteArray("\xEF\xBB\xBF")
        + "remark;amount;to_address;currency;wallet_id;third_party_id\r\n"
        + "\"rent; March\";12.5;TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS;USDT-TRC20;11434198045401088;run7-1\r\n"
        + "\"say \"\"hi\"\"\";0.000001;" + tron2.toLatin1() + ";" + usdt.toLatin1() + ";;run7-2\n"
        + "Überweisung;100;TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS;TRX;;\r\n";
    const CliRun run = import(write(file));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList ids = QString::fromUtf8(run.out).trimmed().split(u'\n');
    QCOMPARE(ids.size(), 3);
    QVERIFY2(run.err.contains("total USDT-TRC20 (" + usdt.toLatin1() + "): 2 payouts, 12.500001"), run.err.constData());
    QVERIFY2(run.err.contains("total TRX (195@195): 1 payout, 100"), run.err.constData());
    const QHash<QString, QJsonObject> rows = m_desk->rows(profileName);
    QCOMPARE(rows.size(), 3);
    const QJsonObject first = rows.value(ids.at(0));
    QCOMPARE(first.value(QLatin1String("state")).toString(), QStringLiteral("pending_approval"));
    QCOMPARE(first.value(QLatin1String("remark")).toString(), QStringLiteral("rent; March"));
    QCOMPARE(first.value(QLatin1String("amount")).toString(), QStringLiteral("12.5"));
    QCOMPARE(first.value(QLatin1String("wallet_id")).toString(), QStringLiteral("11434198045401088"));
    QCOMPARE(first.value(QLatin1String("third_party_id")).toString(), QStringLiteral("run7-1"));
    QCOMPARE(rows.value(ids.at(1)).value(QLatin1String("remark")).toString(), QStringLiteral("say \"hi\""));
    QCOMPARE(rows.value(ids.at(2)).value(QLatin1String("remark")).toString(), QString::fromUtf8("Überweisung"));
    QVERIFY(!rows.value(ids.at(2)).value(QLatin1String("third_party_id")).toString().isEmpty());
    // Queued for four eyes like any payout: the creator cannot approve them.
    QCOMPARE(m_desk->as(profileName, {QStringLiteral("approve"), ids.at(0)}).exitCode, 1);
    QCOMPARE(m_desk->as(profileName, {QStringLiteral("approve"), ids.at(0)}, QStringLiteral("bob")).exitCode, 0);
}

void TestImport::duplicatesNeedTheFlag()
{
    const QByteArray file = "currency,to_address,amount\nTRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,5\n"
                            "TRX,TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8,5\nTRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,5\n";
    const QString path = write(file);
    const CliRun refused = import(path);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 4: the same recipient, currency and amount as line 2"),
             refused.err.constData());
    QVERIFY2(refused.err.contains("--allow-duplicates"), refused.err.constData());
    QCOMPARE(queuedCount(), 0);
    const CliRun allowed = import(path, true);
    QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
    QCOMPARE(queuedCount(), 3);
    // The same run again matches the payouts just queued.
    const CliRun again = import(path);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("line 2: the same recipient, currency and amount as payout #"), again.err.constData());
    QVERIFY2(again.err.contains("of the last 30 days"), again.err.constData());
    QCOMPARE(queuedCount(), 3);
}

void TestImport::sameRecipientInAnotherSpelling_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    // One EVM account, checksummed and in lower case (EIP-55's own example); one bech32 address
    // in lower and upper case (BIP-173).
    QTest::newRow("EVM") << "ETH"
                         << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                         << "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
    QTest::newRow("bech32") << "BTC"
                            << "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
                            << "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4";
}

void TestImport::sameRecipientInAnotherSpelling()
{
    // Defect: the second spelling of one recipient passed as another recipient, in the file and
    // against the last 30 days.
    QFETCH(QString, currency);
    QFETCH(QString, first);
    QFETCH(QString, second);
    const auto file = [&](const QStringList& addresses) {
        QString text = QStringLiteral("currency,to_address,amount\n");
        for (const QString& address : addresses) {
            text += currency + u',' + address + QStringLiteral(",0.5\n");
        }
        return text.toUtf8();
    };
    const CliRun inFile = import(write(file({first, second})));
    QCOMPARE(inFile.exitCode, 1);
    QVERIFY2(inFile.err.contains("line 3: the same recipient, currency and amount as line 2"), inFile.err.constData());
    QCOMPARE(queuedCount(), 0);
    QVERIFY(import(write(file({first}))).exitCode == 0);
    const CliRun later = import(write(file({second}), QStringLiteral("later.csv")));
    QCOMPARE(later.exitCode, 1);
    QVERIFY2(later.err.contains("line 2: the same recipient, currency and amount as payout #"), later.err.constData());
    QCOMPARE(queuedCount(), 1);
}

void TestImport::everyRowsWarningsAreListed()
{
    // Defect: an XRP row without a destination tag was queued without a word, where `new` warns.
    const QString path = write("currency,to_address,amount,memo\n"
                               "XRP,rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh,5,\n"
                               "XRP,rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh,6,12345\n"
                               "TRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,7,\n");
    const CliRun run = import(path);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray warning = "warning: line 2, column memo:";
    QVERIFY2(run.err.contains(warning), run.err.constData());
    QVERIFY2(!run.err.contains("line 3, column memo:"), run.err.constData());
    // Listed before anything is reported queued, and counted in the last line.
    QVERIFY(run.err.indexOf(warning) < run.err.indexOf("queued 3 payout"));
    QVERIFY2(run.err.contains("queued 3 payouts for approval, with 1 warning"), run.err.constData());
}

void TestImport::takenThirdPartyIdIsRefused()
{
    const QString path
        = write("currency,to_address,amount,third_party_id\nTRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,5,inv-42\n");
    QCOMPARE(import(path).exitCode, 0);
    const QString again
        = write("currency,to_address,amount,third_party_id\nTRX,TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8,6,inv-42\n",
                QStringLiteral("again.csv"));
    // Even with the flag: a third_party_id is Cregis's idempotency key, one payout each.
    const CliRun refused = import(again, true);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("line 2, column third_party_id: already used by a payout in this store"),
             refused.err.constData());
    QCOMPARE(queuedCount(), 1);
}

void TestImport::oversizedFileIsRefusedUnread()
{
    const QString path = QDir(m_desk->path()).filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(65LL * 1024 * 1024)); // sparse: no need to write it
    file.close();
    const CliRun run = import(path);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("is larger than 64 MB"), run.err.constData());
}

void TestImport::longRunKeepsEveryRowWithItsId()
{
    // More rows than one INSERT statement carries (200): the ids printed are in the file's order
    // and each belongs to its own row.
    QByteArray file = "currency,to_address,amount,remark\n";
    for (int i = 0; i < 450; ++i) {
        file += "TRX," + (i % 2 ? tron2.toLatin1() : tron.toLatin1()) + "," + QByteArray::number(i + 1) + ",row "
            + QByteArray::number(i) + "\n";
    }
    const CliRun run = import(write(file));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList ids = QString::fromUtf8(run.out).trimmed().split(u'\n');
    QCOMPARE(ids.size(), 450);
    const QHash<QString, QJsonObject> rows = m_desk->rows(profileName);
    for (int i = 0; i < ids.size(); ++i) {
        const QJsonObject row = rows.value(ids.at(i));
        QCOMPARE(row.value(QLatin1String("remark")).toString(), QStringLiteral("row %1").arg(i));
        QCOMPARE(row.value(QLatin1String("amount")).toString(), QString::number(i + 1));
    }
    // Every payout's creation is in the hash-chained audit log.
    const CliRun verify = m_desk->as(profileName, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, verify.err.constData());
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
