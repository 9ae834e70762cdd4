#include "Bootstrap.h"

#include <QRandomGenerator>

#include <sys/resource.h>

namespace paydesk::ui {

void disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
}

QByteArray throwAwayApiKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

config::Profile demoProfile(const QUrl& simulatorUrl)
{
    config::Profile profile;
    profile.name = QStringLiteral("Demo");
    profile.baseUrl = simulatorUrl.toString(QUrl::StripTrailingSlash);
    profile.pid = demoPid;
    profile.demo = true;
    return profile;
}

std::optional<config::Profile> chooseProfile(const config::ProfileRepository& profiles, const QString& requested,
                                             QString* error)
{
    if (!requested.isEmpty()) {
        std::optional<config::Profile> profile = profiles.find(requested);
        if (!profile) {
            *error = QStringLiteral("There is no profile named “%1”.").arg(requested);
        }
        return profile;
    }
    if (std::optional<config::Profile> current = profiles.find(profiles.currentName())) {
        return current;
    }
    const QList<config::Profile> all = profiles.profiles();
    if (all.isEmpty()) {
        return std::nullopt;
    }
    return all.first();
}

} // namespace paydesk::ui
