#pragma once

#include "payout/Payout.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace paydesk::csv {

// The columns of the history export, shared by the CSV export, `paydesk-cli list` and its JSON
// form, so every front end reports a payout the same way.
class HistoryRecord
{
public:
    static QStringList columnNames();
    // Times in ISO 8601 UTC with `Z`, amounts exactly as sent, ids as exact digits.
    static QStringList fields(const payout::Payout& payout);
    // The same values as strings (ids and amounts as strings; absent values as null).
    static QJsonObject toJson(const payout::Payout& payout);

    static QString isoUtc(qint64 msSinceEpoch);
    // The same text as isoUtc(), appended as UTF-8 without a QDateTime: exports format three
    // times for each of a million rows.
    static void appendIsoUtc(QByteArray& out, qint64 msSinceEpoch);
    // Columns holding times (ms since the epoch in the store, ISO 8601 in files).
    static bool isTimeColumn(qsizetype column);
};

} // namespace paydesk::csv
