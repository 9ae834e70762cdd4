#pragma once

#include "ReplacingFile.h"

#include "csv/CsvWriter.h"
#include "csv/XlsxHistoryWriter.h"
#include "store/PayoutStore.h"

#include <QFile>
#include <QObject>

#include <memory>

namespace paydesk::exchange {

enum class ExportFormat
{
    Csv,
    Xlsx, // chosen by the extension .xlsx
};

struct ExportResult
{
    enum class Kind
    {
        Written,
        Cancelled, // nothing is left behind
        Failed, // nothing is left behind; `error` says why
    };
    Kind kind = Kind::Failed;
    qint64 rows = 0;
    QString error; // an English detail, for the record and the words layer
};

// Writes the payouts a query selects, in its order, to a CSV file or an Excel workbook: one
// function behind the window's Export action and `paydesk-cli export`. Rows come from one
// statement (one snapshot of the store) as raw values and are streamed out, so memory stays the
// same for ten rows or a million; `pageRows` rows are written per turn of the event loop, so a
// window stays responsive and can cancel. The
// file appears under its name only when it is complete (ReplacingFile): a cancelled or failed
// export leaves no file, and an existing file of that name is kept until the new one is whole.
class HistoryExport : public QObject
{
    Q_OBJECT

public:
    static constexpr int pageRows = 5000;

    static ExportFormat formatFor(const QString& path);

    // `query`'s paging and limit are the export's own; its filter and sort are kept.
    HistoryExport(store::PayoutStore& store, store::PayoutQuery query, QString path, bool byteOrderMark = false,
                  QObject* parent = nullptr);
    ~HistoryExport() override;

    // Counts the rows, opens the temporary file and schedules the first page.
    void start();
    // Stops after the current page; the temporary file is removed.
    void cancel();
    bool isRunning() const { return m_running; }
    ExportFormat format() const { return m_format; }

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished(const paydesk::exchange::ExportResult& result);

private:
    bool open();
    void writePage();
    void finish(ExportResult::Kind kind, const QString& error = QString());

    store::PayoutStore& m_store;
    store::PayoutQuery m_query;
    QString m_path;
    bool m_byteOrderMark;
    ExportFormat m_format;
    std::unique_ptr<ReplacingFile> m_file;
    QFile m_csvFile;
    std::unique_ptr<csv::CsvWriter> m_csv;
    std::unique_ptr<csv::XlsxHistoryWriter> m_xlsx;
    std::unique_ptr<store::RowStream> m_rows;
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace paydesk::exchange

Q_DECLARE_METATYPE(paydesk::exchange::ExportResult)
