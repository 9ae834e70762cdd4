#pragma once

#include "config/AppPaths.h"
#include "config/Profile.h"
#include "config/ProfileRepository.h"
#include "config/ProfileValidator.h"
#include "cregis/CregisTypes.h"
#include "secrets/SecretStore.h"
#include "ui/widgets/Tone.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace paydesk::ui {

class ConnectionTest;

// Profiles (gateway URL, pid, default wallet, callback URL) and their API keys. The key field is
// never filled from the keychain: a stored key is only ever written, tested or replaced.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(config::ProfileRepository& profiles, secrets::SecretStore& secrets, config::AppPaths paths,
                   QWidget* parent = nullptr);

Q_SIGNALS:
    // `apiKeyStored` is true when a new key for this profile went into the keychain.
    void profileSaved(const QString& name, bool apiKeyStored);

private:
    struct Problem
    {
        QString text;
        QWidget* field = nullptr;
    };

    void buildLayout();
    void reloadProfiles(const QString& select);
    void showProfile();
    void startNewProfile();
    void lookUpStoredKey(const config::Profile& profile);
    std::optional<cregis::Endpoint> endpointFromFields(Problem* problem) const;
    std::optional<config::Profile> profileFromFields(Problem* problem) const;
    void save();
    void testConnection();
    void runConnectionTest(const cregis::Endpoint& endpoint, const QByteArray& apiKey);
    void setSaveStatus(const QString& text, Tone tone);
    void setConnectionStatus(const QString& text, Tone tone);
    config::ProfileInput input() const;
    QWidget* fieldOf(config::ProfileField field) const;

    config::ProfileRepository& m_profiles;
    secrets::SecretStore& m_secrets;
    config::AppPaths m_paths; // part of every keychain entry's name
    ConnectionTest* m_connectionTest;
    QListWidget* m_profileList;
    QPushButton* m_newProfileButton;
    QLineEdit* m_nameEdit;
    QLineEdit* m_baseUrlEdit;
    QLineEdit* m_pidEdit;
    QLineEdit* m_defaultWalletEdit;
    QLineEdit* m_callbackUrlEdit;
    QLineEdit* m_teamDatabaseEdit;
    QLineEdit* m_apiKeyEdit;
    QPushButton* m_saveButton;
    QPushButton* m_testConnectionButton;
    QLabel* m_saveStatusLabel;
    QLabel* m_connectionStatusLabel;
};

} // namespace paydesk::ui
