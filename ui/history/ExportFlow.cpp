#include "ExportFlow.h"

#include "desk/Desk.h"
#include "exchange/HistoryExport.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QStandardPaths>

namespace paydesk::ui {

namespace {

// The file types offered, in order; the second writes a byte order mark.
QStringList fileTypes()
{
    return {ExportFlow::tr("CSV (*.csv)"), ExportFlow::tr("CSV for Excel, with a byte order mark (*.csv)"),
            ExportFlow::tr("Excel workbook, every digit exact (*.xlsx)")};
}

} // namespace

ExportFlow::ExportFlow(desk::Desk& desk, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_desk(desk)
    , m_dialogParent(dialogParent)
{ }

ExportFlow::~ExportFlow() = default;

bool ExportFlow::isRunning() const
{
    return m_job != nullptr;
}

void ExportFlow::start(const store::PayoutQuery& query)
{
    if (isRunning() || m_fileDialog) {
        return;
    }
    m_query = query;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name
        = tr("payouts-%1.csv", "default file name of an export").arg(QDate::currentDate().toString(Qt::ISODate));
    auto* dialog = new QFileDialog(m_dialogParent, tr("Export the payouts shown"), QDir(folder).filePath(name));
    dialog->setObjectName(QStringLiteral("exportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontUseNativeDialog); // the same dialog everywhere, and in tests
    dialog->setNameFilters(fileTypes());
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString& filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("xlsx")) ? QStringLiteral("xlsx")
                                                                        : QStringLiteral("csv"));
    });
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, dialog](const QString& path) { exportTo(path, dialog->selectedNameFilter() == fileTypes().at(1)); });
    m_fileDialog = dialog;
    dialog->open();
}

void ExportFlow::exportTo(const QString& path, bool byteOrderMark)
{
    const bool workbook = exchange::HistoryExport::formatFor(path) == exchange::ExportFormat::Xlsx;
    m_job = new exchange::HistoryExport(*m_desk.store(), m_query, path, byteOrderMark && !workbook, this);
    auto* progress
        = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, m_dialogParent);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export"));
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, m_job, &exchange::HistoryExport::cancel);
    connect(m_job, &exchange::HistoryExport::progress, progress, [progress](qint64 written, qint64 total) {
        progress->setValue(total > 0 ? int(written * 100 / total) : 100);
    });
    connect(m_job, &exchange::HistoryExport::finished, this,
            [this, path](const exchange::ExportResult& result) { handleFinished(result, path); });
    m_job->start();
}

void ExportFlow::handleFinished(const exchange::ExportResult& result, const QString& path)
{
    if (m_progress) {
        m_progress->close();
    }
    m_job->deleteLater();
    m_job = nullptr;
    switch (result.kind) {
    case exchange::ExportResult::Kind::Written:
        Q_EMIT finished(true, tr("Exported %n payout(s) to %1.", nullptr, int(result.rows)).arg(path));
        return;
    case exchange::ExportResult::Kind::Cancelled:
        Q_EMIT finished(false, tr("Export cancelled: no file was written."));
        return;
    case exchange::ExportResult::Kind::Failed:
        break;
    }
    Q_EMIT finished(false, tr("The export was not written (no file is left behind): %1").arg(result.error));
}

} // namespace paydesk::ui
