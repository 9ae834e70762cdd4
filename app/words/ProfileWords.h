#pragma once

#include "config/ProfileValidator.h"

#include <QCoreApplication>
#include <QString>

namespace paydesk::words {

// A profile's fields and what is wrong with them, for the Settings dialog and `profile set`.
class ProfileWords
{
    Q_DECLARE_TR_FUNCTIONS(ProfileWords)

public:
    static QString fieldName(config::ProfileField field);
    // What is wrong with the field and how to fix it ("digits only and above zero, ...").
    static QString fix(const config::ProfileIssue& issue);
    // "Gateway URL: ...": the field, what is wrong and how to fix it.
    static QString issue(const config::ProfileIssue& issue);
    static QString gatewayUrl(config::GatewayUrlProblem problem);
    static QString teamDatabase(config::TeamDatabaseProblem problem);
};

} // namespace paydesk::words
