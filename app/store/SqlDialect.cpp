#include "SqlDialect.h"

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

} // namespace

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

TextSearchSql SqliteDialect::textSearch(const QString& text, bool inIdOrder) const
{
    const QString payouts = QStringLiteral(" FROM payouts");
    if (text.toUcs4().size() >= shortestIndexedSearch) {
        // One quoted phrase: its trigrams in a row, which is "contains", in any letter case.
        QString phrase = text;
        phrase.replace(u'"', QStringLiteral("\"\""));
        const QVariant match(u'"' + phrase + u'"');
        if (inIdOrder) {
            // Driven by the index in row id order, so the first page stops after its rows instead
            // of collecting every match (a common word matches a large part of a million rows).
            return {QStringLiteral(" FROM payout_text JOIN payouts ON payouts.id = payout_text.rowid"),
                    {QStringLiteral("payout_text MATCH ?"), {match}},
                    QStringLiteral("payout_text.rowid")};
        }
        return {payouts,
                {QStringLiteral("id IN (SELECT rowid FROM payout_text WHERE payout_text MATCH ?)"), {match}},
                QStringLiteral("id")};
    }
    // One or two characters: too short for trigrams, so the columns are scanned.
    QString pattern = text;
    pattern.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    QStringList alternatives;
    QVariantList values;
    for (const QString& column : searchColumns) {
        alternatives << QStringLiteral("CAST(%1 AS TEXT) LIKE ? ESCAPE '\\'").arg(column);
        values << pattern;
    }
    return {payouts, {u'(' + alternatives.join(QStringLiteral(" OR ")) + u')', values}, QStringLiteral("id")};
}

} // namespace paydesk::store
