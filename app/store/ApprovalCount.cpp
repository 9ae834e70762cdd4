#include "ApprovalCount.h"

#include <QSqlError>

namespace paydesk::store {

std::optional<int> countValidApprovals(const Database& database, qint64 id, const QByteArray& contentHash,
                                       std::optional<qint64> notBeforeMs, const QString& creator, StoreError* error)
{
    QSqlQuery count = database.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT approver) FROM approvals WHERE payout_id = ? AND content_hash = ?"
                       " AND approved_at >= ? AND approver <> ?"),
        {id, QString::fromLatin1(contentHash), notBeforeMs.value_or(0), creator});
    if (!count.exec() || !count.next()) {
        *error = StoreError::database(
            id, QStringLiteral("count the approvals of payout %1: %2").arg(id).arg(count.lastError().text()));
        return std::nullopt;
    }
    return count.value(0).toInt();
}

} // namespace paydesk::store
