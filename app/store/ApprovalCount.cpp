#include "ApprovalCount.h"

#include <QSqlError>

#include <limits>

namespace paydesk::store {

std::optional<int> countValidApprovals(const Database& database, qint64 id, const QByteArray& contentHash,
                                       const ApprovalRequirement& requirement, const QString& creator,
                                       StoreError* error)
{
    QSqlQuery count = database.prepare(
        QStringLiteral("SELECT COUNT(DISTINCT approver) FROM approvals WHERE payout_id = ? AND content_hash = ?"
                       " AND approved_at >= ? AND approved_at <= ? AND approver <> ?"),
        {id, QString::fromLatin1(contentHash), requirement.notBeforeMs.value_or(0),
         requirement.notAfterMs.value_or(std::numeric_limits<qint64>::max()), creator});
    if (!count.exec() || !count.next()) {
        *error = StoreError::database(
            id, QStringLiteral("count the approvals of payout %1: %2").arg(id).arg(count.lastError().text()));
        return std::nullopt;
    }
    return count.value(0).toInt();
}

} // namespace paydesk::store
