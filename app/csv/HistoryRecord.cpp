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

QList<bool> HistoryRecord::freeTextColumns()
{
    // created_by, approved_by, addresses, memo and remark come from people or files.
    return {false, false, true, true,  false, false, false, false, false, false,
            false, true,  true, false, true,  true,  false, false, false};
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
