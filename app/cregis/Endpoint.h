#pragma once

#include <QString>

namespace paydesk::cregis {

// Where a project's calls go. The base URL is the project's "Gateway Server".
struct Endpoint
{
    QString baseUrl;
    qint64 pid = 0;

    // Two spellings of one gateway compare equal: scheme and host in lower case, no trailing
    // slash, no default port.
    static QString normalizedBaseUrl(const QString& baseUrl);
    bool sameProject(qint64 projectPid, const QString& gateway) const
    {
        return pid == projectPid && normalizedBaseUrl(baseUrl) == normalizedBaseUrl(gateway);
    }
};

} // namespace paydesk::cregis
