#pragma once

#include "workflow/ApprovalPolicy.h"

#include <QHash>
#include <QSettings>

namespace paydesk::desk {

// A policy as stored: one text per rule name (approvals_required, thresholds, ...), wherever it is
// kept: a profile's settings (`profiles/<name>/policy/`) or a team database's team_policy table.
using PolicyValues = QHash<QString, QString>;

// An approval policy to and from its stored values. Reading fails closed: what cannot be read is
// applied strictly and named (see workflow::ApprovalPolicy).
class PolicySettings
{
public:
    explicit PolicySettings(PolicyValues& values);

    workflow::ApprovalPolicy load() const;
    void save(const workflow::ApprovalPolicy& policy);

    // A profile's values in the settings file.
    static PolicyValues read(QSettings& settings, const QString& profileName);
    static void write(QSettings& settings, const QString& profileName, const PolicyValues& values);

private:
    void loadThresholds(workflow::ApprovalPolicy& policy) const;

    PolicyValues& m_values;
};

} // namespace paydesk::desk
