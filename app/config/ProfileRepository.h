#pragma once

#include "Profile.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

namespace paydesk::config {

// Profiles in a settings file, under `profiles/<name>/`. Ids are stored as digit strings so no
// settings backend can turn them into doubles.
class ProfileRepository
{
public:
    explicit ProfileRepository(QSettings& settings);

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& name) const;
    void save(const Profile& profile);
    void remove(const QString& name);

    QString currentName() const;
    void setCurrentName(const QString& name);

    static bool isValidName(const QString& name);

private:
    QSettings& m_settings;
};

} // namespace paydesk::config
