// The History page on a large history: acceptance point 3 of the history issue. 100,000 payouts
// made by the bench generator; the real window finds a cid among the oldest, filters, sorts and
// exports the filtered view, all through the store.
#include "GuiDesk.h"
#include "HistoryGenerator.h"
#include "StrictCsv.h"

#include "config/AppPaths.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/ImportPreviewModel.h"
#include "words/Translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace paydesk;

namespace {

const QByteArray apiKey = "gui-history-key-not-secret";
constexpr int payouts = 100000;

} // namespace

class TestGuiHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void findsFiltersSortsAndExports();
    void importShowsThenQueues();
    void columnsChosenByKeyboardAreKept();

private:
    template <typename T> T* widget(const char* name) const { return m_gui->widget<T>(name); }

    std::unique_ptr<GuiDesk> m_gui;
};

void TestGuiHistory::initTestCase()
{
    words::installTranslations(*QCoreApplication::instance());
    m_gui = std::make_unique<GuiDesk>(apiKey);
    QVERIFY(m_gui->isReady());
    const config::Profile profile = m_gui->profile();
    HistoryGenerator::Options options;
    options.count = payouts;
    QString error;
    QVERIFY2(HistoryGenerator::generate(config::AppPaths::resolve().databaseFile(profile),
                                        {profile.name, GuiDesk::pid, profile.baseUrl}, options, &error),
             qPrintable(error));
    QVERIFY(m_gui->openWindow(QStringLiteral("alice"), profile, false));
}

void TestGuiHistory::findsFiltersSortsAndExports()
{
    auto* pages = widget<QListWidget>("pageList");
    QListWidgetItem* historyItem = pages->findItems(QStringLiteral("History"), Qt::MatchExactly).value(0);
    QTest::mouseClick(pages->viewport(), Qt::LeftButton, {}, pages->visualItemRect(historyItem).center());
    auto* view = widget<QTableView>("historyView");
    QAbstractItemModel* model = view->model();
    QTRY_COMPARE(widget<QLabel>("historyCountLabel")->text(), QStringLiteral("100000 payouts"));
    QCOMPARE(model->rowCount(), ui::HistoryModel::pageSize); // one page loaded of 100,000

    // A cid among the oldest: never loaded, found by the store.
    const QString oldCid = QString::number(HistoryGenerator::cidOf(7));
    auto* search = widget<QLineEdit>("historySearchEdit");
    QTest::keyClicks(search, oldCid);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ui::HistoryModel::CidColumn).data().toString(), oldCid);
    QCOMPARE(model->index(0, ui::HistoryModel::IdColumn).data(ui::HistoryModel::PayoutIdRole).toLongLong(), 7);
    QTRY_COMPARE(widget<QLabel>("historyCountLabel")->text(), QStringLiteral("1 payout"));
    // Its whole record below, with the cid ready to copy.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(0, 0)).center());
    QCOMPARE(widget<QLineEdit>("detailCid")->text(), oldCid);
    QVERIFY(widget<QPushButton>("copyCidButton")->isEnabled());

    // Only the payouts waiting for approval: every 40th of the generated ones.
    search->clear();
    auto* state = widget<QComboBox>("historyStateFilter");
    state->setCurrentIndex(state->findData(int(payout::PayoutState::PendingApproval)));
    QTRY_COMPARE(widget<QLabel>("historyCountLabel")->text(), QStringLiteral("%1 payouts").arg(payouts / 40));
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, ui::HistoryModel::StateColumn).data(ui::HistoryModel::StateRole).toInt(),
                 int(payout::PayoutState::PendingApproval));
    }

    // Sorted by amount, largest first, by a click on the header (twice: first ascending).
    QHeaderView* header = view->horizontalHeader();
    const int amountX = header->sectionViewportPosition(ui::HistoryModel::AmountColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(amountX, header->height() / 2));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(amountX, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(ui::HistoryModel::AmountColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    const auto amountAt = [model](int row) {
        return *money::Amount::parse(model->index(row, ui::HistoryModel::AmountColumn).data().toString(), 18).amount;
    };
    QTRY_VERIFY(model->rowCount() > 0);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(money::Amount::compare(amountAt(row - 1), amountAt(row)) >= 0);
    }

    // Export what is shown: the filtered rows in this order.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("pending.csv"));
    QTest::mouseClick(widget<QPushButton>("exportButton"), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = GuiDesk::visibleDialog<QFileDialog>(QStringLiteral("exportFileDialog"))));
    // As a person would: the path typed into the dialog's file name box, then Enter.
    auto* fileName = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(fileName);
    fileName->setText(path);
    QTest::keyClick(fileName, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(widget<QLabel>("refreshStatusLabel")->text().startsWith(QLatin1String("Exported")), 60000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const auto records = StrictCsv::parse(file.readAll(), &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->size(), payouts / 40 + 1);
    const int stateColumn = int(records->first().indexOf(QStringLiteral("state")));
    const int amountColumn = int(records->first().indexOf(QStringLiteral("amount")));
    for (qsizetype row = 1; row < records->size(); ++row) {
        QCOMPARE(records->at(row).at(stateColumn), QStringLiteral("pending_approval"));
        if (row > 1) {
            const auto before = *money::Amount::parse(records->at(row - 1).at(amountColumn), 18).amount;
            const auto here = *money::Amount::parse(records->at(row).at(amountColumn), 18).amount;
            QVERIFY(money::Amount::compare(before, here) >= 0);
        }
    }
    // The first rows of the file are the rows on screen.
    for (int row = 0; row < 20; ++row) {
        QCOMPARE(records->at(row + 1).first(),
                 model->index(row, ui::HistoryModel::IdColumn).data(ui::HistoryModel::PayoutIdRole).toString());
    }
}

void TestGuiHistory::importShowsThenQueues()
{
    QTemporaryDir dir;
    const auto chooseFile = [this](const QString& path) {
        QTest::mouseClick(widget<QPushButton>("importButton"), Qt::LeftButton);
        QFileDialog* files = nullptr;
        QTRY_VERIFY((files = GuiDesk::visibleDialog<QFileDialog>(QStringLiteral("importFileDialog"))));
        auto* fileName = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        fileName->setText(path);
        QTest::keyClick(fileName, Qt::Key_Return);
    };
    const auto writeFile = [&dir](const char* name, const QByteArray& content) {
        QFile file(dir.filePath(QLatin1String(name)));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    };

    // A bad row: named, and nothing can be queued.
    chooseFile(writeFile("bad.csv",
                         "currency,to_address,amount\nTRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1\n"
                         "TRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,1.2345678\n"));
    QDialog* preview = nullptr;
    QTRY_VERIFY((preview = GuiDesk::visibleDialog(QStringLiteral("importDialog"))));
    QVERIFY(preview->findChild<QPlainTextEdit*>(QStringLiteral("importProblemsText"))
                ->toPlainText()
                .contains(QLatin1String("line 3, column amount:")));
    QVERIFY(!preview->findChild<QPushButton*>(QStringLiteral("importQueueButton"))->isEnabled());
    preview->reject();
    QTRY_VERIFY(!GuiDesk::visibleDialog(QStringLiteral("importDialog")));

    // A good run with a repeat: shown with its totals; queued only after the tick and the click.
    const int before = m_gui->desk().store()->countPayouts(store::PayoutQuery::every());
    chooseFile(writeFile("run.csv",
                         "currency,to_address,amount,remark\n"
                         "TRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,7.5,a\n"
                         "TRX,TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8,2,b\n"
                         "TRX,TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS,7.5,c\n"));
    QTRY_VERIFY((preview = GuiDesk::visibleDialog(QStringLiteral("importDialog"))));
    auto* view = preview->findChild<QTableView*>(QStringLiteral("importPreviewView"));
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(2, 0).data().toInt(), 4); // the file's line
    QVERIFY(preview->findChild<QLabel*>(QStringLiteral("importTotalsLabel"))->text().contains(QLatin1String("17")));
    auto* queue = preview->findChild<QPushButton*>(QStringLiteral("importQueueButton"));
    QVERIFY(!queue->isEnabled()); // line 4 repeats line 2
    auto* allow = preview->findChild<QCheckBox*>(QStringLiteral("importAllowDuplicatesCheck"));
    QVERIFY(allow->isVisible());
    QTest::mouseClick(allow, Qt::LeftButton, {}, QPoint(5, allow->height() / 2));
    QVERIFY(queue->isEnabled());
    QCOMPARE(m_gui->desk().store()->countPayouts(store::PayoutQuery::every()), before);
    QTest::mouseClick(queue, Qt::LeftButton);
    QTRY_VERIFY(!GuiDesk::visibleDialog(QStringLiteral("importDialog")));
    QCOMPARE(m_gui->desk().store()->countPayouts(store::PayoutQuery::every()), before + 3);
    QVERIFY2(widget<QLabel>("refreshStatusLabel")->text().startsWith(QLatin1String("Queued 3 payouts")),
             qPrintable(widget<QLabel>("refreshStatusLabel")->text()));

    // A row's warnings (an XRP payout without a destination tag) show in its own row and in the
    // list below, and the button that queues says how many there are.
    chooseFile(writeFile("warned.csv",
                         "currency,to_address,amount,memo\n"
                         "XRP,rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh,3,\n"
                         "XRP,rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh,4,77\n"));
    QTRY_VERIFY((preview = GuiDesk::visibleDialog(QStringLiteral("importDialog"))));
    view = preview->findChild<QTableView*>(QStringLiteral("importPreviewView"));
    QAbstractItemModelTester warnedTester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int warningsColumn = int(ui::ImportPreviewModel::WarningsColumn);
    QVERIFY2(view->model()->index(0, warningsColumn).data().toString().contains(QLatin1String("Destination tag")),
             qPrintable(view->model()->index(0, warningsColumn).data().toString()));
    QVERIFY(view->model()->index(1, warningsColumn).data().toString().isEmpty());
    QVERIFY(preview->findChild<QPlainTextEdit*>(QStringLiteral("importProblemsText"))
                ->toPlainText()
                .contains(QLatin1String("warning: line 2, column memo:")));
    queue = preview->findChild<QPushButton*>(QStringLiteral("importQueueButton"));
    QVERIFY(queue->isEnabled());
    QVERIFY2(queue->text().contains(QLatin1String("1 warning")), qPrintable(queue->text()));
    preview->reject();
    QTRY_VERIFY(!GuiDesk::visibleDialog(QStringLiteral("importDialog")));
}

void TestGuiHistory::columnsChosenByKeyboardAreKept()
{
    auto* view = widget<QTableView>("historyView");
    QVERIFY(!view->horizontalHeader()->isSectionHidden(ui::HistoryModel::RemarkColumn));
    // The Columns… button opens the header's menu; the remark is switched off from the keyboard.
    bool acted = false;
    QTimer::singleShot(0, this, [&acted] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("historyColumnMenu"));
        for (QAction* action : menu->actions()) {
            if (action->text() == QLatin1String("Remark")) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                acted = true;
            }
        }
    });
    auto* columns = widget<QPushButton>("historyColumnsButton");
    columns->setFocus();
    QTest::keyClick(columns, Qt::Key_Space);
    QTRY_VERIFY(acted);
    QVERIFY(view->horizontalHeader()->isSectionHidden(ui::HistoryModel::RemarkColumn));
    // A moved column and the hidden one are as they were in the next session.
    view->horizontalHeader()->moveSection(view->horizontalHeader()->visualIndex(ui::HistoryModel::CidColumn), 1);
    QVERIFY(m_gui->openWindow(QStringLiteral("alice"), m_gui->profile(), false));
    auto* reopened = widget<QTableView>("historyView");
    QVERIFY(reopened->horizontalHeader()->isSectionHidden(ui::HistoryModel::RemarkColumn));
    QCOMPARE(reopened->horizontalHeader()->visualIndex(ui::HistoryModel::CidColumn), 1);
}

QTEST_MAIN(TestGuiHistory)
#include "tst_gui_history.moc"
