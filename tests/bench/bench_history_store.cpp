// The history store at scale: the time to the first page of rows for each filter, search and
// sort the History page offers. Usage:
//   bench_history_store generate FILE [COUNT [PROFILE PID]]
//                                               writes COUNT (default 1000000) payouts into FILE,
//                                               for profile "bench" or PROFILE (project PID)
//   bench_history_store query FILE              times the first page of each query, three runs each
#include "HistoryGenerator.h"

#include "TestEngine.h"
#include "config/Clock.h"
#include "store/ProfileStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace paydesk;

namespace {

store::StoreScope scope{QStringLiteral("bench"), 1382528827416576, QStringLiteral("https://t.cregis.dev")};

class SystemClock final : public config::Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

int generate(const QString& path, int count)
{
    QTextStream out(stdout);
    QElapsedTimer timer;
    timer.start();
    HistoryGenerator::Options options;
    options.count = count;
    QString error;
    const bool ok = HistoryGenerator::generate(path, scope, options, &error, [&](int done) {
        out << done << " rows, " << timer.elapsed() / 1000 << " s\n";
        out.flush();
    });
    if (!ok) {
        out << "error: " << error << '\n';
        return 1;
    }
    out << "generated " << count << " payouts in " << timer.elapsed() << " ms\n";
    return 0;
}

int query(const QString& path)
{
    QTextStream out(stdout);
    SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    store::StoreError error;
    auto opened = TestEngine::open(path, scope, clock, &error); // PAYDESK_TEST_ENGINE picks SQLite or PostgreSQL
    if (!opened) {
        out << "error: " << error.detail << '\n';
        return 1;
    }
    store::PayoutStore& payouts = opened->payouts();
    out << "open: " << timer.elapsed() << " ms\n";
    const int total = payouts.countPayouts(store::PayoutQuery::every());
    const int old = std::max(1, total / 50); // among the oldest 2 %
    struct Case
    {
        const char* name;
        store::PayoutQuery query;
    };
    QList<Case> cases;
    const auto add = [&](const char* name, const std::function<void(store::PayoutQuery&)>& change) {
        store::PayoutQuery q;
        change(q);
        cases.append({name, q});
    };
    add("newest first", [](auto&) {});
    add("search: an old cid", [&](auto& q) { q.text = QString::number(HistoryGenerator::cidOf(old + 1)); });
    add("search: part of a cid",
        [&](auto& q) { q.text = QString::number(HistoryGenerator::cidOf(old + 1)).mid(3, 10); });
    add("search: remark word (common)", [](auto& q) { q.text = QStringLiteral("payroll"); });
    add("search: address fragment", [](auto& q) { q.text = QStringLiteral("Tx9"); });
    add("search: nothing matches", [](auto& q) { q.text = QStringLiteral("zzzzzzzz"); });
    add("search: two characters", [](auto& q) { q.text = QStringLiteral("Üb"); });
    add("state: pending approval (rare)", [](auto& q) { q.states = {payout::PayoutState::PendingApproval}; });
    add("state: submitted (common)", [](auto& q) { q.states = {payout::PayoutState::Submitted}; });
    add("cregis status 0", [](auto& q) { q.cregisStatuses = {0}; });
    add("currency: ETH", [](auto& q) { q.currency = QStringLiteral("60@60"); });
    add("creator: carol", [](auto& q) { q.createdBy = QStringLiteral("carol"); });
    add("date range: one old month", [](auto& q) {
        q.sort = store::PayoutSort::Created;
        q.createdFromMs = 1672531200000 + 30LL * 24 * 3600 * 1000;
        q.createdUntilMs = 1672531200000 + 60LL * 24 * 3600 * 1000;
    });
    add("sort: amount, largest first", [](auto& q) { q.sort = store::PayoutSort::Amount; });
    add("sort: amount, smallest first", [](auto& q) {
        q.sort = store::PayoutSort::Amount;
        q.descending = false;
    });
    add("sort: cid", [](auto& q) { q.sort = store::PayoutSort::Cid; });
    add("sort: creator", [](auto& q) { q.sort = store::PayoutSort::CreatedBy; });
    add("sort: state", [](auto& q) { q.sort = store::PayoutSort::State; });
    add("sort: coin", [](auto& q) { q.sort = store::PayoutSort::Coin; });
    add("sort: cregis status", [](auto& q) { q.sort = store::PayoutSort::CregisStatus; });
    add("sort: oldest first", [](auto& q) { q.descending = false; });
    add("sort: created", [](auto& q) { q.sort = store::PayoutSort::Created; });
    add("state submitted + sort amount", [](auto& q) {
        q.states = {payout::PayoutState::Submitted};
        q.sort = store::PayoutSort::Amount;
    });
    add("currency ETH + search remark", [](auto& q) {
        q.currency = QStringLiteral("60@60");
        q.text = QStringLiteral("refund");
    });
    add("search old cid + sort amount", [&](auto& q) {
        q.text = QString::number(HistoryGenerator::cidOf(old + 1));
        q.sort = store::PayoutSort::Amount;
    });
    add("search remark + sort amount", [](auto& q) {
        q.text = QStringLiteral("bonus");
        q.sort = store::PayoutSort::Amount;
    });
    for (const Case& c : cases) {
        qint64 best = -1;
        qsizetype rows = 0;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            rows = payouts.payouts(c.query).size();
            const qint64 elapsed = timer.nsecsElapsed() / 1000;
            best = best < 0 ? elapsed : std::min(best, elapsed);
        }
        out << QStringLiteral("%1 %2 ms (%3 rows)\n")
                   .arg(QLatin1String(c.name), -34)
                   .arg(best / 1000.0, 7, 'f', 1)
                   .arg(rows);
        out.flush();
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 6 && args.at(1) == QLatin1String("generate")) {
        scope.profile = args.at(4);
        scope.projectPid = args.at(5).toLongLong();
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("generate")) {
        return generate(args.at(2), args.size() > 3 ? args.at(3).toInt() : 1000000);
    }
    if (args.size() == 3 && args.at(1) == QLatin1String("query")) {
        return query(args.at(2));
    }
    QTextStream(stderr) << "usage: bench_history_store generate FILE [COUNT] | query FILE\n";
    return 2;
}
