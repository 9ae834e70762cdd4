#include "SqlDialect.h"

#include "SqliteRowStream.h"

namespace paydesk::store {

namespace {

// The searchable columns, as the index and the triggers that feed it name them.
const QStringList searchColumns{QStringLiteral("to_address"), QStringLiteral("from_address"),
                                QStringLiteral("remark"),     QStringLiteral("third_party_id"),
                                QStringLiteral("cid"),        QStringLiteral("txid")};

QString prefixed(const QString& prefix)
{
    QStringList names;
    for (const QString& column : searchColumns) {
        names << prefix + column;
    }
    return names.join(QStringLiteral(", "));
}

// The trigram tokenizer cannot look for fewer than three characters.
constexpr qsizetype shortestIndexedSearch = 3;
// How many trailing trigrams pick the candidates of a long search.
constexpr qsizetype trigramsPerSearch = 4;

} // namespace

QString SqlDialect::containsPattern(const QString& text)
{
    QString pattern = text;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + pattern + u'%';
}

bool SqliteDialect::isUniqueViolation(const QString& nativeErrorCode, const QString& text) const
{
    // SQLITE_CONSTRAINT (19), extended SQLITE_CONSTRAINT_UNIQUE (2067); Qt reports the primary
    // code, so the message tells UNIQUE apart from other constraints.
    return (nativeErrorCode == QLatin1String("19") || nativeErrorCode == QLatin1String("2067"))
        && text.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
}

QStringList SqliteDialect::searchIndexStatements() const
{
    // An FTS5 index with the trigram tokenizer answers substring searches from the index; its
    // content is the payouts table itself (external content), so the text is not stored twice.
    // Triggers run inside the statement that changed the row, so the index commits or rolls back
    // with it.
    const QString columns = searchColumns.join(QStringLiteral(", "));
    const QString remove
        = QStringLiteral("INSERT INTO payout_text (payout_text, rowid, %1) VALUES ('delete', old.id, %2);")
              .arg(columns, prefixed(QStringLiteral("old.")));
    const QString add = QStringLiteral("INSERT INTO payout_text (rowid, %1) VALUES (new.id, %2);")
                            .arg(columns, prefixed(QStringLiteral("new.")));
    return {
        QStringLiteral("CREATE VIRTUAL TABLE payout_text USING fts5(%1, content='payouts', content_rowid='id',"
                       " tokenize='trigram')")
            .arg(columns),
        QStringLiteral("CREATE TRIGGER payout_text_added AFTER INSERT ON payouts BEGIN %1 END").arg(add),
        QStringLiteral("CREATE TRIGGER payout_text_changed AFTER UPDATE OF %1 ON payouts BEGIN %2 %3 END")
            .arg(columns, remove, add),
        QStringLiteral("CREATE TRIGGER payout_text_removed AFTER DELETE ON payouts BEGIN %1 END").arg(remove),
        QStringLiteral("INSERT INTO payout_text (payout_text) VALUES ('rebuild')"),
    };
}

std::optional<SqlCondition> SqliteDialect::indexCondition(const QString& text, bool* readsPayouts)
{
    *readsPayouts = false;
    const qsizetype length = text.toUcs4().size();
    if (length < shortestIndexedSearch) {
        return std::nullopt;
    }
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii && length > trigramsPerSearch + 2) {
        // A long search (a cid, an address, a txid) as one phrase would make the index walk the
        // trigrams every row shares (cids of one system start alike): 90 ms on a million rows.
        // Its last trigrams vary most; rows holding those are the candidates, and the columns
        // confirm the whole text (ASCII letter case folds the same way in both).
        QStringList trigrams;
        for (qsizetype i = text.size() - trigramsPerSearch - 2; i + 3 <= text.size(); ++i) {
            QString trigram = text.mid(i, 3);
            trigram.replace(u'"', QStringLiteral("\"\""));
            trigrams << u'"' + trigram + u'"';
        }
        const SqlCondition confirm = containsAnywhere(text);
        *readsPayouts = true;
        return SqlCondition{QStringLiteral("payout_text MATCH ? AND ") + confirm.sql,
                            QVariantList{trigrams.join(u' ')} + confirm.values};
    }
    // One quoted phrase: its trigrams in a row, which is "contains", in any letter case.
    QString phrase = text;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return SqlCondition{QStringLiteral("payout_text MATCH ?"), {QVariant(u'"' + phrase + u'"')}};
}

TextSearchSql SqliteDialect::textSearch(const QString& text, SearchPlan plan) const
{
    const QString payouts = QStringLiteral(" FROM payouts");
    bool readsPayouts = false;
    const std::optional<SqlCondition> indexed = indexCondition(text, &readsPayouts);
    if (!indexed) {
        // One or two characters: too short for trigrams, so the columns are scanned.
        return {payouts, containsAnywhere(text), QStringLiteral("payouts.id")};
    }
    switch (plan) {
    case SearchPlan::InIdOrder:
        // Driven by the index in row id order, so the first page stops after its rows instead
        // of collecting every match (a common word matches a large part of a million rows).
        return {QStringLiteral(" FROM payout_text JOIN payouts ON payouts.id = payout_text.rowid"), *indexed,
                QStringLiteral("payout_text.rowid")};
    case SearchPlan::ProbeEachRow:
        // The index answers "does this row match?" for one row id at a time; the payouts table's
        // columns of the long-search check are the outer row's own.
        return {payouts,
                {QStringLiteral("EXISTS (SELECT 1 FROM payout_text WHERE payout_text.rowid = payouts.id AND %1)")
                     .arg(indexed->sql),
                 indexed->values},
                QStringLiteral("payouts.id")};
    case SearchPlan::Collect:
        break;
    }
    const QString source = readsPayouts ? QStringLiteral("payout_text JOIN payouts ON payouts.id = payout_text.rowid")
                                        : QStringLiteral("payout_text");
    return {payouts,
            {QStringLiteral("payouts.id IN (SELECT payout_text.rowid FROM %1 WHERE %2)").arg(source, indexed->sql),
             indexed->values},
            QStringLiteral("payouts.id")};
}

SqlCondition SqliteDialect::countUpTo(const QString& text, int cap) const
{
    bool readsPayouts = false;
    const std::optional<SqlCondition> indexed = indexCondition(text, &readsPayouts);
    if (!indexed) {
        return {QStringLiteral("SELECT %1").arg(cap), {}}; // a scan either way: treat it as common
    }
    const QString source = readsPayouts ? QStringLiteral("payout_text JOIN payouts ON payouts.id = payout_text.rowid")
                                        : QStringLiteral("payout_text");
    return {QStringLiteral("SELECT count(*) FROM (SELECT payout_text.rowid FROM %1 WHERE %2 LIMIT %3)")
                .arg(source, indexed->sql)
                .arg(cap),
            indexed->values};
}

SqlCondition SqliteDialect::containsAnywhere(const QString& text)
{
    const QString pattern = containsPattern(text);
    QStringList alternatives;
    QVariantList values;
    for (const QString& column : searchColumns) {
        alternatives << QStringLiteral("CAST(payouts.%1 AS TEXT) LIKE ? ESCAPE '\\'").arg(column);
        values << pattern;
    }
    return {u'(' + alternatives.join(QStringLiteral(" OR ")) + u')', values};
}

std::unique_ptr<RowStream> SqliteDialect::streamRows(const QSqlDatabase& db, const QString& sql,
                                                     const QVariantList& values, QString* error) const
{
    return SqliteRowStream::open(db, sql, values, error);
}

} // namespace paydesk::store
