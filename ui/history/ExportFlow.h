#pragma once

#include "store/PayoutQuery.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QProgressDialog;
class QWidget;

namespace paydesk::desk {
class Desk;
}
namespace paydesk::exchange {
class HistoryExport;
struct ExportResult;
} // namespace paydesk::exchange

namespace paydesk::ui {

// The window's Export: asks where (CSV, CSV for Excel with a byte order mark, or an exact Excel
// workbook, by the file type chosen), writes what the History page shows in its order through the
// same HistoryExport as `paydesk-cli export`, with a progress dialog that can cancel.
class ExportFlow : public QObject
{
    Q_OBJECT

public:
    ExportFlow(desk::Desk& desk, QWidget* dialogParent);
    ~ExportFlow() override;

    // Opens the file dialog for the rows `query` selects.
    void start(const store::PayoutQuery& query);
    bool isRunning() const;

Q_SIGNALS:
    void finished(bool written, const QString& message);

private:
    void exportTo(const QString& path, bool byteOrderMark);
    void handleFinished(const exchange::ExportResult& result, const QString& path);

    desk::Desk& m_desk;
    QWidget* m_dialogParent;
    store::PayoutQuery m_query;
    QPointer<QFileDialog> m_fileDialog;
    QPointer<QProgressDialog> m_progress;
    exchange::HistoryExport* m_job = nullptr;
};

} // namespace paydesk::ui
