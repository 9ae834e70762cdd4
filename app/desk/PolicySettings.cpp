#include "PolicySettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk::desk {

namespace {

using Problem = workflow::PolicyProblem::Kind;

// A whole number written by save(); anything else is unreadable, never silently a default.
std::optional<qint64> readWholeNumber(const QString& value)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

std::optional<bool> readSwitch(const QString& value)
{
    const QString text = value.trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

PolicySettings::PolicySettings(PolicyValues& values)
    : m_values(values)
{ }

PolicyValues PolicySettings::read(QSettings& settings, const QString& profileName)
{
    PolicyValues values;
    settings.beginGroup(QStringLiteral("profiles/%1/policy").arg(profileName));
    for (const QString& name : settings.childKeys()) {
        values.insert(name, settings.value(name).toString());
    }
    settings.endGroup();
    return values;
}

void PolicySettings::write(QSettings& settings, const QString& profileName, const PolicyValues& values)
{
    settings.beginGroup(QStringLiteral("profiles/%1/policy").arg(profileName));
    settings.remove(QString()); // the group's keys: a rule no longer set must not linger
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        settings.setValue(it.key(), it.value());
    }
    settings.endGroup();
    settings.sync();
}

void PolicySettings::loadThresholds(workflow::ApprovalPolicy& policy) const
{
    const QByteArray text = m_values.value(QStringLiteral("thresholds")).toUtf8();
    if (text.isEmpty()) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isArray()) {
        policy.blocked = true;
        policy.problems.append({Problem::Thresholds, QString::fromUtf8(text), {}, 0});
        return;
    }
    for (const QJsonValue& entry : document.array()) {
        const QJsonObject object = entry.toObject();
        const QJsonValue approvals = object.value(QLatin1String("approvals"));
        if (!approvals.isDouble() || approvals.toDouble() != approvals.toInt() || approvals.toInt() < 1) {
            // How many approvers such a rule wants cannot be guessed upwards: stop everything.
            policy.blocked = true;
            policy.problems.append({Problem::ThresholdApprovers, approvals.toVariant().toString(), {}, 0});
            continue;
        }
        workflow::AmountThreshold threshold;
        threshold.approvals = approvals.toInt();
        threshold.currency = object.value(QLatin1String("currency")).toString();
        if (threshold.currency.isEmpty()) {
            policy.problems.append({Problem::ThresholdCurrency, {}, {}, threshold.approvals});
        }
        // Read at the widest precision an amount may have; compared exactly with any payout.
        const QString atLeast = object.value(QLatin1String("at_least")).toString();
        const auto amount = money::Amount::parse(atLeast, money::Amount::maxDecimals);
        if (amount.amount) {
            threshold.atLeast = *amount.amount;
        } else {
            threshold.atLeast = money::Amount();
            policy.problems.append({Problem::ThresholdAmount, atLeast, threshold.currency, threshold.approvals});
        }
        policy.thresholds.append(threshold);
    }
}

workflow::ApprovalPolicy PolicySettings::load() const
{
    workflow::ApprovalPolicy policy;
    if (m_values.contains(QStringLiteral("approvals_required"))) {
        const auto required = readWholeNumber(m_values.value(QStringLiteral("approvals_required")));
        if (!required || *required < 1 || *required > 1000) {
            policy.blocked = true;
            policy.problems.append(
                {Problem::ApprovalsRequired, m_values.value(QStringLiteral("approvals_required")), {}, 0});
        } else {
            policy.approvalsRequired = static_cast<int>(*required);
        }
    }
    loadThresholds(policy);
    if (m_values.contains(QStringLiteral("allow_list_only"))) {
        const auto only = readSwitch(m_values.value(QStringLiteral("allow_list_only")));
        policy.allowListOnly = only.value_or(true);
        if (!only) {
            policy.problems.append({Problem::AllowListOnly, m_values.value(QStringLiteral("allow_list_only")), {}, 0});
        }
    }
    const QByteArray allowText = m_values.value(QStringLiteral("allow_list")).toUtf8();
    if (!allowText.isEmpty()) {
        const QJsonDocument allowList = QJsonDocument::fromJson(allowText);
        if (allowList.isArray()) {
            for (const QJsonValue& address : allowList.array()) {
                policy.allowList << address.toString();
            }
        } else if (policy.allowListOnly) {
            policy.problems.append({Problem::AllowList, QString::fromUtf8(allowText), {}, 0});
        }
    }
    if (m_values.contains(QStringLiteral("approval_expiry_ms"))) {
        const auto expiry = readWholeNumber(m_values.value(QStringLiteral("approval_expiry_ms")));
        if (!expiry || *expiry <= 0) {
            policy.blocked = true;
            policy.problems.append({Problem::Expiry, m_values.value(QStringLiteral("approval_expiry_ms")), {}, 0});
        } else {
            policy.approvalExpiryMs = *expiry;
        }
    }
    if (m_values.contains(QStringLiteral("resend_limit_ms"))) {
        const auto limit = readWholeNumber(m_values.value(QStringLiteral("resend_limit_ms")));
        policy.resendLimitMs = limit && *limit >= 0 ? *limit : 0;
        if (!limit || *limit < 0) {
            policy.problems.append({Problem::ResendLimit, m_values.value(QStringLiteral("resend_limit_ms")), {}, 0});
        }
    }
    return policy;
}

void PolicySettings::save(const workflow::ApprovalPolicy& policy)
{
    m_values.insert(QStringLiteral("approvals_required"), QString::number(std::max(1, policy.approvalsRequired)));
    QJsonArray thresholds;
    for (const workflow::AmountThreshold& threshold : policy.thresholds) {
        thresholds.append(QJsonObject{{QStringLiteral("currency"), threshold.currency},
                                      {QStringLiteral("at_least"), threshold.atLeast.toCanonical()},
                                      {QStringLiteral("approvals"), threshold.approvals}});
    }
    m_values.insert(QStringLiteral("thresholds"),
                    QString::fromUtf8(QJsonDocument(thresholds).toJson(QJsonDocument::Compact)));
    m_values.insert(QStringLiteral("allow_list_only"),
                    policy.allowListOnly ? QStringLiteral("true") : QStringLiteral("false"));
    m_values.insert(
        QStringLiteral("allow_list"),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(policy.allowList)).toJson(QJsonDocument::Compact)));
    if (policy.approvalExpiryMs) {
        m_values.insert(QStringLiteral("approval_expiry_ms"), QString::number(*policy.approvalExpiryMs));
    } else {
        m_values.remove(QStringLiteral("approval_expiry_ms"));
    }
    m_values.insert(QStringLiteral("resend_limit_ms"), QString::number(policy.resendLimitMs));
}

} // namespace paydesk::desk
