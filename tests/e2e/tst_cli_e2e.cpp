// paydesk-cli end to end: separate processes, the real OS keychain (a Secret Service on a private
// bus), a real SQLite file and the simulator over HTTP on loopback.
#include "CliRunner.h"
#include "SimFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The simulator fails every transaction to this (valid) address with Cregis status 7.
const QString failingRecipient = QStringLiteral("TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8");

QString queueAndApprove(const QString& dataDir, const QString& to, const QString& amount)
{
    const CliRun queued = runCli(dataDir,
                                 {QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("TRX"),
                                  QStringLiteral("--to"), to, QStringLiteral("--amount"), amount});
    const QString id = queued.lastLine();
    runCli(dataDir, {QStringLiteral("approve"), id}, {}, QStringLiteral("bob"));
    return id;
}

} // namespace

class TestCliEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paysAgainstSimulator();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void warningsStillQueue_data();
    void warningsStillQueue();
    void currencies();
    void refreshFollowsStatusUntilFinal();
    void auditVerifyNamesFirstAlteredRow();
    void rejectAndCancelAreFinal();
    void thresholdPolicyNeedsTwoApprovers();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    QString m_key;
    std::unique_ptr<SimFixture> m_sim;
    QTemporaryDir m_dir;
};

void TestCliEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_key = QStringLiteral("e2e-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    m_sim = std::make_unique<SimFixture>(m_key.toUtf8(),
                                         QStringList{QStringLiteral("--inner-address"),
                                                     QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
                                                     QStringLiteral("--status-fail-to"), failingRecipient});
    QVERIFY(m_sim->isReady());

    const CliRun set
        = runCli(m_dir.path(),
                 {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("e2e"), QStringLiteral("--base-url"),
                  m_sim->baseUrl(), QStringLiteral("--pid"), QString::number(SimFixture::pid),
                  QStringLiteral("--wallet-id"), QStringLiteral("11434198045401088")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const CliRun key
        = runCli(m_dir.path(), {QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("e2e")},
                 m_key.toUtf8() + '\n');
    QVERIFY2(key.exitCode == 0, key.err.constData());
    const CliRun check
        = runCli(m_dir.path(), {QStringLiteral("credentials"), QStringLiteral("check"), QStringLiteral("e2e")});
    QVERIFY2(check.exitCode == 0, check.err.constData());
    QVERIFY(check.out.startsWith("ok"));
}

void TestCliEndToEnd::paysAgainstSimulator()
{
    const CliRun queued = runCli(m_dir.path(),
                                 {QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("USDT-TRC20"),
                                  QStringLiteral("--to"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                                  QStringLiteral("--amount"), QStringLiteral("1.5"), QStringLiteral("--remark"),
                                  QStringLiteral("=invoice 7")});
    QVERIFY2(queued.exitCode == 0, queued.err.constData());
    const QString id = queued.lastLine();
    QVERIFY(id.toLongLong() > 0);

    // The creator cannot approve it, and an unapproved payout is not sent.
    const CliRun selfApproval = runCli(m_dir.path(), {QStringLiteral("approve"), id});
    QCOMPARE(selfApproval.exitCode, 1);
    QVERIFY2(selfApproval.out.contains("cannot also approve it"), selfApproval.out.constData());
    const CliRun early = runCli(m_dir.path(), {QStringLiteral("submit"), id});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.out.contains("skipped\t"), early.out.constData());
    const auto none = m_sim->payouts();
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    const CliRun approved = runCli(m_dir.path(), {QStringLiteral("approve"), id}, {}, QStringLiteral("bob"));
    QVERIFY2(approved.exitCode == 0, approved.out.constData());
    QVERIFY(approved.out.contains("approved"));

    const CliRun submitted = runCli(m_dir.path(), {QStringLiteral("submit"), id});
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData() + submitted.out);
    const QStringList columns = QString::fromUtf8(submitted.out).trimmed().split(u'\t');
    QCOMPARE(columns.value(0), id);
    QCOMPARE(columns.value(1), QStringLiteral("submitted"));
    const QString cid = columns.value(2);
    QVERIFY(cid.toLongLong() > (qint64(1) << 53));

    // The simulator holds exactly this payout once, with the exact cid and the profile's wallet.
    int matches = 0;
    const auto recorded = m_sim->payouts();
    QVERIFY(recorded);
    for (const auto& entry : *recorded) {
        const QJsonObject payout = entry.toObject();
        if (payout.value(QLatin1String("cid")).toString() == cid) {
            ++matches;
            QCOMPARE(payout.value(QLatin1String("amount")).toString(), QStringLiteral("1.5"));
            QCOMPARE(payout.value(QLatin1String("wallet_id")).toString(), QStringLiteral("11434198045401088"));
        }
    }
    QCOMPARE(matches, 1);

    const CliRun csv
        = runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    // RFC 4180, fields quoted only when they need it.
    QCOMPARE(lines.first(),
             QByteArray("id,created_at,created_by,approved_by,state,cregis_status,cid,third_party_id,"
                        "wallet_id,currency,coin,from_address,to_address,amount,memo,remark,"
                        "submitted_at,txid,block_time\r"));
    QVERIFY(csv.out.contains("," + cid.toUtf8() + ","));
    QVERIFY(csv.out.contains(",'=invoice 7,")); // formula guard on free text
    QVERIFY(csv.out.contains(",11434198045401088,"));

    const CliRun json
        = runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject row = QJsonDocument::fromJson(json.out).array().first().toObject();
    QCOMPARE(row.value(QLatin1String("cid")).toString(), cid);
    QCOMPARE(row.value(QLatin1String("amount")).toString(), QStringLiteral("1.5"));
    QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
    QVERIFY(row.value(QLatin1String("created_at")).toString().endsWith(u'Z'));

    const CliRun table = runCli(m_dir.path(), {QStringLiteral("list")});
    QVERIFY(table.out.contains(cid.toUtf8()));

    // Submitting it again sends nothing: it is already at Cregis, which leaves nothing to do
    // (exit 0, the same rule as for --all-approved), and the line says it was skipped.
    const auto before = m_sim->payouts();
    QVERIFY(before);
    const CliRun again = runCli(m_dir.path(), {QStringLiteral("submit"), id});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("\tskipped\t"), again.out.constData());
    QCOMPARE(m_sim->payouts().value_or(QJsonArray{}).size(), before->size());
}

void TestCliEndToEnd::rejectsBadInput_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("memo");
    QTest::addColumn<QString>("message");
    const QString tron = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
    QTest::newRow("amount abc") << "USDT-TRC20" << tron << "abc"
                                << ""
                                << "Amount: use digits";
    QTest::newRow("amount 1e5") << "USDT-TRC20" << tron << "1e5"
                                << ""
                                << "Amount: use digits";
    QTest::newRow("amount -1") << "USDT-TRC20" << tron << "-1"
                               << ""
                               << "Amount: use digits";
    QTest::newRow("amount 0") << "USDT-TRC20" << tron << "0"
                              << ""
                              << "Amount: must be more than zero";
    QTest::newRow("too many decimals") << "USDT-TRC20" << tron << "1.1234567"
                                       << ""
                                       << "at most 6 digits";
    QTest::newRow("memo on TRX") << "195@195" << tron << "1"
                                 << "42"
                                 << "Memo: TRX payouts carry no memo";
    QTest::newRow("empty address") << "TRX"
                                   << ""
                                   << "1"
                                   << ""
                                   << "Recipient address: required";
    QTest::newRow("address checksum") << "USDT-TRC20"
                                      << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FT"
                                      << "1"
                                      << ""
                                      << "Recipient address: the checksum does not match";
    QTest::newRow("EVM address on TRON") << "USDT-TRC20"
                                         << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
                                         << "1"
                                         << ""
                                         << "Recipient address: this is an address for another network";
    QTest::newRow("cyrillic letter") << "USDT-TRC20" << QString::fromUtf8("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1F\u0430")
                                     << "1"
                                     << ""
                                     << "U+0430 CYRILLIC SMALL LETTER A";
    QTest::newRow("amount 1,5") << "USDT-TRC20" << tron << "1,5"
                                << ""
                                << "Amount: use digits";
    QTest::newRow("amount .5") << "USDT-TRC20" << tron << ".5"
                               << ""
                               << "Amount: use digits";
    QTest::newRow("amount 40 digits") << "USDT-TRC20" << tron << QString(40, u'9') << ""
                                      << "Amount: too large";
    QTest::newRow("unknown currency") << "NOPE" << tron << "1"
                                      << ""
                                      << "Currency: not a currency";
}

void TestCliEndToEnd::rejectsBadInput()
{
    QFETCH(QString, currency);
    QFETCH(QString, to);
    QFETCH(QString, amount);
    QFETCH(QString, memo);
    QFETCH(QString, message);
    const QString before = QString::fromUtf8(
        runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}).out);
    QStringList args{QStringLiteral("new"),
                     QStringLiteral("--currency"),
                     currency,
                     QStringLiteral("--to"),
                     to,
                     QStringLiteral("--amount"),
                     amount};
    if (!memo.isEmpty()) {
        args << QStringLiteral("--memo") << memo;
    }
    const CliRun run = runCli(m_dir.path(), args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
    const QString after = QString::fromUtf8(
        runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}).out);
    QCOMPARE(after, before); // nothing queued
}

void TestCliEndToEnd::warningsStillQueue_data()
{
    QTest::addColumn<QStringList>("first"); // queued before, to make history
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("warning");
    const QStringList eth{QStringLiteral("new"),      QStringLiteral("--currency"), QStringLiteral("ETH"),
                          QStringLiteral("--amount"), QStringLiteral("0.1"),        QStringLiteral("--to")};
    QTest::newRow("look-alike recipient")
        << (eth + QStringList{QStringLiteral("0xab00000000000000000000000000000000001234")})
        << (eth + QStringList{QStringLiteral("0xab99999999999999999999999999999999991234")})
        << "looks like another address already used";
    QTest::newRow("no EIP-55 checksum") << QStringList{}
                                        << (eth
                                            + QStringList{QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed")})
                                        << "carries no checksum";
    QTest::newRow("online: the project's own address")
        << QStringList{}
        << QStringList{QStringLiteral("new"),
                       QStringLiteral("--currency"),
                       QStringLiteral("TRX"),
                       QStringLiteral("--amount"),
                       QStringLiteral("1"),
                       QStringLiteral("--to"),
                       QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
                       QStringLiteral("--check-online")}
        << "one of the project's own addresses";
    QTest::newRow("XRP without destination tag") << QStringList{}
                                                 << QStringList{QStringLiteral("new"),
                                                                QStringLiteral("--currency"),
                                                                QStringLiteral("XRP"),
                                                                QStringLiteral("--amount"),
                                                                QStringLiteral("1"),
                                                                QStringLiteral("--to"),
                                                                QStringLiteral("rn5Jyu5J6PG64543KdGvS25rQBYFQo7GLc")}
                                                 << "usually need one";
}

void TestCliEndToEnd::warningsStillQueue()
{
    QFETCH(QStringList, first);
    QFETCH(QStringList, args);
    QFETCH(QString, warning);
    if (!first.isEmpty()) {
        QCOMPARE(runCli(m_dir.path(), first).exitCode, 0);
    }
    const CliRun run = runCli(m_dir.path(), args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("warning: ")), run.err.constData());
    QVERIFY2(QString::fromUtf8(run.err).contains(warning), run.err.constData());
    QVERIFY(run.lastLine().toLongLong() > 0);
}

void TestCliEndToEnd::currencies()
{
    const CliRun list = runCli(m_dir.path(), {QStringLiteral("currency"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    // Fetched from the simulator by `credentials check`, cached per profile: TON and its 9 decimals.
    QVERIFY2(list.out.contains("607@607\tTON\t9"), list.out.constData());
    QVERIFY(list.out.contains("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\tUSDT-TRC20\t6"));
    const CliRun known = runCli(m_dir.path(),
                                {QStringLiteral("currency"), QStringLiteral("set-decimals"),
                                 QStringLiteral("USDT-TRC20"), QStringLiteral("2")});
    QCOMPARE(known.exitCode, 1);
    QVERIFY(known.err.contains("already has 6 decimal places"));
}

void TestCliEndToEnd::refreshFollowsStatusUntilFinal()
{
    const QString paid
        = queueAndApprove(m_dir.path(), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"), QStringLiteral("2"));
    const QString failed = queueAndApprove(m_dir.path(), failingRecipient, QStringLiteral("3"));
    const CliRun sent = runCli(m_dir.path(), {QStringLiteral("submit"), paid, failed}, {}, QStringLiteral("carol"));
    QVERIFY2(sent.exitCode == 0, sent.out.constData());
    // The simulator moves 5 -> 1 -> final, one step per query.
    QStringList statuses;
    for (int i = 0; i < 3; ++i) {
        const CliRun refreshed = runCli(m_dir.path(), {QStringLiteral("refresh")});
        QCOMPARE(refreshed.exitCode, 0);
    }
    const CliRun json
        = runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    int checked = 0;
    for (const QJsonValue& entry : QJsonDocument::fromJson(json.out).array()) {
        const QJsonObject row = entry.toObject();
        const QString id = row.value(QLatin1String("id")).toString();
        if (id != paid && id != failed) {
            continue;
        }
        ++checked;
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("submitted"));
        QCOMPARE(row.value(QLatin1String("cregis_status")).toString(),
                 id == paid ? QStringLiteral("6") : QStringLiteral("7"));
        QCOMPARE(row.value(QLatin1String("txid")).toString().size(), 64);
        QVERIFY(row.value(QLatin1String("block_time")).toString().endsWith(u'Z'));
    }
    QCOMPARE(checked, 2);
}

void TestCliEndToEnd::auditVerifyNamesFirstAlteredRow()
{
    QTemporaryDir dir;
    runCli(dir.path(),
           {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("audit"), QStringLiteral("--base-url"),
            m_sim->baseUrl(), QStringLiteral("--pid"), QString::number(SimFixture::pid)});
    const QString first
        = queueAndApprove(dir.path(), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"), QStringLiteral("1"));
    queueAndApprove(dir.path(), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"), QStringLiteral("2"));
    const CliRun intact = runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(intact.exitCode, 0);
    QVERIFY(intact.out.startsWith("audit log intact: 4 events"));

    const auto tamper = [&dir](const QString& statement) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(dir.filePath(QStringLiteral("payouts.sqlite")));
        const bool done = db.open() && QSqlQuery(db).exec(statement);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return done;
    };
    // Someone raises the amount of the first payout behind PayDesk's back.
    QVERIFY(tamper(QStringLiteral("UPDATE payouts SET amount = '1000' WHERE id = %1").arg(first)));
    const CliRun payoutAltered = runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(payoutAltered.exitCode, 1);
    QVERIFY2(payoutAltered.out.contains(QStringLiteral("(payout %1)").arg(first).toUtf8()),
             payoutAltered.out.constData());
    // ...and then covers their tracks in the log: the log itself names the first broken event.
    QVERIFY(tamper(QStringLiteral("UPDATE audit_events SET detail = 'nothing to see' WHERE id = 2")));
    const CliRun eventAltered = runCli(dir.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(eventAltered.exitCode, 1);
    QVERIFY2(eventAltered.out.contains("at event 2"), eventAltered.out.constData());
}

void TestCliEndToEnd::rejectAndCancelAreFinal()
{
    const CliRun queued = runCli(m_dir.path(),
                                 {QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("TRX"),
                                  QStringLiteral("--to"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                                  QStringLiteral("--amount"), QStringLiteral("4")});
    const QString rejected = queued.lastLine();
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("reject"), rejected}, {}, QStringLiteral("bob")).exitCode, 2);
    QCOMPARE(runCli(m_dir.path(),
                    {QStringLiteral("reject"), rejected, QStringLiteral("--reason"), QStringLiteral("dup")}, {},
                    QStringLiteral("bob"))
                 .exitCode,
             0);
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("approve"), rejected}, {}, QStringLiteral("carol")).exitCode, 1);
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("submit"), rejected}).exitCode, 1);

    const QString cancelled = runCli(m_dir.path(),
                                     {QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("TRX"),
                                      QStringLiteral("--to"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                                      QStringLiteral("--amount"), QStringLiteral("5")})
                                  .lastLine();
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("cancel"), cancelled}, {}, QStringLiteral("bob")).exitCode, 1);
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("cancel"), cancelled}).exitCode, 0);
    QCOMPARE(runCli(m_dir.path(), {QStringLiteral("approve"), cancelled}, {}, QStringLiteral("bob")).exitCode, 1);
    const CliRun list
        = runCli(m_dir.path(), {QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("cancelled")});
    QVERIFY(list.out.contains(cancelled.toUtf8() + "\tcancelled"));
}

void TestCliEndToEnd::thresholdPolicyNeedsTwoApprovers()
{
    QTemporaryDir dir;
    runCli(dir.path(),
           {QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("policy"), QStringLiteral("--base-url"),
            m_sim->baseUrl(), QStringLiteral("--pid"), QString::number(SimFixture::pid)});
    const CliRun set = runCli(dir.path(),
                              {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--threshold"),
                               QStringLiteral("USDT-TRC20:1000:2")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY(set.out.contains("threshold\t195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t\t1000\t2"));
    const auto queue = [&dir](const QString& amount) {
        return runCli(dir.path(),
                      {QStringLiteral("new"), QStringLiteral("--currency"), QStringLiteral("USDT-TRC20"),
                       QStringLiteral("--to"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"),
                       QStringLiteral("--amount"), amount})
            .lastLine();
    };
    const QString small = queue(QStringLiteral("999.99"));
    const QString large = queue(QStringLiteral("1000"));
    QVERIFY(runCli(dir.path(), {QStringLiteral("approve"), small}, {}, QStringLiteral("bob")).out.contains("approved"));
    const CliRun first = runCli(dir.path(), {QStringLiteral("approve"), large}, {}, QStringLiteral("bob"));
    QVERIFY2(first.out.contains("recorded\t1 of 2 approvals"), first.out.constData());
    const CliRun again = runCli(dir.path(), {QStringLiteral("approve"), large}, {}, QStringLiteral("bob"));
    QCOMPARE(again.exitCode, 1); // the same person twice is still one approver
    const CliRun second = runCli(dir.path(), {QStringLiteral("approve"), large}, {}, QStringLiteral("carol"));
    QVERIFY2(second.out.contains(large.toUtf8() + "\tapproved"), second.out.constData());
}

void TestCliEndToEnd::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("new without amount") << QStringList{QStringLiteral("new"), QStringLiteral("--currency"),
                                                       QStringLiteral("TRX"), QStringLiteral("--to"),
                                                       QStringLiteral("T")};
    QTest::newRow("submit nothing") << QStringList{QStringLiteral("submit")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("plain http to remote") << QStringList{QStringLiteral("profile"),
                                                         QStringLiteral("set"),
                                                         QStringLiteral("x"),
                                                         QStringLiteral("--base-url"),
                                                         QStringLiteral("http://example.com"),
                                                         QStringLiteral("--pid"),
                                                         QStringLiteral("1")};
}

void TestCliEndToEnd::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const CliRun run = runCli(m_dir.path(), args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("error: "));
}

QTEST_GUILESS_MAIN(TestCliEndToEnd)
#include "tst_cli_e2e.moc"
