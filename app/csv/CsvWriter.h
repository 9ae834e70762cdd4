#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace paydesk::csv {

// RFC 4180 rows to any QIODevice: comma separated, CRLF line ends, UTF-8, a field quoted only
// when it holds a comma, a quote, a line break or leading or trailing space (quotes doubled).
// Free-text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) get
// a leading apostrophe. Rows are buffered up to `flushBytes`, so memory stays constant.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device);
    ~CsvWriter();

    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // `freeText[i]` says whether column i is free text typed by a person (guarded) or a value
    // PayDesk produced (amounts, ids, times: never altered, so they stay exact).
    void setFreeTextColumns(QList<bool> freeText) { m_freeText = std::move(freeText); }

    // The UTF-8 byte order mark, for spreadsheets that otherwise guess another encoding.
    bool writeByteOrderMark();
    bool writeRow(const QStringList& fields);
    // A row field by field, from UTF-8 text: what a streaming export writes without a QString
    // per value. endRow() ends the line.
    void appendField(QByteArrayView utf8, bool guardFormula);
    bool endRow();
    // Writes what is buffered; false when the device refused some of it.
    bool flush();
    bool ok() const { return m_ok; }

    static QString quote(const QString& field, bool guardFormula);
    static bool startsLikeFormula(const QString& field);
    static bool startsLikeFormula(QByteArrayView utf8);

private:
    static bool isFormulaLead(char16_t c);

    static constexpr qsizetype flushBytes = 1 << 16;

    QIODevice& m_device;
    QList<bool> m_freeText;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_ok = true;
};

} // namespace paydesk::csv
