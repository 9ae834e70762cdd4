#include "ImportDialog.h"

#include "ImportPreviewModel.h"

#include "desk/Desk.h"
#include "words/ErrorWords.h"
#include "words/StatusWords.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace paydesk::ui {

ImportDialog::ImportDialog(desk::Desk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_import(*desk.intake(), *desk.store(), desk.catalogue(), desk.clock())
    , m_model(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_preview(new QTableView(this))
    , m_problems(new QPlainTextEdit(this))
    , m_totals(new QLabel(this))
    , m_allowDuplicates(new QCheckBox(tr("Queue the &repeated payouts too; I have checked them"), this))
    , m_queueButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import payouts"));
    resize(980, 620);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreviewView"));
    m_preview->setAccessibleName(tr("Payouts the file would queue"));
    m_preview->setModel(m_model);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problems->setObjectName(QStringLiteral("importProblemsText"));
    m_problems->setAccessibleName(tr("Problems, repeated payouts and warnings in the file"));
    m_problems->setReadOnly(true);
    m_problems->setTabChangesFocus(true);
    m_problems->setMaximumHeight(fontMetrics().height() * 8);
    m_totals->setObjectName(QStringLiteral("importTotalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true);
    m_allowDuplicates->setObjectName(QStringLiteral("importAllowDuplicatesCheck"));
    m_allowDuplicates->hide();
    m_queueButton->setObjectName(QStringLiteral("importQueueButton"));
    m_queueButton->setDefault(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_queueButton, QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_totals);
    layout->addWidget(m_allowDuplicates);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_queueButton, &QPushButton::clicked, this, &ImportDialog::queueAll);
    connect(m_allowDuplicates, &QCheckBox::toggled, this, &ImportDialog::updateQueueButton);
    updateQueueButton();
}

void ImportDialog::load(const QString& path)
{
    m_plan = m_import.read(path);
    m_model->setRows(m_plan.rows, m_plan.warnings);
    const QString name = QFileInfo(path).fileName();
    QStringList lines;
    for (const exchange::ImportProblem& problem : std::as_const(m_plan.problems)) {
        lines << problem.text();
    }
    for (const exchange::ImportDuplicate& duplicate : std::as_const(m_plan.duplicates)) {
        lines << tr("line %1: %2").arg(duplicate.line).arg(duplicate.reason);
    }
    for (const exchange::ImportProblem& warning : std::as_const(m_plan.warnings)) {
        lines << tr("warning: %1").arg(warning.text());
    }
    m_problems->setPlainText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
    if (!m_plan.problems.isEmpty()) {
        m_summary->setText(tr("%1 cannot be imported: %n problem(s), listed below. Nothing will be queued until the "
                              "file is corrected.",
                              nullptr, int(m_plan.problems.size()))
                               .arg(name));
    } else if (!m_plan.warnings.isEmpty()) {
        m_summary->setText(tr("%1 holds %n payout(s), with warnings (listed below). Read them, check the payouts and "
                              "the totals, then queue them for approval.",
                              nullptr, int(m_plan.rows.size()))
                               .arg(name));
    } else {
        m_summary->setText(tr("%1 holds %n payout(s). Check them and the totals, then queue them for approval.",
                              nullptr, int(m_plan.rows.size()))
                               .arg(name));
    }
    m_totals->setText(
        m_plan.totals.isEmpty() ? QString() : tr("Control totals: %1").arg(words::StatusWords::totals(m_plan.totals)));
    m_allowDuplicates->setVisible(!m_plan.duplicates.isEmpty());
    m_allowDuplicates->setChecked(false);
    updateQueueButton();
}

void ImportDialog::updateQueueButton()
{
    m_queueButton->setText(m_plan.warnings.isEmpty()
                               ? tr("&Queue %n payout(s)", nullptr, int(m_plan.rows.size()))
                               : tr("&Queue despite %n warning(s)", nullptr, int(m_plan.warnings.size())));
    m_queueButton->setEnabled(m_plan.canQueue(m_allowDuplicates->isChecked()));
}

void ImportDialog::queueAll()
{
    const exchange::PayoutImport::Queued result
        = m_import.queue(m_plan, m_allowDuplicates->isChecked(), m_desk.actor());
    if (!result.ids) {
        m_summary->setText(result.refusal.isEmpty() ? words::ErrorWords::store(result.error) : result.refusal);
        return;
    }
    Q_EMIT queued(int(result.ids->size()),
                  tr("Queued %n payout(s) for approval: %1", nullptr, int(result.ids->size()))
                      .arg(words::StatusWords::totals(m_plan.totals)));
    accept();
}

} // namespace paydesk::ui
