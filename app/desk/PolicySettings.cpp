#include "PolicySettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydesk::desk {

PolicySettings::PolicySettings(QSettings& settings, QString profileName)
    : m_settings(settings)
    , m_profile(std::move(profileName))
{ }

QString PolicySettings::key(const char* name) const
{
    return QStringLiteral("profiles/%1/policy/%2").arg(m_profile, QLatin1String(name));
}

workflow::ApprovalPolicy PolicySettings::load() const
{
    workflow::ApprovalPolicy policy;
    policy.approvalsRequired = std::max(1, m_settings.value(key("approvals_required"), 1).toInt());
    // Amounts are stored as canonical text with their precision, never as numbers.
    const QJsonArray thresholds = QJsonDocument::fromJson(m_settings.value(key("thresholds")).toByteArray()).array();
    for (const QJsonValue& entry : thresholds) {
        const QJsonObject object = entry.toObject();
        const auto amount
            = money::Amount::parse(object.value(QLatin1String("at_least")).toString(), money::Amount::maxDecimals);
        if (amount.amount) {
            policy.thresholds.append({object.value(QLatin1String("currency")).toString(), *amount.amount,
                                      std::max(1, object.value(QLatin1String("approvals")).toInt())});
        }
    }
    policy.allowListOnly = m_settings.value(key("allow_list_only"), false).toBool();
    const QJsonArray allowList = QJsonDocument::fromJson(m_settings.value(key("allow_list")).toByteArray()).array();
    for (const QJsonValue& address : allowList) {
        policy.allowList << address.toString();
    }
    bool ok = false;
    const qint64 expiry = m_settings.value(key("approval_expiry_ms")).toString().toLongLong(&ok);
    if (ok && expiry > 0) {
        policy.approvalExpiryMs = expiry;
    }
    return policy;
}

void PolicySettings::save(const workflow::ApprovalPolicy& policy)
{
    m_settings.setValue(key("approvals_required"), std::max(1, policy.approvalsRequired));
    QJsonArray thresholds;
    for (const workflow::AmountThreshold& threshold : policy.thresholds) {
        thresholds.append(QJsonObject{{QStringLiteral("currency"), threshold.currency},
                                      {QStringLiteral("at_least"), threshold.atLeast.toCanonical()},
                                      {QStringLiteral("approvals"), threshold.approvals}});
    }
    m_settings.setValue(key("thresholds"), QJsonDocument(thresholds).toJson(QJsonDocument::Compact));
    m_settings.setValue(key("allow_list_only"), policy.allowListOnly);
    m_settings.setValue(key("allow_list"),
                        QJsonDocument(QJsonArray::fromStringList(policy.allowList)).toJson(QJsonDocument::Compact));
    if (policy.approvalExpiryMs) {
        m_settings.setValue(key("approval_expiry_ms"), QString::number(*policy.approvalExpiryMs));
    } else {
        m_settings.remove(key("approval_expiry_ms"));
    }
    m_settings.sync();
}

} // namespace paydesk::desk
