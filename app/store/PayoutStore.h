#pragma once

#include "PayoutQuery.h"
#include "cregis/Clock.h"
#include "payout/Payout.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace paydesk::store {

struct CregisProgress
{
    int status = 0;
    QString txid;
    QString blockHeight;
    std::optional<qint64> blockTimeMs;
};

// The only place with SQL. Every state change happens in one transaction together with its
// audit event, and changes only rows in the expected state: callers learn from the return value
// whether the change happened, so two desktops (or a crash) can never both claim a payout.
class PayoutStore : public QObject
{
    Q_OBJECT

public:
    // Opens (creating if needed) an SQLite file with WAL, foreign keys and synchronous=FULL,
    // and migrates it. Returns nullptr and fills `error` when that fails.
    static std::unique_ptr<PayoutStore> openSqlite(const QString& path, const cregis::Clock& clock, QString* error);
    ~PayoutStore() override;

    QString lastError() const { return m_lastError; }
    int schemaVersion();

    // Queues a checked payout as pending_approval with a new third_party_id. Returns its id.
    std::optional<qint64> addPayout(const QString& profile, const payout::PayoutFields& fields, const QString& actor);

    std::optional<payout::Payout> payout(qint64 id);
    QList<payout::Payout> payouts(const PayoutQuery& query);
    int countPayouts(const PayoutQuery& query);
    // Streams every matching row to `visit` without holding them all; stops when it returns false.
    bool forEachPayout(const PayoutQuery& query, const std::function<bool(const payout::Payout&)>& visit);

    // Recipients already used that share the first and last four characters with `address` but
    // differ from it: the shape of an address-swapping attack.
    QStringList recipientsResembling(const QString& address, int limit = 5);

    // `from -> submitting`, one row or none; also counts the attempt.
    bool claimForSubmission(qint64 id, const QSet<payout::PayoutState>& from, const QString& actor);
    bool recordSubmitted(qint64 id, qint64 cid, const QString& actor);
    bool recordRefused(qint64 id, const QString& code, const QString& message, const QString& actor);
    bool recordUnknown(qint64 id, const QString& kind, const QString& message, const QString& actor);
    bool recordNeedsReconciliation(qint64 id, const QString& code, const QString& message, const QString& actor);
    bool recordCregisProgress(qint64 id, const CregisProgress& progress, const QString& actor);
    // After a crash: every row still `submitting` may or may not have reached Cregis.
    int recoverInterruptedSubmissions(const QString& actor);

Q_SIGNALS:
    void payoutAdded(qint64 id);
    void payoutChanged(qint64 id);

private:
    struct Change;

    PayoutStore(QString connectionName, const cregis::Clock& clock);
    bool applyChange(const Change& change);
    bool appendAudit(std::optional<qint64> payoutId, const QString& actor, const QString& event, const QString& detail,
                     const QByteArray& payoutHash);
    bool beginWrite();
    bool fail(const QString& what, const QString& sqlError);
    QSqlDatabase database() const;

    QString m_connectionName;
    const cregis::Clock& m_clock;
    QString m_lastError;
};

} // namespace paydesk::store
