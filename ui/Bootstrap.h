#pragma once

#include "config/Profile.h"
#include "config/ProfileRepository.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace paydesk::ui {

// Start-up steps of the desktop application, kept out of main() so that it only wires objects.

// 32 hex characters from the system's random source; good for one demo session, nothing more.
QByteArray throwAwayApiKey();

// `requested` (from --profile) if given; else the current profile; else the only (or first) one.
// An unset result with an empty `error` means no profile is configured: run the demo.
std::optional<config::Profile> chooseProfile(const config::ProfileRepository& profiles, const QString& requested,
                                             QString* error);

} // namespace paydesk::ui
