#include "Bootstrap.h"

#include <QCoreApplication>

#include <QRandomGenerator>

namespace paydesk::ui {

QByteArray throwAwayApiKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex();
}

std::optional<config::Profile> chooseProfile(const config::ProfileRepository& profiles, const QString& requested,
                                             QString* error)
{
    if (!requested.isEmpty()) {
        std::optional<config::Profile> profile = profiles.find(requested);
        if (!profile) {
            *error = QCoreApplication::translate("Bootstrap", "There is no profile named “%1”.").arg(requested);
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
