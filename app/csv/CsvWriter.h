#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace paydesk::csv {

// RFC 4180 rows to any QIODevice: comma separated, CRLF line ends, UTF-8, a field quoted only
// when it holds a comma, a quote, a line break or leading or trailing space (quotes doubled).
// A field that a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a
// leading apostrophe, in every column: text from people, files and gateways alike (a remark, a
// third_party_id, a txid). What PayDesk writes itself (ids, exact amounts, times) never starts
// like a formula, so it is never altered. Rows are buffered up to `flushBytes`, so memory stays
// constant.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device);
    ~CsvWriter();

    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // The UTF-8 byte order mark, for spreadsheets that otherwise guess another encoding.
    bool writeByteOrderMark();
    bool writeRow(const QStringList& fields);
    // A row field by field, from UTF-8 text: what a streaming export writes without a QString
    // per value. endRow() ends the line.
    void appendField(QByteArrayView utf8);
    bool endRow();
    // Writes what is buffered; false when the device refused some of it.
    bool flush();
    bool ok() const { return m_ok; }

    static QString quote(const QString& field);
    static bool startsLikeFormula(const QString& field);
    static bool startsLikeFormula(QByteArrayView utf8);

private:
    static bool isFormulaLead(char16_t c);

    static constexpr qsizetype flushBytes = 1 << 16;

    QIODevice& m_device;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_ok = true;
};

} // namespace paydesk::csv
