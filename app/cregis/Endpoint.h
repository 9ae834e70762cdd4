#pragma once

#include <QString>

#include <optional>

namespace paydesk::cregis {

// Where a project's calls go. The base URL is the project's "Gateway Server".
struct Endpoint
{
    QString baseUrl;
    qint64 pid = 0;

    // Whether calls through this endpoint act for the project `projectPid`: the pid is Cregis's
    // name for a project. (The gateway can move; the demo's changes with every start.)
    bool isProject(std::optional<qint64> projectPid) const { return projectPid == pid; }
};

} // namespace paydesk::cregis
