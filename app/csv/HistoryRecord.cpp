#include "HistoryRecord.h"

#include <QDateTime>
#include <QJsonValue>

namespace paydesk::csv {

namespace {

QString optionalNumber(const std::optional<qint64>& value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QString HistoryRecord::isoUtc(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool HistoryRecord::isTimeColumn(qsizetype column)
{
    // created_at, submitted_at, block_time
    return column == 1 || column == 16 || column == 18;
}

void HistoryRecord::appendIsoUtc(QByteArray& out, qint64 ms)
{
    // Days to a civil date (Howard Hinnant's days_from_civil, inverted), for any day after 1970
    // and before it alike.
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 inDay = ms - days * 86400000;
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * monthIndex + 2) / 5 + 1;
    const qint64 month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    const int hours = int(inDay / 3600000);
    inDay %= 3600000;
    const int minutes = int(inDay / 60000);
    inDay %= 60000;
    // Digits by hand: snprintf was a fifth of a million-row export.
    char text[] = "0000-00-00T00:00:00.000Z";
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = at + width - 1; i >= at; --i) {
            text[i] = char('0' + value % 10);
            value /= 10;
        }
    };
    if (year < 0 || year > 9999) {
        out.append(isoUtc(ms).toLatin1()); // outside four digits: QDateTime's own rules
        return;
    }
    put(0, year, 4);
    put(5, month, 2);
    put(8, day, 2);
    put(11, hours, 2);
    put(14, minutes, 2);
    put(17, inDay / 1000, 2);
    put(20, inDay % 1000, 3);
    out.append(text, sizeof text - 1);
}

QStringList HistoryRecord::columnNames()
{
    return {QStringLiteral("id"),          QStringLiteral("created_at"),     QStringLiteral("created_by"),
            QStringLiteral("approved_by"), QStringLiteral("state"),          QStringLiteral("cregis_status"),
            QStringLiteral("cid"),         QStringLiteral("third_party_id"), QStringLiteral("wallet_id"),
            QStringLiteral("currency"),    QStringLiteral("coin"),           QStringLiteral("from_address"),
            QStringLiteral("to_address"),  QStringLiteral("amount"),         QStringLiteral("memo"),
            QStringLiteral("remark"),      QStringLiteral("submitted_at"),   QStringLiteral("txid"),
            QStringLiteral("block_time")};
}

QStringList HistoryRecord::fields(const payout::Payout& p)
{
    return {QString::number(p.id),
            isoUtc(p.createdAtMs),
            p.createdBy,
            p.approvedBy,
            payout::toStorageName(p.state),
            p.cregisStatus ? QString::number(*p.cregisStatus) : QString(),
            optionalNumber(p.cid),
            p.thirdPartyId,
            optionalNumber(p.fields.walletId),
            p.fields.currency,
            p.fields.coinName,
            p.fields.fromAddress,
            p.fields.toAddress,
            p.fields.amount.toCanonical(),
            p.fields.memo,
            p.fields.remark,
            p.submittedAtMs ? isoUtc(*p.submittedAtMs) : QString(),
            p.txid,
            p.blockTimeMs ? isoUtc(*p.blockTimeMs) : QString()};
}

QJsonObject HistoryRecord::toJson(const payout::Payout& p)
{
    const QStringList names = columnNames();
    const QStringList values = fields(p);
    QJsonObject object;
    for (qsizetype i = 0; i < names.size(); ++i) {
        object.insert(names.at(i), values.at(i).isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(values.at(i)));
    }
    return object;
}

} // namespace paydesk::csv
