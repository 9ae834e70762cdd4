// The History page of the real window's widgets over a store of a million payouts: the time from
// creating the page to its first rows on screen, from each filter, search or sort change to the
// first rows, and the resident memory afterwards. Usage (offscreen or under Xvfb):
//   bench_history_window FILE [PROFILE]      FILE made by `bench_history_store generate`
#include "HistoryGenerator.h"

#include "desk/Desk.h"
#include "ui/history/HistoryModel.h"
#include "ui/history/HistoryPage.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace paydesk;

namespace {

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

// Runs `change`, then waits (processing events) until the view shows rows; returns ms.
double timeToRows(QTableView& view, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    while (view.model()->rowCount() == 0 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents();
    }
    view.viewport()->repaint(); // the rows drawn, not only loaded
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        out << "usage: bench_history_window FILE [PROFILE]\n";
        return 2;
    }
    QTemporaryDir settings;
    config::AppPaths paths = config::AppPaths::resolve(settings.path());
    paths.databaseOverride = args.at(1);
    config::Profile profile;
    profile.name = args.size() > 2 ? args.at(2) : QStringLiteral("bench");
    profile.baseUrl = QStringLiteral("https://t.cregis.dev");
    profile.pid = 1382528827416576;
    desk::Desk desk(paths, profile, QStringLiteral("bench"));
    store::StoreError error;
    QElapsedTimer timer;
    timer.start();
    if (!desk.openStore(&error)) {
        out << "cannot open the store: " << error.detail << '\n';
        return 1;
    }
    out << QStringLiteral("store open: %1 ms\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    std::unique_ptr<ui::HistoryPage> page;
    QTableView* view = nullptr;
    timer.restart();
    page = std::make_unique<ui::HistoryPage>(desk);
    page->resize(1100, 720);
    page->show();
    view = page->view();
    while (view->model()->rowCount() == 0 && timer.elapsed() < 5000) {
        QCoreApplication::processEvents();
    }
    view->viewport()->repaint();
    out << QStringLiteral("History open to first rows: %1 ms\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    auto* search = page->findChild<QLineEdit*>(QStringLiteral("historySearchEdit"));
    auto* state = page->findChild<QComboBox*>(QStringLiteral("historyStateFilter"));
    auto* currency = page->findChild<QComboBox*>(QStringLiteral("historyCurrencyFilter"));
    const auto filterNow = [&](const QString& text) {
        // The debounce is the person's typing time, not the store's: the search runs at once here.
        search->setText(text);
        search->setFocus();
        QMetaObject::invokeMethod(search, "returnPressed");
    };
    struct Case
    {
        const char* name;
        std::function<void()> change;
    };
    const QString oldCid = QString::number(HistoryGenerator::cidOf(20001));
    const QList<Case> cases{
        {"search: an old cid",
         [&] {
             filterNow(oldCid);
         }},
        {"search: part of an address",
         [&] {
             filterNow(QStringLiteral("Tx9"));
         }},
        {"search: a common remark word",
         [&] {
             filterNow(QStringLiteral("payroll"));
         }},
        {"search cleared",
         [&] {
             filterNow(QString());
         }},
        {"state: pending approval",
         [&] {
             state->setCurrentIndex(state->findData(int(payout::PayoutState::PendingApproval)));
         }},
        {"state: any",
         [&] {
             state->setCurrentIndex(0);
         }},
        {"currency: ETH",
         [&] {
             currency->setCurrentIndex(currency->findData(QStringLiteral("60@60")));
         }},
        {"currency: any",
         [&] {
             currency->setCurrentIndex(0);
         }},
        {"sort: amount, largest first",
         [&] {
             view->sortByColumn(ui::HistoryModel::AmountColumn, Qt::DescendingOrder);
         }},
        {"sort: cid",
         [&] {
             view->sortByColumn(ui::HistoryModel::CidColumn, Qt::AscendingOrder);
         }},
        {"sort: newest first",
         [&] {
             view->sortByColumn(ui::HistoryModel::IdColumn, Qt::DescendingOrder);
         }},
        {"sort: amount again",
         [&] {
             view->sortByColumn(ui::HistoryModel::AmountColumn, Qt::DescendingOrder);
         }},
        {"search a common word, sorted by amount",
         [&] {
             filterNow(QStringLiteral("bonus"));
         }},
        {"search an old cid, sorted by amount",
         [&] {
             filterNow(oldCid);
         }},
    };
    for (const Case& c : cases) {
        const double ms = timeToRows(*view, c.change);
        out << QStringLiteral("%1 %2 ms\n").arg(QLatin1String(c.name), -34).arg(ms, 7, 'f', 1);
        out.flush();
    }
    out << QStringLiteral("resident memory with History open and searched: %1 MB\n").arg(residentKb() / 1024);
    return 0;
}
