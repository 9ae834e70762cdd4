#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace paydesk::csv {

// One record of a CSV file and the line of the file on which it starts (what a text editor shows,
// counting from 1), so every message can name it.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvProblem
{
    int line = 0;
    QString reason; // an English detail; the import words it for people
    enum class Kind
    {
        UnclosedQuote,
        QuoteInUnquotedField,
        TextAfterClosingQuote,
        InvalidUtf8,
        NulByte,
        FieldTooLong,
        TooManyColumns,
        TooManyRecords,
    } kind
        = Kind::UnclosedQuote;
};

// Reads an untrusted CSV file a person made in a spreadsheet: comma or semicolon (whichever
// separates the header line), an optional UTF-8 byte order mark, CRLF, LF or CR line ends, quoted
// fields with embedded line breaks and doubled quotes. Bytes must be UTF-8 without NUL; fields,
// columns and records are limited. The first problem stops the reading and names its line.
class CsvReader
{
public:
    struct Limits
    {
        int maxColumns = 32;
        int maxFieldChars = 4096;
        int maxRecords = 200000;
    };

    static std::optional<QList<CsvRecord>> parse(const QByteArray& bytes, const Limits& limits, CsvProblem* problem);
    // The separator the header line uses: ';' when it has semicolons outside quotes and no commas.
    static char separatorOf(const QByteArray& bytes);
};

} // namespace paydesk::csv
