#include "TeamCalls.h"

#include "TeamRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlRecord>

namespace paydesk::store {

namespace {

std::optional<payout::PayoutState> stateNamed(const QJsonValue& value)
{
    return value.isString() ? payout::stateFromStorageName(value.toString()) : std::nullopt;
}

StoreProblem problemNamed(const QString& name)
{
    static const QHash<QString, StoreProblem> problems{
        {QStringLiteral("not_found"), StoreProblem::NotFound},
        {QStringLiteral("wrong_state"), StoreProblem::WrongState},
        {QStringLiteral("still_approved"), StoreProblem::WrongState},
        {QStringLiteral("creator_cannot_approve"), StoreProblem::CreatorCannotApprove},
        {QStringLiteral("creator_cannot_reject"), StoreProblem::CreatorCannotReject},
        {QStringLiteral("creator_cannot_reconcile"), StoreProblem::CreatorCannotReconcile},
        {QStringLiteral("creator_only"), StoreProblem::CreatorOnly},
        {QStringLiteral("already_approved"), StoreProblem::AlreadyApproved},
        {QStringLiteral("changed_since_review"), StoreProblem::ChangedSinceReview},
        {QStringLiteral("ever_sent"), StoreProblem::EverSent},
        {QStringLiteral("reason_required"), StoreProblem::ReasonRequired},
        {QStringLiteral("not_claim_holder"), StoreProblem::NotClaimHolder},
        {QStringLiteral("no_lease"), StoreProblem::NotClaimHolder},
        {QStringLiteral("busy"), StoreProblem::Busy},
        {QStringLiteral("wrong_project"), StoreProblem::WrongProject},
        {QStringLiteral("content_changed"), StoreProblem::ContentChanged},
        {QStringLiteral("not_approved"), StoreProblem::NotApproved},
        {QStringLiteral("not_staff"), StoreProblem::NotStaff},
        {QStringLiteral("not_owner"), StoreProblem::NotStaff},
        {QStringLiteral("recipient_not_allowed"), StoreProblem::RecipientNotAllowed},
        {QStringLiteral("unanswered_too_long"), StoreProblem::UnansweredTooLong},
        {QStringLiteral("status_not_allowed"), StoreProblem::CregisStatusRefused},
    };
    return problems.value(name, StoreProblem::Database);
}

// The DETAIL line of the server's message: QPSQL hands over libpq's whole text.
QJsonObject detailOf(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String("DETAIL:"));
    if (at < 0) {
        return {};
    }
    const qsizetype start = text.indexOf(u'{', at);
    const qsizetype end = text.indexOf(u'\n', at);
    const QString json = start < 0 ? QString() : text.mid(start, (end < 0 ? text.size() : end) - start);
    return QJsonDocument::fromJson(json.trimmed().toUtf8()).object();
}

} // namespace

StoreError TeamCalls::refusal(const QSqlError& error, qint64 payoutId, const QString& what)
{
    if (error.nativeErrorCode() != QLatin1String(TeamRules::refusalState)) {
        return StoreError::database(payoutId, QStringLiteral("%1: %2").arg(what, error.databaseText().trimmed()));
    }
    const QJsonObject detail = detailOf(error.databaseText());
    StoreError refused = StoreError::of(problemNamed(detail.value(QLatin1String("problem")).toString()), payoutId);
    if (refused.problem == StoreProblem::Database) {
        refused.detail = QStringLiteral("%1: %2").arg(what, error.databaseText().trimmed());
        return refused;
    }
    refused.state = stateNamed(detail.value(QLatin1String("state")));
    refused.wanted = stateNamed(detail.value(QLatin1String("wanted")));
    refused.person = detail.value(QLatin1String("person")).toString();
    refused.count = detail.value(QLatin1String("count")).toInteger();
    refused.required = detail.value(QLatin1String("required")).toInteger();
    refused.detail = detail.value(QLatin1String("role")).toString();
    return refused;
}

bool TeamCalls::stepIn(WriteTransaction& transaction, const QString& function, const QVariantList& arguments,
                       qint64 payoutId, StoreError* error, QList<QSqlRecord>* rows) const
{
    QSqlQuery call(transaction.connection());
    call.prepare(QStringLiteral("SELECT * FROM public.%1(%2)").arg(function, Database::placeholders(arguments.size())));
    Database::bind(call, arguments);
    if (!call.exec()) {
        *error = refusal(call.lastError(), payoutId, function);
        transaction.rollback();
        return false;
    }
    while (rows && call.next()) {
        rows->append(call.record());
    }
    return true;
}

bool TeamCalls::step(const QString& person, const QString& function, const QVariantList& arguments, qint64 payoutId,
                     StoreError* error, QList<QSqlRecord>* rows) const
{
    WriteTransaction transaction(m_database, person);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    if (!stepIn(transaction, function, arguments, payoutId, error, rows)) {
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace paydesk::store
