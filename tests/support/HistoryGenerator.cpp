#include "HistoryGenerator.h"

#include "TestEngine.h"
#include "config/Clock.h"
#include "money/Amount.h"
#include "store/Database.h"
#include "store/PayoutQuerySql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

using namespace paydesk;

namespace {

const QString base58 = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");

QString randomText(QRandomGenerator& random, const QString& alphabet, int length)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text += alphabet.at(random.bounded(static_cast<int>(alphabet.size())));
    }
    return text;
}

QString hex(QRandomGenerator& random, int length)
{
    return randomText(random, QStringLiteral("0123456789abcdef"), length);
}

struct Currency
{
    const char* code;
    const char* coin;
    int decimals;
    bool tron;
};

const Currency currencies[] = {
    {"195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT-TRC20", 6, true},
    {"60@0xdac17f958d2ee523a2206206994597c13d831ec7", "USDT-ERC20", 6, false},
    {"60@60", "ETH", 18, false},
    {"195@195", "TRX", 6, true},
};

const char* const creators[] = {"alice", "bob", "carol", "dave", "erin"};
const char* const remarks[] = {"payroll", "invoice", "refund", "supplier", "bonus", "Überweisung", "commission"};

class NoClock final : public config::Clock
{
public:
    qint64 nowMs() const override { return 0; }
};

} // namespace

bool HistoryGenerator::generate(const QString& path, const store::StoreScope& scope, const Options& options,
                                QString* error, const std::function<void(int)>& progress)
{
    store::StoreError storeError;
    // On PostgreSQL the rows go in as the database's owner, past the triggers that allow only a
    // new, unsent payout to be inserted (a generated history holds every state).
    const bool postgres = TestEngine::isPostgres();
    std::unique_ptr<store::Database> database;
    if (postgres) {
        const std::optional<config::TeamDatabase> team = TestEngine::teamDatabaseFor(path, error);
        if (!team) {
            return false;
        }
        database = store::Database::openPostgres(*team, {}, store::Database::Schema::MustBeCurrent, &storeError);
    } else {
        database = store::Database::openSqlite(path, &storeError);
    }
    if (!database) {
        *error = storeError.detail;
        return false;
    }
    QSqlDatabase db = database->connection();
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM payouts")) || !count.next()) {
        *error = count.lastError().text();
        return false;
    }
    const int existing = count.value(0).toInt();
    count.finish();
    // A generated file is thrown away if the machine stops: no need to wait for the disk.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -262144"));
    QRandomGenerator random(options.seed);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO payouts (profile, project_pid, gateway, third_party_id, wallet_id, currency, coin, to_address,"
        " amount, amount_units, decimals, amount_key, memo, remark, content_hash, state, cregis_status, cid, txid,"
        " block_height, block_time, attempts, created_by, created_at, approved_by, submitted_at, updated_at,"
        " first_sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    const QVariant noInt{QMetaType(QMetaType::LongLong)};
    for (int done = 0; done < options.count;) {
        if (!db.transaction()
            || (postgres && !QSqlQuery(db).exec(QStringLiteral("ALTER TABLE payouts DISABLE TRIGGER USER")))) {
            *error = db.lastError().text();
            return false;
        }
        const int end = std::min(options.count, done + options.batch);
        for (; done < end; ++done) {
            const int n = existing + done + 1;
            const Currency& currency = currencies[random.bounded(4)];
            const qint64 created = options.firstCreatedMs + options.stepMs * (n - 1);
            // Amounts from 0.01 to 100000 with up to the currency's decimals, exactly as text.
            const qint64 cents = 1 + random.bounded(10000000);
            const money::Amount amount
                = *money::Amount::parse(
                       QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0')),
                       currency.decimals)
                       .amount;
            const QString to
                = currency.tron ? u'T' + randomText(random, base58, 33) : QStringLiteral("0x") + hex(random, 40);
            const bool submitted = isSubmitted(n);
            const int other = n % 40;
            const QString state = submitted ? QStringLiteral("submitted")
                : other == 0                ? QStringLiteral("pending_approval")
                : other == 10               ? QStringLiteral("refused")
                : other == 20               ? QStringLiteral("cancelled")
                                            : QStringLiteral("rejected");
            insert.addBindValue(scope.profile);
            insert.addBindValue(scope.projectPid);
            insert.addBindValue(scope.gateway);
            insert.addBindValue(hex(random, 32));
            insert.addBindValue(qint64(11434198045401088));
            insert.addBindValue(QString::fromLatin1(currency.code));
            insert.addBindValue(QString::fromLatin1(currency.coin));
            insert.addBindValue(to);
            insert.addBindValue(amount.toCanonical());
            insert.addBindValue(amount.baseUnitsText());
            insert.addBindValue(currency.decimals);
            insert.addBindValue(store::PayoutQuerySql::amountSortKey(amount));
            insert.addBindValue(QStringLiteral("%1 %2").arg(QLatin1String(remarks[random.bounded(7)])).arg(n));
            insert.addBindValue(hex(random, 64));
            insert.addBindValue(state);
            insert.addBindValue(submitted ? QVariant(random.bounded(10) == 0 ? 0 : 1)
                                          : QVariant(QMetaType(QMetaType::Int)));
            insert.addBindValue(submitted ? QVariant(cidOf(n)) : noInt);
            insert.addBindValue(submitted ? QStringLiteral("0x") + hex(random, 64) : QString(QLatin1String("")));
            insert.addBindValue(submitted ? QString::number(50000000 + n) : QString(QLatin1String("")));
            insert.addBindValue(submitted ? QVariant(created + 600000) : noInt);
            insert.addBindValue(submitted ? 1 : 0);
            insert.addBindValue(QString::fromLatin1(creators[n % 5]));
            insert.addBindValue(created);
            insert.addBindValue(submitted ? QString::fromLatin1(creators[(n + 1) % 5]) : QString(QLatin1String("")));
            insert.addBindValue(submitted ? QVariant(created + 120000) : noInt);
            insert.addBindValue(created + 600000);
            insert.addBindValue(submitted ? QVariant(created + 120000) : noInt);
            if (!insert.exec()) {
                *error = insert.lastError().text();
                db.rollback();
                return false;
            }
        }
        if ((postgres && !QSqlQuery(db).exec(QStringLiteral("ALTER TABLE payouts ENABLE TRIGGER USER")))
            || !db.commit()) {
            *error = db.lastError().text();
            return false;
        }
        if (progress) {
            progress(done);
        }
    }
    // The planner's statistics, as a store that has lived a while would have them.
    QSqlQuery analyze(db);
    analyze.exec(QStringLiteral("ANALYZE"));
    if (postgres) {
        // The file stands for the database named after it: callers that generate once look for it.
        QFile marker(path);
        marker.open(QIODevice::WriteOnly);
    }
    return true;
}
