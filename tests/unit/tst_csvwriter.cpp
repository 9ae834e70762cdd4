#include "csv/CsvWriter.h"
#include "csv/HistoryRecord.h"

#include <QBuffer>
#include <QTest>

using paydesk::csv::CsvWriter;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quoting_data();
    void quoting();
    void rowsToDevice();
    void historyColumns();
    void fastTimesMatchQDateTime_data();
    void fastTimesMatchQDateTime();
    void fieldsFromUtf8MatchQuote_data();
    void fieldsFromUtf8MatchQuote();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain, unquoted") << "abc"
                                     << "abc";
    QTest::newRow("non-ASCII, unquoted") << "Zürich"
                                         << "Zürich";
    QTest::newRow("leading space kept by quoting") << " a"
                                                   << "\" a\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("quote doubled") << "say \"hi\""
                                   << "\"say \"\"hi\"\"\"";
    QTest::newRow("comma and newline") << "a,b\nc"
                                       << "\"a,b\nc\"";
    QTest::newRow("formula guarded") << "=HYPERLINK(\"x\")"
                                     << "\"'=HYPERLINK(\"\"x\"\")\"";
    QTest::newRow("plus guarded") << "+1"
                                  << "'+1";
    QTest::newRow("minus guarded") << "-1"
                                   << "'-1";
    QTest::newRow("at guarded") << "@SUM(A1)"
                                << "'@SUM(A1)";
    QTest::newRow("tab guarded") << "\tx"
                                 << "'\tx";
    QTest::newRow("carriage return first, guarded and quoted") << "\rx"
                                                               << "\"'\rx\"";
    // What PayDesk writes itself never starts like a formula, so it is never altered.
    QTest::newRow("exact amount") << "12345678901.123456789012345678"
                                  << "12345678901.123456789012345678";
    QTest::newRow("id above 2^53") << "9007199254740993"
                                   << "9007199254740993";
    QTest::newRow("time") << "2024-06-02T12:00:00.123Z"
                          << "2024-06-02T12:00:00.123Z";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quote(field), expected);
}

void TestCsvWriter::rowsToDevice()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    QVERIFY(writer.writeRow({QStringLiteral("1.5"), QString::fromUtf8("Zürich")}));
    QVERIFY(writer.writeRow({QStringLiteral("-A1"), QStringLiteral("=1+1")}));
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QByteArray("1.5,Z\xc3\xbcrich\r\n'-A1,'=1+1\r\n"));
}

void TestCsvWriter::historyColumns()
{
    QCOMPARE(paydesk::csv::HistoryRecord::columnNames().join(u','),
             QStringLiteral("id,created_at,created_by,approved_by,state,cregis_status,cid,third_party_id,wallet_id,"
                            "currency,coin,from_address,to_address,amount,memo,remark,submitted_at,txid,block_time"));
    QCOMPARE(paydesk::csv::HistoryRecord::isoUtc(1688004243314), QStringLiteral("2023-06-29T02:04:03.314Z"));
}

void TestCsvWriter::fastTimesMatchQDateTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("before the epoch") << qint64(-1);
    QTest::newRow("1969-12-31 23:59:59.999") << qint64(-1);
    QTest::newRow("1900-03-01") << qint64(-2203891200000);
    QTest::newRow("leap day 2024") << qint64(1709164800123);
    QTest::newRow("2000-02-29 23:59:59.999") << qint64(951868799999);
    QTest::newRow("2100-03-01") << qint64(4107542400000);
    QTest::newRow("9999-12-31") << qint64(253402300799999);
}

void TestCsvWriter::fastTimesMatchQDateTime()
{
    QFETCH(qint64, ms);
    QByteArray fast;
    paydesk::csv::HistoryRecord::appendIsoUtc(fast, ms);
    QCOMPARE(QString::fromLatin1(fast), paydesk::csv::HistoryRecord::isoUtc(ms));
}

void TestCsvWriter::fieldsFromUtf8MatchQuote_data()
{
    quoting_data();
}

void TestCsvWriter::fieldsFromUtf8MatchQuote()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(buffer);
        writer.appendField(field.toUtf8());
        writer.appendField("x");
        QVERIFY(writer.endRow());
    }
    QCOMPARE(QString::fromUtf8(buffer.data()), expected + QStringLiteral(",x\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
