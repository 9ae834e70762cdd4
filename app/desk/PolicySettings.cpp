#include "PolicySettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk::desk {

namespace {

using Problem = workflow::PolicyProblem::Kind;

// A whole number written by save(); anything else is unreadable, never silently a default.
std::optional<qint64> readWholeNumber(const QVariant& value)
{
    bool ok = false;
    const qint64 number = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

std::optional<bool> readSwitch(const QVariant& value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        return false;
    }
    return std::nullopt;
}

} // namespace

PolicySettings::PolicySettings(QSettings& settings, QString profileName)
    : m_settings(settings)
    , m_profile(std::move(profileName))
{ }

QString PolicySettings::key(const char* name) const
{
    return QStringLiteral("profiles/%1/policy/%2").arg(m_profile, QLatin1String(name));
}

void PolicySettings::loadThresholds(workflow::ApprovalPolicy& policy) const
{
    const QByteArray text = m_settings.value(key("thresholds")).toByteArray();
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
    if (m_settings.contains(key("approvals_required"))) {
        const auto required = readWholeNumber(m_settings.value(key("approvals_required")));
        if (!required || *required < 1 || *required > 1000) {
            policy.blocked = true;
            policy.problems.append(
                {Problem::ApprovalsRequired, m_settings.value(key("approvals_required")).toString(), {}, 0});
        } else {
            policy.approvalsRequired = static_cast<int>(*required);
        }
    }
    loadThresholds(policy);
    if (m_settings.contains(key("allow_list_only"))) {
        const auto only = readSwitch(m_settings.value(key("allow_list_only")));
        policy.allowListOnly = only.value_or(true);
        if (!only) {
            policy.problems.append(
                {Problem::AllowListOnly, m_settings.value(key("allow_list_only")).toString(), {}, 0});
        }
    }
    const QByteArray allowText = m_settings.value(key("allow_list")).toByteArray();
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
    if (m_settings.contains(key("approval_expiry_ms"))) {
        const auto expiry = readWholeNumber(m_settings.value(key("approval_expiry_ms")));
        if (!expiry || *expiry <= 0) {
            policy.blocked = true;
            policy.problems.append({Problem::Expiry, m_settings.value(key("approval_expiry_ms")).toString(), {}, 0});
        } else {
            policy.approvalExpiryMs = *expiry;
        }
    }
    if (m_settings.contains(key("resend_limit_ms"))) {
        const auto limit = readWholeNumber(m_settings.value(key("resend_limit_ms")));
        policy.resendLimitMs = limit && *limit >= 0 ? *limit : 0;
        if (!limit || *limit < 0) {
            policy.problems.append({Problem::ResendLimit, m_settings.value(key("resend_limit_ms")).toString(), {}, 0});
        }
    }
    return policy;
}

void PolicySettings::save(const workflow::ApprovalPolicy& policy)
{
    m_settings.setValue(key("approvals_required"), QString::number(std::max(1, policy.approvalsRequired)));
    QJsonArray thresholds;
    for (const workflow::AmountThreshold& threshold : policy.thresholds) {
        thresholds.append(QJsonObject{{QStringLiteral("currency"), threshold.currency},
                                      {QStringLiteral("at_least"), threshold.atLeast.toCanonical()},
                                      {QStringLiteral("approvals"), threshold.approvals}});
    }
    m_settings.setValue(key("thresholds"), QJsonDocument(thresholds).toJson(QJsonDocument::Compact));
    m_settings.setValue(key("allow_list_only"),
                        policy.allowListOnly ? QStringLiteral("true") : QStringLiteral("false"));
    m_settings.setValue(key("allow_list"),
                        QJsonDocument(QJsonArray::fromStringList(policy.allowList)).toJson(QJsonDocument::Compact));
    if (policy.approvalExpiryMs) {
        m_settings.setValue(key("approval_expiry_ms"), QString::number(*policy.approvalExpiryMs));
    } else {
        m_settings.remove(key("approval_expiry_ms"));
    }
    m_settings.setValue(key("resend_limit_ms"), QString::number(policy.resendLimitMs));
    m_settings.sync();
}

} // namespace paydesk::desk
