#include "ProfileRepository.h"

#include "Ids.h"

#include <QRegularExpression>

namespace paydesk::config {

namespace {

std::optional<qint64> readId(const QVariant& value)
{
    return parseId(value.toString());
}

QString group(const QString& name)
{
    return QStringLiteral("profiles/") + name;
}

} // namespace

ProfileRepository::ProfileRepository(QSettings& settings)
    : m_settings(settings)
{ }

bool ProfileRepository::isValidName(const QString& name)
{
    // Names become settings groups and keychain entries: keep them plain.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}$"));
    return pattern.match(name).hasMatch();
}

QList<Profile> ProfileRepository::profiles() const
{
    m_settings.beginGroup(QStringLiteral("profiles"));
    const QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    QList<Profile> result;
    for (const QString& name : names) {
        if (auto profile = find(name)) {
            result.append(*profile);
        }
    }
    return result;
}

std::optional<Profile> ProfileRepository::find(const QString& name) const
{
    if (!isValidName(name)) {
        return std::nullopt;
    }
    m_settings.beginGroup(group(name));
    Profile profile;
    profile.name = name;
    profile.baseUrl = m_settings.value(QStringLiteral("base_url")).toString();
    const auto pid = readId(m_settings.value(QStringLiteral("pid")));
    profile.defaultWalletId = readId(m_settings.value(QStringLiteral("wallet_id")));
    profile.callbackUrl = m_settings.value(QStringLiteral("callback_url")).toString();
    profile.teamDatabase = m_settings.value(QStringLiteral("team_database")).toString();
    m_settings.endGroup();
    if (!pid || profile.baseUrl.isEmpty()) {
        return std::nullopt;
    }
    profile.pid = *pid;
    return profile;
}

void ProfileRepository::save(const Profile& profile)
{
    m_settings.beginGroup(group(profile.name));
    m_settings.setValue(QStringLiteral("base_url"), profile.baseUrl);
    m_settings.setValue(QStringLiteral("pid"), QString::number(profile.pid));
    if (profile.defaultWalletId) {
        m_settings.setValue(QStringLiteral("wallet_id"), QString::number(*profile.defaultWalletId));
    } else {
        m_settings.remove(QStringLiteral("wallet_id"));
    }
    m_settings.setValue(QStringLiteral("callback_url"), profile.callbackUrl);
    if (profile.teamDatabase.isEmpty()) {
        m_settings.remove(QStringLiteral("team_database"));
    } else {
        m_settings.setValue(QStringLiteral("team_database"), profile.teamDatabase);
    }
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileRepository::remove(const QString& name)
{
    m_settings.remove(group(name));
    if (currentName() == name) {
        m_settings.remove(QStringLiteral("current_profile"));
    }
    m_settings.sync();
}

QString ProfileRepository::currentName() const
{
    return m_settings.value(QStringLiteral("current_profile")).toString();
}

void ProfileRepository::setCurrentName(const QString& name)
{
    m_settings.setValue(QStringLiteral("current_profile"), name);
    m_settings.sync();
}

} // namespace paydesk::config
