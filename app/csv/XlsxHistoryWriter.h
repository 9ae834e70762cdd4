#pragma once

#include "store/RowStream.h"

#include <QString>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace paydesk::csv {

// The history as an Excel workbook that a spreadsheet cannot round: ids, addresses and amounts
// are text cells holding the exact text (a 17-digit wallet id, a cid above 2^53 and an
// 18-decimal amount would all lose digits as numbers); times are real date-time cells in UTC;
// one extra numeric column repeats the amount for sums and charts, and says it may be rounded.
// The header row is frozen and carries an autofilter. Free text gets the same formula guard as
// the CSV export, though a text cell is never run as a formula. Rows are written to disk as they
// come (libxlsxwriter's constant-memory mode); a sheet that is full continues on the next.
class XlsxHistoryWriter
{
public:
    XlsxHistoryWriter() = default;
    ~XlsxHistoryWriter();

    XlsxHistoryWriter(const XlsxHistoryWriter&) = delete;
    XlsxHistoryWriter& operator=(const XlsxHistoryWriter&) = delete;

    // Creates the workbook at `path` (replacing any file there) with temporary data in `tmpDir`.
    bool open(const QString& path, const QString& tmpDir);
    // A row of HistoryRecord's columns straight from the store (times as ms since the epoch).
    bool writeRow(const store::RowStream& row);
    // Writes the workbook out; false with error() when it could not be written whole.
    bool close();
    const QString& error() const { return m_error; }

    // The header: the CSV export's columns, then the numeric amount.
    static QStringList columnNames();

private:
    bool startSheet();
    bool nextRow();
    bool writeTime(qsizetype column, qint64 ms);
    bool writeText(qsizetype column, QByteArrayView utf8);
    bool writeNumber(qsizetype column, QByteArrayView amount);
    bool check(int result, const char* what);

    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_time = nullptr;
    lxw_format* m_text = nullptr;
    QByteArray m_path;
    QByteArray m_tmpDir;
    int m_sheets = 0;
    unsigned m_row = 0; // the next row of the current sheet
    QString m_error;
};

} // namespace paydesk::csv
