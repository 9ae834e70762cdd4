#include "SettingsDialog.h"

#include "ConnectionTest.h"

#include "config/Ids.h"
#include "cregis/CregisClient.h"
#include "secrets/SecretText.h"
#include "words/ErrorWords.h"
#include "words/ProfileWords.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace paydesk::ui {

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* statusLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(config::ProfileRepository& profiles, secrets::SecretStore& secrets,
                               config::AppPaths paths, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_paths(std::move(paths))
    , m_connectionTest(new ConnectionTest(this))
    , m_profileList(new QListWidget(this))
    , m_newProfileButton(new QPushButton(tr("&New profile"), this))
    , m_nameEdit(
          lineEdit(this, QStringLiteral("profileNameEdit"), words::ProfileWords::fieldName(config::ProfileField::Name)))
    , m_baseUrlEdit(
          lineEdit(this, QStringLiteral("baseUrlEdit"), words::ProfileWords::fieldName(config::ProfileField::BaseUrl)))
    , m_pidEdit(lineEdit(this, QStringLiteral("pidEdit"), words::ProfileWords::fieldName(config::ProfileField::Pid)))
    , m_defaultWalletEdit(lineEdit(this, QStringLiteral("defaultWalletEdit"),
                                   words::ProfileWords::fieldName(config::ProfileField::WalletId)))
    , m_callbackUrlEdit(lineEdit(this, QStringLiteral("callbackUrlEdit"),
                                 words::ProfileWords::fieldName(config::ProfileField::CallbackUrl)))
    , m_teamDatabaseEdit(lineEdit(this, QStringLiteral("teamDatabaseEdit"),
                                  words::ProfileWords::fieldName(config::ProfileField::TeamDatabase)))
    , m_apiKeyEdit(lineEdit(this, QStringLiteral("apiKeyEdit"), tr("API key")))
    , m_saveButton(new QPushButton(tr("&Save profile"), this))
    , m_testConnectionButton(new QPushButton(tr("&Test connection"), this))
    , m_saveStatusLabel(statusLabel(this, QStringLiteral("saveStatusLabel")))
    , m_connectionStatusLabel(statusLabel(this, QStringLiteral("connectionStatusLabel")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    buildLayout();

    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::showProfile);
    connect(m_newProfileButton, &QPushButton::clicked, this, &SettingsDialog::startNewProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, [this](bool ok, const QString& text) {
        m_testConnectionButton->setEnabled(true);
        setConnectionStatus(text, ok ? Tone::Success : Tone::Error);
    });

    reloadProfiles(m_profiles.currentName());
    if (m_profileList->count() == 0) {
        startNewProfile();
    }
}

void SettingsDialog::buildLayout()
{
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_profileList->setMaximumWidth(200);
    m_newProfileButton->setObjectName(QStringLiteral("newProfileButton"));
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    // Enter in a field must not save half-typed settings or close the dialog.
    for (QPushButton* button : {m_newProfileButton, m_saveButton, m_testConnectionButton}) {
        button->setAutoDefault(false);
    }

    m_baseUrlEdit->setPlaceholderText(QStringLiteral("https://… (the project's Gateway Server)"));
    m_pidEdit->setPlaceholderText(tr("Digits, from the Cregis console"));
    m_defaultWalletEdit->setPlaceholderText(tr("Optional"));
    m_callbackUrlEdit->setPlaceholderText(tr("Optional: where Cregis reports progress"));
    m_teamDatabaseEdit->setPlaceholderText(tr("Optional: postgresql://you@server:5432/paydesk (shared queue)"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);

    auto* profileColumn = new QVBoxLayout;
    auto* profilesLabel = new QLabel(tr("&Profiles:"), this);
    profilesLabel->setBuddy(m_profileList);
    profileColumn->addWidget(profilesLabel);
    profileColumn->addWidget(m_profileList, 1);
    profileColumn->addWidget(m_newProfileButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QLineEdit*>> rows{{tr("Profile &name:"), m_nameEdit},
                                                     {tr("&Gateway URL:"), m_baseUrlEdit},
                                                     {tr("Project &ID (pid):"), m_pidEdit},
                                                     {tr("Default &wallet ID:"), m_defaultWalletEdit},
                                                     {tr("&Callback URL:"), m_callbackUrlEdit},
                                                     {tr("&Team database:"), m_teamDatabaseEdit},
                                                     {tr("API &key:"), m_apiKeyEdit}};
    for (const auto& [text, edit] : rows) {
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    auto* keyNote = new QLabel(tr("The key goes only to the system keychain. Leave the field empty to keep "
                                  "the stored key."),
                               this);
    keyNote->setWordWrap(true);
    form->addRow(QString(), keyNote);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_saveButton);
    actions->addWidget(m_testConnectionButton);
    actions->addStretch();

    auto* fieldsColumn = new QVBoxLayout;
    fieldsColumn->addLayout(form);
    fieldsColumn->addLayout(actions);
    fieldsColumn->addWidget(m_saveStatusLabel);
    fieldsColumn->addWidget(m_connectionStatusLabel);
    fieldsColumn->addStretch();

    auto* columns = new QHBoxLayout;
    columns->addLayout(profileColumn);
    columns->addLayout(fieldsColumn, 1);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("settingsButtonBox"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);

    QWidget::setTabOrder(m_profileList, m_newProfileButton);
    QWidget::setTabOrder(m_newProfileButton, m_nameEdit);
    QWidget::setTabOrder(m_nameEdit, m_baseUrlEdit);
    QWidget::setTabOrder(m_baseUrlEdit, m_pidEdit);
    QWidget::setTabOrder(m_pidEdit, m_defaultWalletEdit);
    QWidget::setTabOrder(m_defaultWalletEdit, m_callbackUrlEdit);
    QWidget::setTabOrder(m_callbackUrlEdit, m_teamDatabaseEdit);
    QWidget::setTabOrder(m_teamDatabaseEdit, m_apiKeyEdit);
    QWidget::setTabOrder(m_apiKeyEdit, m_saveButton);
    QWidget::setTabOrder(m_saveButton, m_testConnectionButton);
    resize(760, 440);
}

void SettingsDialog::reloadProfiles(const QString& select)
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const config::Profile& profile : m_profiles.profiles()) {
        m_profileList->addItem(profile.name);
    }
    const QList<QListWidgetItem*> matches = m_profileList->findItems(select, Qt::MatchExactly);
    if (!matches.isEmpty()) {
        m_profileList->setCurrentItem(matches.first());
    } else if (m_profileList->count() > 0) {
        m_profileList->setCurrentRow(0);
    }
    showProfile();
}

void SettingsDialog::showProfile()
{
    const QListWidgetItem* item = m_profileList->currentItem();
    if (!item) {
        return;
    }
    const std::optional<config::Profile> profile = m_profiles.find(item->text());
    if (!profile) {
        return;
    }
    m_nameEdit->setText(profile->name);
    m_baseUrlEdit->setText(profile->baseUrl);
    m_pidEdit->setText(QString::number(profile->pid));
    m_defaultWalletEdit->setText(profile->defaultWalletId ? QString::number(*profile->defaultWalletId) : QString());
    m_callbackUrlEdit->setText(profile->callbackUrl);
    m_teamDatabaseEdit->setText(profile->teamDatabase);
    m_apiKeyEdit->clear();
    m_connectionStatusLabel->clear();
    lookUpStoredKey(*profile);
}

void SettingsDialog::startNewProfile()
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clearSelection();
    m_profileList->setCurrentItem(nullptr);
    for (QLineEdit* edit : {m_nameEdit, m_baseUrlEdit, m_pidEdit, m_defaultWalletEdit, m_callbackUrlEdit,
                            m_teamDatabaseEdit, m_apiKeyEdit}) {
        edit->clear();
    }
    m_apiKeyEdit->setPlaceholderText(tr("Paste the project's API key"));
    m_saveStatusLabel->clear();
    m_connectionStatusLabel->clear();
    m_nameEdit->setFocus();
}

void SettingsDialog::lookUpStoredKey(const config::Profile& profile)
{
    m_apiKeyEdit->setPlaceholderText(QString());
    // Reading is the only way to learn whether a key exists; the key itself is dropped at once.
    const QString name = profile.name;
    m_secrets.readApiKey(config::keychainAccount(profile, m_paths), this,
                         [this, name](const secrets::SecretResult& result) {
                             if (m_nameEdit->text() != name) {
                                 return;
                             }
                             if (result.ok()) {
                                 m_apiKeyEdit->setPlaceholderText(tr("stored in the system keychain"));
                             } else if (result.status == secrets::SecretResult::Status::NotFound) {
                                 m_apiKeyEdit->setPlaceholderText(tr("Paste the project's API key"));
                             } else {
                                 m_apiKeyEdit->setPlaceholderText(tr("Paste the project's API key"));
                                 setSaveStatus(words::ErrorWords::secret(result), Tone::Error);
                             }
                         });
}

config::ProfileInput SettingsDialog::input() const
{
    return {m_nameEdit->text(),          m_baseUrlEdit->text(),     m_pidEdit->text(),
            m_defaultWalletEdit->text(), m_callbackUrlEdit->text(), m_teamDatabaseEdit->text()};
}

QWidget* SettingsDialog::fieldOf(config::ProfileField field) const
{
    switch (field) {
    case config::ProfileField::Name:
        return m_nameEdit;
    case config::ProfileField::BaseUrl:
        return m_baseUrlEdit;
    case config::ProfileField::Pid:
        return m_pidEdit;
    case config::ProfileField::WalletId:
        return m_defaultWalletEdit;
    case config::ProfileField::CallbackUrl:
        return m_callbackUrlEdit;
    case config::ProfileField::TeamDatabase:
        return m_teamDatabaseEdit;
    }
    return m_nameEdit;
}

std::optional<cregis::Endpoint> SettingsDialog::endpointFromFields(Problem* problem) const
{
    // Only the gateway and the pid matter for a connection test: the rest may still be unfinished.
    const config::ProfileCheck check = config::validateProfile(input());
    for (const config::ProfileIssue& issue : check.issues) {
        if (issue.field == config::ProfileField::BaseUrl || issue.field == config::ProfileField::Pid) {
            *problem = {words::ProfileWords::issue(issue), fieldOf(issue.field)};
            return std::nullopt;
        }
    }
    return cregis::Endpoint{m_baseUrlEdit->text().trimmed(), config::parseId(m_pidEdit->text().trimmed()).value_or(0)};
}

std::optional<config::Profile> SettingsDialog::profileFromFields(Problem* problem) const
{
    // The same rules as `paydesk-cli profile set`; the first problem is shown at its field.
    const config::ProfileCheck check = config::validateProfile(input());
    if (!check.profile) {
        *problem = {words::ProfileWords::issue(check.issues.first()), fieldOf(check.issues.first().field)};
    }
    return check.profile;
}

void SettingsDialog::save()
{
    Problem problem;
    const std::optional<config::Profile> profile = profileFromFields(&problem);
    if (!profile) {
        setSaveStatus(problem.text, Tone::Error);
        problem.field->setFocus();
        return;
    }
    // Taken before the list is reloaded, which shows the saved profile with an empty key field. A
    // key that is not one is refused before anything is saved, never stored cleaned up.
    const QByteArray apiKey = m_apiKeyEdit->text().trimmed().toUtf8();
    if (const secrets::SecretTextCheck check = secrets::checkApiKey(apiKey); !apiKey.isEmpty() && !check.ok()) {
        setSaveStatus(words::ErrorWords::secretText(check, tr("The API key")), Tone::Error);
        m_apiKeyEdit->setFocus();
        return;
    }
    m_apiKeyEdit->clear();
    m_profiles.save(*profile);
    if (m_profiles.currentName().isEmpty()) {
        m_profiles.setCurrentName(profile->name);
    }
    reloadProfiles(profile->name);
    if (apiKey.isEmpty()) {
        setSaveStatus(tr("Saved profile “%1”.").arg(profile->name), Tone::Success);
        Q_EMIT profileSaved(profile->name, false);
        return;
    }
    const QString name = profile->name;
    setSaveStatus(tr("Saved profile “%1”; storing the API key in the system keychain…").arg(name), Tone::Neutral);
    m_secrets.writeApiKey(
        config::keychainAccount(*profile, m_paths), apiKey, this, [this, name](const secrets::SecretResult& result) {
            if (!result.ok()) {
                setSaveStatus(tr("Saved profile “%1”, but the API key was not stored. %2")
                                  .arg(name, words::ErrorWords::secret(result)),
                              Tone::Error);
                Q_EMIT profileSaved(name, false);
                return;
            }
            setSaveStatus(tr("Saved profile “%1”; the API key is in the system keychain.").arg(name), Tone::Success);
            if (m_nameEdit->text() == name) {
                m_apiKeyEdit->setPlaceholderText(tr("stored in the system keychain"));
            }
            Q_EMIT profileSaved(name, true);
        });
}

void SettingsDialog::testConnection()
{
    // Only the gateway, the pid and the key matter for a test; the profile need not be saved.
    Problem problem;
    const std::optional<cregis::Endpoint> endpoint = endpointFromFields(&problem);
    if (!endpoint) {
        setConnectionStatus(problem.text, Tone::Error);
        problem.field->setFocus();
        return;
    }
    const QByteArray typedKey = m_apiKeyEdit->text().trimmed().toUtf8();
    if (!typedKey.isEmpty()) {
        if (const secrets::SecretTextCheck check = secrets::checkApiKey(typedKey); !check.ok()) {
            setConnectionStatus(words::ErrorWords::secretText(check, tr("The API key")), Tone::Error);
            m_apiKeyEdit->setFocus();
            return;
        }
        runConnectionTest(*endpoint, typedKey);
        return;
    }
    const QString name = m_nameEdit->text().trimmed();
    if (!m_profiles.find(name)) {
        setConnectionStatus(tr("API key: paste the key to test it; none is stored for this profile yet."), Tone::Error);
        m_apiKeyEdit->setFocus();
        return;
    }
    // The key stored for exactly this gateway and pid: one stored for other values is never sent
    // to these.
    config::Profile typed;
    typed.name = name;
    typed.baseUrl = endpoint->baseUrl;
    typed.pid = endpoint->pid;
    m_testConnectionButton->setEnabled(false);
    setConnectionStatus(tr("Reading the stored API key…"), Tone::Neutral);
    m_secrets.readApiKey(config::keychainAccount(typed, m_paths), this,
                         [this, target = *endpoint](const secrets::SecretResult& result) {
                             m_testConnectionButton->setEnabled(true);
                             if (!result.ok()) {
                                 setConnectionStatus(words::ErrorWords::secret(result), Tone::Error);
                                 return;
                             }
                             runConnectionTest(target, result.secret);
                         });
}

void SettingsDialog::runConnectionTest(const cregis::Endpoint& endpoint, const QByteArray& apiKey)
{
    if (m_connectionTest->isRunning()) {
        return;
    }
    m_testConnectionButton->setEnabled(false);
    setConnectionStatus(tr("Testing the connection to %1…").arg(endpoint.baseUrl), Tone::Neutral);
    m_connectionTest->start(endpoint, apiKey);
}

void SettingsDialog::setSaveStatus(const QString& text, Tone tone)
{
    showTone(m_saveStatusLabel, text, tone);
}

void SettingsDialog::setConnectionStatus(const QString& text, Tone tone)
{
    showTone(m_connectionStatusLabel, text, tone);
}

} // namespace paydesk::ui
