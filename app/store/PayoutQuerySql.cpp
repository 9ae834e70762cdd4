#include "PayoutQuerySql.h"

#include "Database.h"

#include <QStringList>

namespace paydesk::store {

namespace {

// The sort column as SQL. NULLs (no Cregis status or cid yet) sort as -1, below every real
// value, so the keyset comparison needs no special case; the indexes hold the same expressions.
QString sortExpression(PayoutSort sort)
{
    switch (sort) {
    case PayoutSort::Id:
        return QStringLiteral("id");
    case PayoutSort::Created:
        return QStringLiteral("created_at");
    case PayoutSort::CreatedBy:
        return QStringLiteral("created_by");
    case PayoutSort::State:
        return QStringLiteral("state");
    case PayoutSort::CregisStatus:
        return QStringLiteral("COALESCE(cregis_status, -1)");
    case PayoutSort::Cid:
        return QStringLiteral("COALESCE(cid, -1)");
    case PayoutSort::Coin:
        return QStringLiteral("coin");
    case PayoutSort::Amount:
        return QStringLiteral("amount_key");
    }
    return QStringLiteral("id");
}

constexpr int amountIntegerDigits = money::Amount::maxSignificantDigits;

} // namespace

PayoutQuerySql::PayoutQuerySql(const SqlDialect& dialect, const QString& profile, const PayoutQuery& query,
                               SearchPlan plan)
    : m_query(query)
{
    QStringList conditions{QStringLiteral("profile = ?")};
    m_values << profile;
    if (!query.states.isEmpty()) {
        conditions << QStringLiteral("state IN (%1)").arg(Database::placeholders(query.states.size()));
        for (payout::PayoutState state : query.states) {
            m_values << payout::toStorageName(state);
        }
    }
    if (!query.cregisStatuses.isEmpty()) {
        conditions << QStringLiteral("COALESCE(cregis_status, -1) IN (%1)")
                          .arg(Database::placeholders(query.cregisStatuses.size()));
        for (int status : query.cregisStatuses) {
            m_values << status;
        }
    }
    if (!query.currency.isEmpty()) {
        conditions << QStringLiteral("currency = ?");
        m_values << query.currency;
    }
    if (!query.amount.isEmpty()) {
        conditions << QStringLiteral("amount = ?");
        m_values << query.amount;
    }
    if (query.createdFromMs) {
        conditions << QStringLiteral("created_at >= ?");
        m_values << *query.createdFromMs;
    }
    if (query.createdUntilMs) {
        conditions << QStringLiteral("created_at < ?");
        m_values << *query.createdUntilMs;
    }
    if (!query.createdBy.isEmpty()) {
        conditions << QStringLiteral("created_by = ?");
        m_values << query.createdBy;
    }
    if (!query.ids.isEmpty()) {
        conditions << QStringLiteral("payouts.id IN (%1)").arg(Database::placeholders(query.ids.size()));
        for (qint64 id : query.ids) {
            m_values << id;
        }
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        const TextSearchSql search
            = dialect.textSearch(text, query.sort == PayoutSort::Id ? SearchPlan::InIdOrder : plan);
        m_from = search.from;
        m_idColumn = search.idColumn;
        conditions << search.condition.sql;
        m_values << search.condition.values;
    }
    m_where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QStringList PayoutQuerySql::orderColumns() const
{
    if (m_query.sort == PayoutSort::Id) {
        return {m_idColumn};
    }
    return {sortExpression(m_query.sort), m_idColumn};
}

QString PayoutQuerySql::page(QVariantList* values) const
{
    *values = m_values;
    QString sql = m_from + m_where;
    const QStringList columns = orderColumns();
    if (m_query.after) {
        // Row values compare column by column: exactly "after this row in this order".
        sql += QStringLiteral(" AND (%1) %2 (%3)")
                   .arg(columns.join(QStringLiteral(", ")),
                        m_query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                        Database::placeholders(columns.size()));
        if (columns.size() == 2) {
            *values << m_query.after->key;
        }
        *values << m_query.after->id;
    }
    const QString direction = m_query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + columns.join(direction + QStringLiteral(", ")) + direction;
    if (m_query.limit > 0) {
        sql += QStringLiteral(" LIMIT %1").arg(m_query.limit);
    }
    return sql;
}

PageCursor PayoutQuerySql::cursorAfter(const payout::Payout& payout, PayoutSort sort)
{
    PageCursor cursor{QVariant(), payout.id};
    switch (sort) {
    case PayoutSort::Id:
        break;
    case PayoutSort::Created:
        cursor.key = payout.createdAtMs;
        break;
    case PayoutSort::CreatedBy:
        cursor.key = payout.createdBy;
        break;
    case PayoutSort::State:
        cursor.key = payout::toStorageName(payout.state);
        break;
    case PayoutSort::CregisStatus:
        cursor.key = payout.cregisStatus.value_or(-1);
        break;
    case PayoutSort::Cid:
        cursor.key = payout.cid.value_or(-1);
        break;
    case PayoutSort::Coin:
        cursor.key = payout.fields.coinName;
        break;
    case PayoutSort::Amount:
        cursor.key = amountSortKey(payout.fields.amount);
        break;
    }
    return cursor;
}

QString PayoutQuerySql::amountSortKey(const money::Amount& amount)
{
    // The canonical text has no exponent and no trailing zeros: pad the whole part on the left and
    // the fraction on the right to fixed widths, and text order is numeric order.
    const QString canonical = amount.toCanonical();
    const qsizetype point = canonical.indexOf(u'.');
    const QString whole = point < 0 ? canonical : canonical.left(point);
    const QString fraction = point < 0 ? QString() : canonical.mid(point + 1);
    return whole.rightJustified(amountIntegerDigits, u'0') + fraction.leftJustified(money::Amount::maxDecimals, u'0');
}

} // namespace paydesk::store
