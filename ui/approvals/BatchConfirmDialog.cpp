#include "BatchConfirmDialog.h"

#include "money/CurrencyTotals.h"
#include "words/StatusWords.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextDocument>
#include <QVBoxLayout>

namespace paydesk::ui {

namespace {

// "#12  1.5 USDT-TRC20 → TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS  rent": one payout per line, the
// address whole, because it is what an approver compares.
QString payoutLine(const payout::Payout& payout)
{
    QString line = QStringLiteral("#%1  %2 %3 → %4")
                       .arg(payout.id)
                       .arg(payout.fields.amount.toCanonical(), payout.fields.coinName, payout.fields.toAddress);
    if (!payout.fields.remark.isEmpty()) {
        line += QStringLiteral("  ") + payout.fields.remark;
    }
    return line;
}

} // namespace

BatchConfirmDialog::BatchConfirmDialog(const BatchConfirmation& texts, const QList<payout::Payout>& payouts,
                                       QWidget* parent)
    : QDialog(parent)
    , m_payouts(payouts)
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_confirmButton(new QPushButton(texts.confirmText, this))
{
    setObjectName(texts.dialogName);
    setWindowTitle(texts.title);
    setModal(true);

    auto* heading = new QLabel(texts.heading, this);
    heading->setObjectName(QStringLiteral("batchHeadingLabel"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    auto* count = new QLabel(tr("%n payout(s), in total:", nullptr, int(payouts.size())), this);
    count->setObjectName(QStringLiteral("batchCountLabel"));

    money::CurrencyTotals sums;
    for (const payout::Payout& payout : payouts) {
        sums.add(payout.fields.currency, payout.fields.coinName, payout.fields.amount);
    }
    const std::optional<QList<money::CurrencyTotal>> totals = sums.totals();
    auto* totalsLabel = new QLabel(totals ? words::StatusWords::totals(*totals)
                                          : tr("Too large to add up exactly; check each payout below."),
                                   this);
    totalsLabel->setObjectName(QStringLiteral("batchTotalsLabel"));
    totalsLabel->setAccessibleName(tr("Total per currency"));
    totalsLabel->setTextFormat(Qt::PlainText);
    totalsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = totalsLabel->font();
    big.setBold(true);
    if (big.pointSize() > 0) {
        big.setPointSize(big.pointSize() + 3);
    }
    totalsLabel->setFont(big);

    auto* listLabel = new QLabel(tr("&Payouts:"), this);
    auto* list = new QPlainTextEdit(this);
    list->setObjectName(QStringLiteral("batchPayoutList"));
    list->setAccessibleName(tr("Payouts in this batch"));
    list->setReadOnly(true);
    list->setTabChangesFocus(true);
    list->setLineWrapMode(QPlainTextEdit::NoWrap);
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QStringList lines;
    for (const payout::Payout& payout : payouts) {
        lines << payoutLine(payout);
    }
    list->setPlainText(lines.join(u'\n'));
    // As tall as its lines (up to eight, then it scrolls), so short batches leave no blank box.
    const QFontMetrics metrics(list->font());
    const int shownLines = static_cast<int>(std::min<qsizetype>(std::max<qsizetype>(payouts.size(), 1), 8));
    // One line of slack: the block layout adds a few pixels per line over the font's spacing.
    list->setFixedHeight(metrics.lineSpacing() * (shownLines + 1) + 2 * list->frameWidth()
                         + 2 * static_cast<int>(list->document()->documentMargin())
                         + list->horizontalScrollBar()->sizeHint().height());
    listLabel->setBuddy(list);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(6);
    layout->addWidget(count);
    layout->addWidget(totalsLabel);
    layout->addSpacing(6);
    layout->addWidget(listLabel);
    layout->addWidget(list);
    if (!texts.notes.isEmpty()) {
        auto* notes = new QLabel(texts.notes.join(u'\n'), this);
        notes->setObjectName(QStringLiteral("batchNotesLabel"));
        notes->setWordWrap(true);
        notes->setTextFormat(Qt::PlainText);
        notes->setStyleSheet(QStringLiteral("color: #8a5300;"));
        layout->addWidget(notes);
    }

    m_cancelButton->setObjectName(QStringLiteral("batchCancelButton"));
    m_confirmButton->setObjectName(texts.confirmName);
    // Enter must never go ahead: Cancel is the default, and the confirm button never becomes one
    // merely by being next in line.
    m_cancelButton->setDefault(true);
    m_cancelButton->setAutoDefault(true);
    m_confirmButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_confirmButton);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_confirmButton, &QPushButton::clicked, this, &QDialog::accept);
    QWidget::setTabOrder(m_cancelButton, m_confirmButton);
    QWidget::setTabOrder(m_confirmButton, list);
    setMinimumWidth(620);
}

void BatchConfirmDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_cancelButton->setFocus();
}

} // namespace paydesk::ui
