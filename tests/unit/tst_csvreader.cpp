// The CSV reader's line numbers: what a text editor shows, whatever the file's line ends.

#include "csv/CsvReader.h"

#include <QTest>

using namespace paydesk::csv;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordLines_data();
    void recordLines();
    void problemLines_data();
    void problemLines();
};

namespace {

// The same file in each style of line end: `\n` in the text becomes it.
QByteArray withLineEnds(QByteArray text, const QByteArray& end)
{
    return text.replace("\n", end);
}

void addLineEndRows(const char* name, const QByteArray& text)
{
    for (const auto& [style, end] : {std::pair{"LF", QByteArray("\n")}, std::pair{"CRLF", QByteArray("\r\n")},
                                     std::pair{"CR", QByteArray("\r")}}) {
        QTest::newRow(QByteArray(name).append(", ").append(style).constData()) << withLineEnds(text, end);
    }
}

} // namespace

void TestCsvReader::recordLines_data()
{
    QTest::addColumn<QByteArray>("file");
    // Record 3 starts on line 4: record 2's quoted remark spans lines 2 and 3.
    addLineEndRows("a line break in quotes", "currency,amount,remark\nUSDT,1,\"two\nlines\"\nUSDT,2,plain\n");
    addLineEndRows("two breaks in quotes, no final line end",
                   "currency,amount,remark\nUSDT,1,\"one\n\ntwo\"\nUSDT,2,plain");
}

void TestCsvReader::recordLines()
{
    QFETCH(QByteArray, file);
    CsvProblem problem;
    const std::optional<QList<CsvRecord>> records = CsvReader::parse(file, {}, &problem);
    QVERIFY2(records, qPrintable(problem.reason));
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).line, 1);
    QCOMPARE(records->at(1).line, 2);
    const int lastLine = file.contains("\"one") ? 5 : 4;
    QCOMPARE(records->at(2).line, lastLine);
    QCOMPARE(records->at(2).fields.last(), QStringLiteral("plain"));
}

void TestCsvReader::problemLines_data()
{
    QTest::addColumn<QByteArray>("file");
    // The bad record (a quote inside an unquoted field) is on line 4 in every style.
    addLineEndRows("after a quoted line break", "currency,amount,remark\nUSDT,1,\"two\nlines\"\nUSDT,2,ba\"d\n");
}

void TestCsvReader::problemLines()
{
    QFETCH(QByteArray, file);
    CsvProblem problem;
    QVERIFY(!CsvReader::parse(file, {}, &problem));
    QCOMPARE(problem.kind, CsvProblem::Kind::QuoteInUnquotedField);
    QCOMPARE(problem.line, 4);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
