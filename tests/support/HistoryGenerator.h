#pragma once

#include "store/PayoutStore.h"

#include <QString>

#include <functional>

// Fills a payout store with a realistic history, fast, for benchmarks and the large-history GUI
// test: rows are written with SQL in large transactions (through the store's own schema, search
// index triggers included), not one by one through the workflow, which would take hours for a
// million. Deterministic for a seed. Most payouts are submitted with a cid and a txid; the rest
// are spread over the other states. Creation times run one per `stepMs` from `firstCreatedMs`.
class HistoryGenerator
{
public:
    struct Options
    {
        int count = 1000;
        quint32 seed = 1;
        qint64 firstCreatedMs = 1672531200000; // 2023-01-01T00:00:00Z
        qint64 stepMs = 60000;
        int batch = 20000; // rows per transaction
    };

    // The cid of the payout with 1-based position `n` in creation order: exact digits above 2^53.
    static qint64 cidOf(int n) { return 9007199254740993LL + 7LL * n; }
    // Whether the payout at position `n` was submitted (and so has a cid).
    static bool isSubmitted(int n) { return n % 10 != 0; }

    // Appends `options.count` payouts to `scope`'s profile in the SQLite file `path` (created
    // when missing). `progress` gets the rows written so far.
    static bool generate(const QString& path, const paydesk::store::StoreScope& scope, const Options& options,
                         QString* error, const std::function<void(int)>& progress = {});
};
