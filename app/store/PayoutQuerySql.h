#pragma once

#include "PayoutQuery.h"
#include "SqlDialect.h"

#include "money/Amount.h"
#include "payout/Payout.h"

#include <QString>
#include <QVariantList>

namespace paydesk::store {

// A PayoutQuery as SQL for one profile: the FROM and WHERE clauses with their values, and the
// ORDER BY and keyset condition of its sort. Each sort orders by one indexed column, then by id,
// which is also the order of the index (profile, column, id) that serves both the sort and an
// equality filter on that column shown newest first.
class PayoutQuerySql
{
public:
    // `plan`: how a text search reaches its rows (see SearchPlan); the store picks it.
    PayoutQuerySql(const SqlDialect& dialect, const QString& profile, const PayoutQuery& query,
                   SearchPlan plan = SearchPlan::Collect);

    // " FROM … WHERE …" without the keyset condition: for counting every match.
    QString fromWhere() const { return m_from + m_where; }
    QVariantList whereValues() const { return m_values; }
    // " FROM … WHERE … ORDER BY … LIMIT …" with the keyset condition: for one page.
    QString page(QVariantList* values) const;

    // Where a page ending at `payout` stops, in `sort`.
    static PageCursor cursorAfter(const payout::Payout& payout, PayoutSort sort);
    // Fixed-width digits whose text order is the amount's numeric order, for any precision.
    static QString amountSortKey(const money::Amount& amount);

private:
    QStringList orderColumns() const;

    QString m_from = QStringLiteral(" FROM payouts");
    QString m_idColumn = QStringLiteral("id");
    QString m_where;
    QVariantList m_values;
    PayoutQuery m_query;
};

} // namespace paydesk::store
