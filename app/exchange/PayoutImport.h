#pragma once

#include "config/Clock.h"
#include "money/CurrencyTotals.h"
#include "store/PayoutStore.h"
#include "workflow/PayoutIntake.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace paydesk::exchange {

// One row of a file that failed, as people read it: "line N, column C: reason", N being the line
// of the file on which the record starts.
struct ImportProblem
{
    int line = 0;
    QString column; // the header's name for it; empty when the problem is the whole line or file
    QString reason;

    QString text() const;
};

// A row that repeats a payout: the same recipient, currency and amount as an earlier line of the
// file, or as a payout of the last 30 days. Queued only when the person says so.
struct ImportDuplicate
{
    int line = 0;
    QString reason;
};

struct ImportRow
{
    int line = 0;
    payout::PayoutFields fields; // as the intake reviewed them, the profile's defaults applied
    QString thirdPartyId; // from the file, or empty (a new one is made)
};

// What a file would queue, checked whole before anything is queued.
struct ImportPlan
{
    QList<ImportRow> rows;
    QList<ImportProblem> problems; // any problem: nothing may be queued
    // What a person reads before queueing, as the form would show it (an XRP row without a
    // destination tag, a recipient resembling one already paid): they do not stop the queueing.
    QList<ImportProblem> warnings;
    QList<ImportDuplicate> duplicates;
    QList<money::CurrencyTotal> totals; // per currency: count and exact sum

    bool canQueue(bool allowDuplicates) const
    {
        return problems.isEmpty() && !rows.isEmpty() && (allowDuplicates || duplicates.isEmpty());
    }
};

// A payout run from a CSV file: the window's Import and `paydesk-cli import` both call this.
// Columns are found by header name in any order; every row goes through the same intake as the
// form; the file is untrusted (size, columns, field length, UTF-8 and NUL checked, lines named).
// All or nothing: one bad row queues nothing, and a valid file queues every row in one
// transaction as pending_approval.
class PayoutImport
{
    Q_DECLARE_TR_FUNCTIONS(PayoutImport)

public:
    static constexpr qint64 maxFileBytes = 64LL * 1024 * 1024;
    static constexpr int maxRows = 200000;

    PayoutImport(workflow::PayoutIntake& intake, store::PayoutStore& store, const money::AssetCatalogue& catalogue,
                 const config::Clock& clock);

    // Reads and checks the file at `path` (its size before a byte is read).
    ImportPlan read(const QString& path) const;
    ImportPlan check(const QByteArray& bytes) const;

    struct Queued
    {
        std::optional<QList<qint64>> ids;
        store::StoreError error;
        QString refusal; // why the plan may not be queued, when it may not
    };
    Queued queue(const ImportPlan& plan, bool allowDuplicates, const QString& actor);

    static QStringList knownColumns();

private:
    void findDuplicates(ImportPlan& plan) const;

    workflow::PayoutIntake& m_intake;
    store::PayoutStore& m_store;
    const money::AssetCatalogue& m_catalogue;
    const config::Clock& m_clock;
};

} // namespace paydesk::exchange
