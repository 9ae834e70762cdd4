#include "HistoryExport.h"

#include "csv/HistoryRecord.h"

#include <QFileInfo>
#include <QTimer>

namespace paydesk::exchange {

ExportFormat HistoryExport::formatFor(const QString& path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? ExportFormat::Xlsx : ExportFormat::Csv;
}

HistoryExport::HistoryExport(store::PayoutStore& store, store::PayoutQuery query, QString path, bool byteOrderMark,
                             QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_query(std::move(query))
    , m_path(std::move(path))
    , m_byteOrderMark(byteOrderMark)
    , m_format(formatFor(m_path))
{
    m_query.after.reset();
    m_query.limit = pageRows;
}

HistoryExport::~HistoryExport() = default;

void HistoryExport::start()
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_written = 0;
    store::PayoutQuery everything = m_query;
    everything.limit = 0;
    m_total = m_store.countPayouts(everything);
    if (!open()) {
        return;
    }
    m_rows = m_store.streamPayouts(m_query, csv::HistoryRecord::columnNames());
    if (!m_rows) {
        finish(ExportResult::Kind::Failed, m_store.lastError().detail);
        return;
    }
    Q_EMIT progress(0, m_total);
    QTimer::singleShot(0, this, &HistoryExport::writePage);
}

void HistoryExport::cancel()
{
    m_cancelled = true;
}

bool HistoryExport::open()
{
    m_file = std::make_unique<ReplacingFile>(m_path);
    if (!m_file->create()) {
        finish(ExportResult::Kind::Failed, m_file->error());
        return false;
    }
    if (m_format == ExportFormat::Xlsx) {
        m_xlsx = std::make_unique<csv::XlsxHistoryWriter>();
        if (!m_xlsx->open(m_file->temporaryPath(), QFileInfo(m_path).absolutePath())) {
            finish(ExportResult::Kind::Failed, m_xlsx->error());
            return false;
        }
        return true;
    }
    m_csvFile.setFileName(m_file->temporaryPath());
    if (!m_csvFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        finish(ExportResult::Kind::Failed, m_csvFile.errorString());
        return false;
    }
    m_csv = std::make_unique<csv::CsvWriter>(m_csvFile);
    if (m_byteOrderMark) {
        m_csv->writeByteOrderMark();
    }
    m_csv->writeRow(csv::HistoryRecord::columnNames());
    return m_csv->ok();
}

void HistoryExport::writePage()
{
    if (m_cancelled) {
        finish(ExportResult::Kind::Cancelled);
        return;
    }
    const int columns = int(csv::HistoryRecord::columnNames().size());
    QByteArray time;
    int rows = 0;
    bool more = true;
    while (rows < pageRows && (more = m_rows->next())) {
        if (m_xlsx) {
            if (!m_xlsx->writeRow(*m_rows)) {
                finish(ExportResult::Kind::Failed, m_xlsx->error());
                return;
            }
        } else {
            for (int column = 0; column < columns; ++column) {
                if (m_rows->isNull(column)) {
                    m_csv->appendField({});
                } else if (csv::HistoryRecord::isTimeColumn(column)) {
                    time.clear();
                    csv::HistoryRecord::appendIsoUtc(time, m_rows->int64(column));
                    m_csv->appendField(time);
                } else {
                    m_csv->appendField(m_rows->utf8(column));
                }
            }
            if (!m_csv->endRow()) {
                finish(ExportResult::Kind::Failed, m_csvFile.errorString());
                return;
            }
        }
        ++rows;
    }
    if (!more && !m_rows->error().isEmpty()) {
        finish(ExportResult::Kind::Failed, m_rows->error());
        return;
    }
    m_written += rows;
    Q_EMIT progress(m_written, std::max(m_total, m_written));
    if (!more) {
        finish(ExportResult::Kind::Written);
        return;
    }
    QTimer::singleShot(0, this, &HistoryExport::writePage);
}

void HistoryExport::finish(ExportResult::Kind kind, const QString& error)
{
    ExportResult result{kind, m_written, error};
    if (kind == ExportResult::Kind::Written) {
        bool closed = true;
        QString why;
        if (m_xlsx) {
            closed = m_xlsx->close();
            why = m_xlsx->error();
        } else {
            closed = m_csv->flush() && m_csvFile.flush();
            why = m_csvFile.errorString();
            m_csvFile.close();
        }
        if (!closed || !m_file->commit()) {
            result = {ExportResult::Kind::Failed, m_written, closed ? m_file->error() : why};
        }
    }
    // The writers close first (a workbook is written out under the temporary name); then the
    // temporary file goes, unless it was committed under the target's name.
    m_rows.reset();
    m_xlsx.reset();
    m_csv.reset();
    m_csvFile.close();
    m_file.reset();
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace paydesk::exchange
