#include "XlsxHistoryWriter.h"

#include "CsvWriter.h"
#include "HistoryRecord.h"

#include <QStringList>

#include <xlsxwriter.h>

namespace paydesk::csv {

namespace {

// Excel's limit is 1,048,576 rows a sheet, the header included.
constexpr unsigned rowsPerSheet = 1048576;

// Excel's serial date: days since 1899-12-30, the fraction the time of day, in UTC here.
double excelSerial(qint64 msSinceEpoch)
{
    constexpr double unixEpochSerial = 25569.0;
    return unixEpochSerial + static_cast<double>(msSinceEpoch) / 86400000.0;
}

} // namespace

XlsxHistoryWriter::~XlsxHistoryWriter()
{
    if (m_workbook) {
        workbook_close(m_workbook);
    }
}

QStringList XlsxHistoryWriter::columnNames()
{
    return HistoryRecord::columnNames() << QStringLiteral("amount_number (rounded, for sums)");
}

bool XlsxHistoryWriter::check(int result, const char* what)
{
    if (result == LXW_NO_ERROR) {
        return true;
    }
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(lxw_strerror(lxw_error(result))));
    }
    return false;
}

bool XlsxHistoryWriter::open(const QString& path, const QString& tmpDir)
{
    m_path = path.toLocal8Bit();
    m_tmpDir = tmpDir.toLocal8Bit();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = m_tmpDir.data();
    options.use_zip64 = LXW_TRUE; // a million rows is more than 4 GB of XML before compression
    m_workbook = workbook_new_opt(m_path.constData(), &options);
    if (!m_workbook) {
        m_error = QStringLiteral("cannot create the workbook");
        return false;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm:ss.000");
    m_text = workbook_add_format(m_workbook);
    format_set_num_format(m_text, "@");
    return startSheet();
}

bool XlsxHistoryWriter::startSheet()
{
    ++m_sheets;
    const QByteArray name
        = (m_sheets == 1 ? QStringLiteral("History") : QStringLiteral("History %1").arg(m_sheets)).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.constData());
    if (!m_sheet) {
        m_error = QStringLiteral("cannot add a worksheet");
        return false;
    }
    const QStringList names = columnNames();
    for (qsizetype column = 0; column < names.size(); ++column) {
        const bool time = column < HistoryRecord::columnNames().size() && HistoryRecord::isTimeColumn(column);
        const double width = time ? 24 : 18;
        worksheet_set_column(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
    }
    // In constant-memory mode the panes and the filter are set before the first row.
    worksheet_freeze_panes(m_sheet, 1, 0);
    if (!check(worksheet_autofilter(m_sheet, 0, 0, rowsPerSheet - 1, lxw_col_t(names.size() - 1)), "autofilter")) {
        return false;
    }
    for (qsizetype column = 0; column < names.size(); ++column) {
        if (!check(
                worksheet_write_string(m_sheet, 0, lxw_col_t(column), names.at(column).toUtf8().constData(), m_header),
                "header")) {
            return false;
        }
    }
    m_row = 1;
    return true;
}

bool XlsxHistoryWriter::nextRow()
{
    if (!m_sheet) {
        return false;
    }
    return m_row < rowsPerSheet || startSheet();
}

bool XlsxHistoryWriter::writeTime(qsizetype column, qint64 ms)
{
    return check(worksheet_write_number(m_sheet, m_row, lxw_col_t(column), excelSerial(ms), m_time), "time");
}

bool XlsxHistoryWriter::writeText(qsizetype column, QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        return true;
    }
    const bool guard = CsvWriter::startsLikeFormula(utf8);
    const QByteArray text = guard ? '\'' + utf8.toByteArray() : utf8.toByteArray();
    return check(worksheet_write_string(m_sheet, m_row, lxw_col_t(column), text.constData(), m_text), "cell");
}

bool XlsxHistoryWriter::writeNumber(qsizetype column, QByteArrayView amount)
{
    // The number is for sums only: a double, so an amount beyond 15 significant digits is rounded
    // here, never in the text column beside it.
    bool ok = false;
    const double number = amount.toByteArray().toDouble(&ok);
    return !ok || check(worksheet_write_number(m_sheet, m_row, lxw_col_t(column), number, nullptr), "amount");
}

bool XlsxHistoryWriter::writeRow(const store::RowStream& row)
{
    if (!nextRow()) {
        return false;
    }
    const int columns = int(HistoryRecord::columnNames().size());
    const int amountColumn = int(HistoryRecord::columnNames().indexOf(QStringLiteral("amount")));
    for (int column = 0; column < columns; ++column) {
        if (row.isNull(column)) {
            continue;
        }
        const bool ok = HistoryRecord::isTimeColumn(column) ? writeTime(column, row.int64(column))
                                                            : writeText(column, row.utf8(column));
        if (!ok) {
            return false;
        }
    }
    if (!writeNumber(columns, row.utf8(amountColumn))) {
        return false;
    }
    ++m_row;
    return true;
}

bool XlsxHistoryWriter::close()
{
    if (!m_workbook) {
        return m_error.isEmpty();
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    return check(result, "write the workbook") && m_error.isEmpty();
}

} // namespace paydesk::csv
