#pragma once

#include "workflow/ApprovalPolicy.h"

#include <QSettings>

namespace paydesk::desk {

// A profile's approval policy in the settings file, under `profiles/<name>/policy/`. Reading fails
// closed: what cannot be read is applied strictly and named (see workflow::ApprovalPolicy).
class PolicySettings
{
public:
    PolicySettings(QSettings& settings, QString profileName);

    workflow::ApprovalPolicy load() const;
    void save(const workflow::ApprovalPolicy& policy);

private:
    QString key(const char* name) const;
    void loadThresholds(workflow::ApprovalPolicy& policy) const;

    QSettings& m_settings;
    QString m_profile;
};

} // namespace paydesk::desk
