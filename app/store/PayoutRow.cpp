#include "PayoutRow.h"

#include "Database.h"
#include "PayoutQuerySql.h"

#include <QSqlQuery>
#include <QStringList>

namespace paydesk::store {

namespace {

constexpr std::array<const char*, PayoutRow::ColumnCount> names{
    "id",
    "profile",
    "project_pid",
    "gateway",
    "third_party_id",
    "wallet_id",
    "currency",
    "coin",
    "from_address",
    "to_address",
    "amount",
    "decimals",
    "memo",
    "remark",
    "callback_url",
    "content_hash",
    "state",
    "cregis_status",
    "cid",
    "txid",
    "block_height",
    "block_time",
    "error_code",
    "error_message",
    "attempts",
    "created_by",
    "created_at",
    "approved_by",
    "submitted_at",
    "updated_at",
    "claim_owner",
    "claimed_at",
    "first_sent_at",
    "reconcile_checked_at",
};

std::optional<qint64> optionalInt64(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

QString PayoutRow::columnName(Column column)
{
    return QString::fromLatin1(names.at(column));
}

QString PayoutRow::selectSql()
{
    QStringList columns;
    for (const char* name : names) {
        columns << QString::fromLatin1(name);
    }
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM payouts");
}

QString PayoutRow::selectColumns()
{
    QStringList columns;
    for (const char* name : names) {
        columns << QStringLiteral("payouts.") + QLatin1String(name);
    }
    return QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
}

QList<std::pair<QString, QVariant>> PayoutRow::fieldColumns(const payout::PayoutFields& fields)
{
    return {{QStringLiteral("wallet_id"), Database::nullableInt64(fields.walletId)},
            {QStringLiteral("currency"), fields.currency},
            {QStringLiteral("coin"), fields.coinName},
            {QStringLiteral("from_address"), fields.fromAddress},
            {QStringLiteral("to_address"), fields.toAddress},
            {QStringLiteral("amount"), fields.amount.toCanonical()},
            {QStringLiteral("amount_units"), fields.amount.baseUnitsText()},
            {QStringLiteral("decimals"), fields.amount.decimals()},
            {QStringLiteral("amount_key"), PayoutQuerySql::amountSortKey(fields.amount)},
            {QStringLiteral("memo"), fields.memo},
            {QStringLiteral("remark"), fields.remark},
            {QStringLiteral("callback_url"), fields.callbackUrl}};
}

PayoutRow::PayoutRow(const QSqlRecord& record)
{
    for (int column = 0; column < ColumnCount; ++column) {
        m_index[column] = record.indexOf(QString::fromLatin1(names.at(column)));
    }
}

payout::Payout PayoutRow::read(const QSqlQuery& query) const
{
    return readFrom(query, m_index);
}

payout::Payout PayoutRow::read(const QSqlRecord& record) const
{
    return readFrom(record, m_index);
}

template <typename Source>
payout::Payout PayoutRow::readFrom(const Source& source, const std::array<int, ColumnCount>& index)
{
    const auto value = [&](Column column) {
        return source.value(index[column]);
    };
    payout::Payout p;
    p.id = value(Id).toLongLong();
    p.profile = value(Profile).toString();
    p.projectPid = optionalInt64(value(ProjectPid));
    p.gateway = value(Gateway).toString();
    p.thirdPartyId = value(ThirdPartyId).toString();
    p.fields.walletId = optionalInt64(value(WalletId));
    p.fields.currency = value(Currency).toString();
    p.fields.coinName = value(Coin).toString();
    p.fields.fromAddress = value(FromAddress).toString();
    p.fields.toAddress = value(ToAddress).toString();
    // The canonical text is authoritative; it was produced by Amount and parses back exactly. Text
    // that does not parse reads as zero, which then matches no approval's hash and is never sent.
    p.fields.amount
        = money::Amount::parse(value(Amount).toString(), value(Decimals).toInt()).amount.value_or(money::Amount());
    p.fields.memo = value(Memo).toString();
    p.fields.remark = value(Remark).toString();
    p.fields.callbackUrl = value(CallbackUrl).toString();
    p.contentHash = value(ContentHash).toString().toLatin1();
    p.state = payout::stateFromStorageName(value(State).toString()).value_or(payout::PayoutState::Unknown);
    if (!value(CregisStatus).isNull()) {
        p.cregisStatus = value(CregisStatus).toInt();
    }
    p.cid = optionalInt64(value(Cid));
    p.txid = value(Txid).toString();
    p.blockHeight = value(BlockHeight).toString();
    p.blockTimeMs = optionalInt64(value(BlockTime));
    p.errorCode = value(ErrorCode).toString();
    p.errorMessage = value(ErrorMessage).toString();
    p.attempts = value(Attempts).toInt();
    p.createdBy = value(CreatedBy).toString();
    p.createdAtMs = value(CreatedAt).toLongLong();
    p.approvedBy = value(ApprovedBy).toString();
    p.submittedAtMs = optionalInt64(value(SubmittedAt));
    p.updatedAtMs = value(UpdatedAt).toLongLong();
    p.claimOwner = value(ClaimOwner).toString();
    p.claimedAtMs = optionalInt64(value(ClaimedAt));
    p.firstSentAtMs = optionalInt64(value(FirstSentAt));
    p.reconcileCheckedAtMs = optionalInt64(value(ReconcileCheckedAt));
    return p;
}

} // namespace paydesk::store
