// History exports: `paydesk-cli export` and the HistoryExport use case behind the window's Export,
// read back with readers written apart from PayDesk (strict RFC 4180, .xlsx through unzip).
#include "CliDesk.h"
#include "FakeClock.h"
#include "HistoryGenerator.h"
#include "StrictCsv.h"
#include "TestStore.h"
#include "XlsxReader.h"

#include "csv/HistoryRecord.h"
#include "exchange/HistoryExport.h"

#include <QDir>
#include <QSignalSpy>

using namespace paydesk;

namespace {

const QString profileName = QStringLiteral("books");
const QString header = QStringLiteral("id,created_at,created_by,approved_by,state,cregis_status,cid,third_party_id,"
                                      "wallet_id,currency,coin,from_address,to_address,amount,memo,remark,"
                                      "submitted_at,txid,block_time");

payout::PayoutFields rawFields(const QString& remark, const QString& amount, int decimals = 6,
                               const QString& coin = QStringLiteral("USDT-TRC20"))
{
    // Written to the store as they are, past the form's checks: a file from another tool or an
    // older version may hold remarks the form refuses today (line breaks, tabs).
    payout::PayoutFields fields;
    fields.currency = coin == QLatin1String("ETH") ? QStringLiteral("60@60")
                                                   : QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    fields.coinName = coin;
    fields.toAddress = tron;
    fields.amount = *money::Amount::parse(amount, decimals).amount;
    fields.walletId = 11434198045401088; // 17 digits: a double has 15 to 16
    fields.remark = remark;
    fields.memo = QStringLiteral("=memo");
    return fields;
}

// The tricky remarks of acceptance point 1.
const QStringList remarks{
    QStringLiteral("plain"),
    QStringLiteral("say \"hi\", then leave"),
    QStringLiteral("two\nlines\r\nand a CRLF"),
    QString::fromUtf8("Überweisung für März — 支払い"),
    QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
    QStringLiteral("+1 555"),
    QStringLiteral("-5"),
    QStringLiteral("@SUM(A1:A9)"),
    QStringLiteral("\tindented"),
    QStringLiteral("\rreturn first"),
    QStringLiteral(" leading space"),
};

QString guarded(const QString& value)
{
    if (value.isEmpty()) {
        return value;
    }
    const QChar c = value.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ? u'\'' + value : value;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void csvReadsBackAsTheStore();
    void byteOrderMarkOnRequest();
    void filtersByStatusAndDates();
    void workbookKeepsEveryDigit();
    void cancelledExportLeavesNoFile();
    void failedExportLeavesNoFile();
    void badArguments_data();
    void badArguments();

private:
    // Seeds the profile's store with the tricky payouts; one of them submitted with a cid above 2^53.
    void seed();
    QString file(const QString& name) const { return QDir(m_out->path()).filePath(name); }

    std::unique_ptr<CliDesk> m_desk;
    std::unique_ptr<QTemporaryDir> m_out; // where the exports go, fresh for each test
    FakeClock m_clock{1717243200000}; // 2024-06-01T12:00:00Z
    QList<qint64> m_ids;
};

void TestExport::init()
{
    m_desk = std::make_unique<CliDesk>();
    m_out = std::make_unique<QTemporaryDir>();
    m_clock.set(1717243200000);
    const CliRun set = m_desk->cli({QStringLiteral("profile"), QStringLiteral("set"), profileName,
                                    QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                                    QStringLiteral("--pid"), QString::number(SimFixture::pid)});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    m_ids.clear();
}

void TestExport::cleanup()
{
    m_desk.reset();
    m_out.reset();
}

void TestExport::seed()
{
    TestStore store = TestStore::open(m_desk->database(),
                                      {profileName, SimFixture::pid, QStringLiteral("http://127.0.0.1:9")}, m_clock);
    QVERIFY(store);
    for (const QString& remark : remarks) {
        m_ids << *store->addPayout(rawFields(remark, QStringLiteral("12345678901.123456")), QStringLiteral("alice"));
        m_clock.advance(24 * 3600 * 1000);
    }
    // Text a gateway or an older file gave, in columns that are not free text: a third_party_id
    // and a txid that start like formulas are guarded like a remark.
    const std::optional<QList<qint64>> formulaId
        = store->addPayouts({{rawFields(QStringLiteral("formula id"), QStringLiteral("1")), QStringLiteral("-A1")}},
                            QStringLiteral("alice"));
    QVERIFY(formulaId);
    m_ids << formulaId->first();
    // 18 decimals and 29 digits in all: a spreadsheet number keeps 15.
    m_ids << *store->addPayout(
        rawFields(QStringLiteral("eth"), QStringLiteral("12345678901.123456789012345678"), 18, QStringLiteral("ETH")),
        QStringLiteral("=cmd|' /C calc'!A0"));
    const qint64 sent = m_ids.at(1);
    QVERIFY(store.approvals().approve(sent, QStringLiteral("bob"), {}));
    QVERIFY(store->claimForSubmission(sent, {payout::PayoutState::Approved}, {}, QStringLiteral("bob")).claimed);
    QVERIFY(store->recordSubmitted(sent, 9007199254740993, QStringLiteral("bob")));
    QVERIFY(store->recordCregisProgress(sent, {6, QStringLiteral("0xfeed"), QStringLiteral("812"), 1717329600123},
                                        QStringLiteral("poller")));
}

void TestExport::csvReadsBackAsTheStore()
{
    seed();
    const CliRun run = m_desk->as(profileName, {QStringLiteral("export"), file(QStringLiteral("all.csv"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile written(file(QStringLiteral("all.csv")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QString error;
    const auto records = StrictCsv::parse(bytes, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->first().join(u','), header);
    QCOMPARE(records->size(), m_ids.size() + 1);

    TestStore store = TestStore::open(m_desk->database(),
                                      {profileName, SimFixture::pid, QStringLiteral("http://127.0.0.1:9")}, m_clock);
    const QStringList columns = csv::HistoryRecord::columnNames();
    // Oldest first; each field equal to the store's, guarded where it starts like a formula (in any
    // column) and nothing else changed.
    for (qsizetype row = 1; row < records->size(); ++row) {
        const std::optional<payout::Payout> p = store->payout(m_ids.at(row - 1));
        QVERIFY(p);
        const QStringList expected = csv::HistoryRecord::fields(*p);
        for (qsizetype column = 0; column < columns.size(); ++column) {
            const QString want = guarded(expected.at(column));
            QVERIFY2(records->at(row).at(column) == want,
                     qPrintable(QStringLiteral("row %1 %2: %3 != %4")
                                    .arg(row)
                                    .arg(columns.at(column), records->at(row).at(column), want)));
        }
    }
    const QStringList sent = records->at(2);
    QCOMPARE(sent.at(columns.indexOf(QStringLiteral("cid"))), QStringLiteral("9007199254740993"));
    QCOMPARE(sent.at(columns.indexOf(QStringLiteral("wallet_id"))), QStringLiteral("11434198045401088"));
    QCOMPARE(sent.at(columns.indexOf(QStringLiteral("amount"))), QStringLiteral("12345678901.123456"));
    QCOMPARE(sent.at(columns.indexOf(QStringLiteral("block_time"))), QStringLiteral("2024-06-02T12:00:00.123Z"));
    QCOMPARE(sent.at(columns.indexOf(QStringLiteral("remark"))), remarks.at(1));
    QCOMPARE(records->last().at(columns.indexOf(QStringLiteral("amount"))),
             QStringLiteral("12345678901.123456789012345678"));
    QCOMPARE(records->last().at(columns.indexOf(QStringLiteral("created_by"))), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(records->at(5).at(columns.indexOf(QStringLiteral("remark"))),
             QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(records->at(3).at(columns.indexOf(QStringLiteral("remark"))), remarks.at(2));
    QCOMPARE(records->at(records->size() - 2).at(columns.indexOf(QStringLiteral("third_party_id"))),
             QStringLiteral("'-A1"));
}

void TestExport::byteOrderMarkOnRequest()
{
    seed();
    QCOMPARE(
        m_desk->as(profileName, {QStringLiteral("export"), file(QStringLiteral("excel.csv")), QStringLiteral("--bom")})
            .exitCode,
        0);
    QFile written(file(QStringLiteral("excel.csv")));
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,created_at,"));
    QString error;
    QVERIFY2(StrictCsv::parse(bytes.mid(3), &error), qPrintable(error));
}

void TestExport::filtersByStatusAndDates()
{
    seed();
    const auto exported = [this](const QStringList& options) {
        const QString path = file(QStringLiteral("filtered.csv"));
        const CliRun run = m_desk->as(profileName, QStringList{QStringLiteral("export"), path} + options);
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
        }
        QList<QStringList> rows;
        if (run.exitCode == 0) {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            QString error;
            rows = StrictCsv::parse(f.readAll(), &error).value_or(QList<QStringList>{});
            if (rows.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return rows;
            }
            rows.removeFirst();
        }
        return rows;
    };
    const QList<QStringList> submitted = exported({QStringLiteral("--status"), QStringLiteral("submitted")});
    QCOMPARE(submitted.size(), 1);
    QCOMPARE(submitted.first().first(), QString::number(m_ids.at(1)));
    // Created on 2024-06-01, 06-02, ... at 12:00 UTC: the 2nd to the 4th of June, whole days.
    const QList<QStringList> days = exported({QStringLiteral("--since"), QStringLiteral("2024-06-02"),
                                              QStringLiteral("--until"), QStringLiteral("2024-06-04")});
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.first().first(), QString::number(m_ids.at(1)));
    // An instant is an exclusive end.
    const QList<QStringList> before = exported({QStringLiteral("--until"), QStringLiteral("2024-06-02T12:00:00Z")});
    QCOMPARE(before.size(), 1);
    const QList<QStringList> offset
        = exported({QStringLiteral("--since"), QStringLiteral("2024-06-11T14:00:00+02:00")});
    QCOMPARE(offset.size(), 3); // the 11th at 12:00 UTC is 14:00 at +02:00, the formula id's and the ETH payout
}

void TestExport::workbookKeepsEveryDigit()
{
    seed();
    const QString path = file(QStringLiteral("all.xlsx"));
    const CliRun run = m_desk->as(profileName, {QStringLiteral("export"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    XlsxReader book;
    QString error;
    QVERIFY2(book.read(path, &error), qPrintable(error));
    QVERIFY(!book.hasFormula());
    QVERIFY(book.headerFrozen());
    QVERIFY(book.hasAutoFilter());
    QCOMPARE(book.rowCount(), m_ids.size() + 1);
    const QStringList columns = csv::HistoryRecord::columnNames();
    const auto at = [&](int row, const char* name) {
        return book.cell(row, columns.indexOf(QLatin1String(name)));
    };
    for (int column = 0; column < columns.size(); ++column) {
        QCOMPARE(book.cell(1, column).text, columns.at(column));
    }
    TestStore store = TestStore::open(m_desk->database(),
                                      {profileName, SimFixture::pid, QStringLiteral("http://127.0.0.1:9")}, m_clock);
    for (int row = 2; row <= book.rowCount(); ++row) {
        const payout::Payout p = *store->payout(m_ids.at(row - 2));
        // Ids and amounts are text cells holding exactly the stored text.
        for (const char* name : {"id", "wallet_id", "amount", "third_party_id", "to_address"}) {
            QVERIFY2(at(row, name).type == QLatin1String("inlineStr") || at(row, name).type == QLatin1String("s")
                         || at(row, name).type == QLatin1String("str"),
                     name);
        }
        QCOMPARE(at(row, "id").text, QString::number(p.id));
        QCOMPARE(at(row, "wallet_id").text, QStringLiteral("11434198045401088"));
        QCOMPARE(at(row, "amount").text, p.fields.amount.toCanonical());
        QCOMPARE(at(row, "remark").text, guarded(p.fields.remark));
        QCOMPARE(at(row, "memo").text, QStringLiteral("'=memo"));
        // Creation time: a number (a date-time cell) with a date-time format, in UTC.
        QVERIFY(at(row, "created_at").type.isEmpty() || at(row, "created_at").type == QLatin1String("n"));
        QVERIFY(book.numberFormat(at(row, "created_at").style).startsWith(QLatin1String("yyyy-mm-dd")));
        const double serial = at(row, "created_at").text.toDouble();
        QCOMPARE(qRound64((serial - 25569.0) * 86400000.0), p.createdAtMs);
    }
    QCOMPARE(at(3, "cid").text, QStringLiteral("9007199254740993"));
    QCOMPARE(at(book.rowCount(), "amount").text, QStringLiteral("12345678901.123456789012345678"));
    QCOMPARE(at(book.rowCount(), "created_by").text, QStringLiteral("'=cmd|' /C calc'!A0"));
    // The extra column is a number for sums.
    const XlsxReader::Cell number = book.cell(2, int(columns.size()));
    QVERIFY(number.type.isEmpty() || number.type == QLatin1String("n"));
    QCOMPARE(number.text.toDouble(), 12345678901.123456);
}

void TestExport::cancelledExportLeavesNoFile()
{
    const store::StoreScope scope{profileName, SimFixture::pid, QStringLiteral("http://127.0.0.1:9")};
    HistoryGenerator::Options options;
    options.count = 3 * exchange::HistoryExport::pageRows;
    QString error;
    QVERIFY2(HistoryGenerator::generate(m_desk->database(), scope, options, &error), qPrintable(error));
    TestStore store = TestStore::open(m_desk->database(), scope, m_clock);
    for (const QString& name : {QStringLiteral("big.csv"), QStringLiteral("big.xlsx")}) {
        // A file of that name from before stays as it was until a new one is whole.
        const QString target = file(name);
        QFile before(target);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("the old export\n");
        before.close();
        exchange::HistoryExport job(*store, store::PayoutQuery::every(), target);
        QSignalSpy finished(&job, &exchange::HistoryExport::finished);
        connect(&job, &exchange::HistoryExport::progress, &job, [&job](qint64 written, qint64 total) {
            QCOMPARE(total, qint64(3 * exchange::HistoryExport::pageRows));
            if (written > 0) {
                job.cancel(); // after the first page
            }
        });
        job.start();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<exchange::ExportResult>();
        QCOMPARE(int(result.kind), int(exchange::ExportResult::Kind::Cancelled));
        QCOMPARE(result.rows, qint64(exchange::HistoryExport::pageRows));
        QFile after(target);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), QByteArray("the old export\n"));
        QFile::remove(target);
        QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
}

void TestExport::failedExportLeavesNoFile()
{
    seed();
    // A folder that is not there: nothing can be written, and nothing is.
    const QString target = file(QStringLiteral("missing/out.csv"));
    const CliRun run = m_desk->as(profileName, {QStringLiteral("export"), target});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no file is left behind"), run.err.constData());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QDir(m_out->path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestExport::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no file") << QStringList{} << QByteArray("export FILE");
    QTest::newRow("two files") << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")}
                               << QByteArray("export FILE");
    QTest::newRow("unknown status") << QStringList{QStringLiteral("a.csv"), QStringLiteral("--status"),
                                                   QStringLiteral("paid")}
                                    << QByteArray("--status: use one of");
    QTest::newRow("not a date") << QStringList{QStringLiteral("a.csv"), QStringLiteral("--since"),
                                               QStringLiteral("May")}
                                << QByteArray("--since: \"May\" is not a date");
    QTest::newRow("time without zone") << QStringList{QStringLiteral("a.csv"), QStringLiteral("--until"),
                                                      QStringLiteral("2024-05-01T12:00:00")}
                                       << QByteArray("--until: \"2024-05-01T12:00:00\" is not a date");
    QTest::newRow("bom on a workbook") << QStringList{QStringLiteral("a.xlsx"), QStringLiteral("--bom")}
                                       << QByteArray("--bom: only for a CSV file");
}

void TestExport::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const CliRun run = m_desk->as(profileName, QStringList{QStringLiteral("export")} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
