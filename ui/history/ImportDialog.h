#pragma once

#include "exchange/PayoutImport.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace paydesk::desk {
class Desk;
}

namespace paydesk::ui {

class ImportPreviewModel;

// The window's Import: a file's payouts shown before anything is queued (every row as it would
// be queued, every problem by line and column, the control total per currency), queued only on
// an explicit click, and repeats only with an explicit tick. The same PayoutImport as
// `paydesk-cli import`.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(desk::Desk& desk, QWidget* parent = nullptr);

    // Reads and checks the file; the preview shows what it would queue.
    void load(const QString& path);

Q_SIGNALS:
    void queued(int count, const QString& message);

private:
    void updateQueueButton();
    void queueAll();

    desk::Desk& m_desk;
    exchange::PayoutImport m_import;
    exchange::ImportPlan m_plan;
    ImportPreviewModel* m_model;
    QLabel* m_summary;
    QTableView* m_preview;
    QPlainTextEdit* m_problems;
    QLabel* m_totals;
    QCheckBox* m_allowDuplicates;
    QPushButton* m_queueButton;
};

} // namespace paydesk::ui
