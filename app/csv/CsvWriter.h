#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace paydesk::csv {

// RFC 4180 rows to any QIODevice, one row at a time (nothing is buffered beyond a row): every
// field quoted, quotes doubled, CRLF line ends, UTF-8. Free-text cells that a spreadsheet would
// run as a formula (starting with = + - @, tab or CR) get a leading apostrophe.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& device);

    // `freeText[i]` says whether column i is free text typed by a person (guarded) or a value
    // PayDesk produced (amounts, ids, times: never altered, so they stay exact).
    void setFreeTextColumns(QList<bool> freeText) { m_freeText = std::move(freeText); }

    bool writeRow(const QStringList& fields);
    bool ok() const { return m_ok; }

    static QString quote(const QString& field, bool guardFormula);

private:
    QIODevice& m_device;
    QList<bool> m_freeText;
    bool m_ok = true;
};

} // namespace paydesk::csv
