#pragma once

#include "Database.h"
#include "StoreError.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <optional>

namespace paydesk::store {

// Calls the steps of a team database (TeamRules): `SELECT * FROM public.<step>(...)` in a write
// transaction on the person's session. A refused step comes back as the typed StoreError its
// DETAIL names; anything else the server says is a database error in its own words.
class TeamCalls
{
public:
    explicit TeamCalls(const Database& database)
        : m_database(database)
    { }

    // One step in a transaction of its own. On success `rows` (if given) holds what it returned.
    bool step(const QString& person, const QString& function, const QVariantList& arguments, qint64 payoutId,
              StoreError* error, QList<QSqlRecord>* rows = nullptr) const;
    // A step inside the caller's open transaction (several steps that must commit together).
    bool stepIn(WriteTransaction& transaction, const QString& function, const QVariantList& arguments, qint64 payoutId,
                StoreError* error, QList<QSqlRecord>* rows = nullptr) const;

    // The StoreError a failed call means.
    static StoreError refusal(const QSqlError& error, qint64 payoutId, const QString& what);

private:
    const Database& m_database;
};

} // namespace paydesk::store
