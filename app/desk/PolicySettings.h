#pragma once

#include "workflow/ApprovalPolicy.h"

#include <QSettings>

namespace paydesk::desk {

// A profile's approval policy in the settings file, under `profiles/<name>/policy/`.
class PolicySettings
{
public:
    PolicySettings(QSettings& settings, QString profileName);

    workflow::ApprovalPolicy load() const;
    void save(const workflow::ApprovalPolicy& policy);

private:
    QString key(const char* name) const;

    QSettings& m_settings;
    QString m_profile;
};

} // namespace paydesk::desk
