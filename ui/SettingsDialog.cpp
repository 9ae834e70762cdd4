#include "SettingsDialog.h"

#include "ConnectionTest.h"
#include "cregis/CregisClient.h"

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

constexpr auto errorStyle = "color: #b3261e;";
constexpr auto okStyle = "color: #1b6e20;";
constexpr auto neutralStyle = "";

// Ids are digits only and parsed as qint64: never through a double, never with a sign or spaces.
std::optional<qint64> parseId(const QString& text)
{
    if (text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

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
    , m_newProfileButton(new QPushButton(QStringLiteral("&New profile"), this))
    , m_nameEdit(lineEdit(this, QStringLiteral("profileNameEdit"), QStringLiteral("Profile name")))
    , m_baseUrlEdit(lineEdit(this, QStringLiteral("baseUrlEdit"), QStringLiteral("Gateway URL")))
    , m_pidEdit(lineEdit(this, QStringLiteral("pidEdit"), QStringLiteral("Project id")))
    , m_defaultWalletEdit(lineEdit(this, QStringLiteral("defaultWalletEdit"), QStringLiteral("Default wallet id")))
    , m_callbackUrlEdit(lineEdit(this, QStringLiteral("callbackUrlEdit"), QStringLiteral("Callback URL")))
    , m_apiKeyEdit(lineEdit(this, QStringLiteral("apiKeyEdit"), QStringLiteral("API key")))
    , m_saveButton(new QPushButton(QStringLiteral("&Save profile"), this))
    , m_testConnectionButton(new QPushButton(QStringLiteral("&Test connection"), this))
    , m_saveStatusLabel(statusLabel(this, QStringLiteral("saveStatusLabel")))
    , m_connectionStatusLabel(statusLabel(this, QStringLiteral("connectionStatusLabel")))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(QStringLiteral("Settings"));
    buildLayout();

    connect(m_profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::showProfile);
    connect(m_newProfileButton, &QPushButton::clicked, this, &SettingsDialog::startNewProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_connectionTest, &ConnectionTest::finished, this, [this](bool ok, const QString& text) {
        m_testConnectionButton->setEnabled(true);
        setConnectionStatus(text, ok ? okStyle : errorStyle);
    });

    reloadProfiles(m_profiles.currentName());
    if (m_profileList->count() == 0) {
        startNewProfile();
    }
}

void SettingsDialog::buildLayout()
{
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(QStringLiteral("Profiles"));
    m_profileList->setMaximumWidth(200);
    m_newProfileButton->setObjectName(QStringLiteral("newProfileButton"));
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    // Enter in a field must not save half-typed settings or close the dialog.
    for (QPushButton* button : {m_newProfileButton, m_saveButton, m_testConnectionButton}) {
        button->setAutoDefault(false);
    }

    m_baseUrlEdit->setPlaceholderText(QStringLiteral("https://… (the project's Gateway Server)"));
    m_pidEdit->setPlaceholderText(QStringLiteral("Digits, from the Cregis console"));
    m_defaultWalletEdit->setPlaceholderText(QStringLiteral("Optional"));
    m_callbackUrlEdit->setPlaceholderText(QStringLiteral("Optional: where Cregis reports progress"));
    m_apiKeyEdit->setEchoMode(QLineEdit::Password);

    auto* profileColumn = new QVBoxLayout;
    auto* profilesLabel = new QLabel(QStringLiteral("&Profiles:"), this);
    profilesLabel->setBuddy(m_profileList);
    profileColumn->addWidget(profilesLabel);
    profileColumn->addWidget(m_profileList, 1);
    profileColumn->addWidget(m_newProfileButton);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QList<std::pair<QString, QLineEdit*>> rows{{QStringLiteral("Profile &name:"), m_nameEdit},
                                                     {QStringLiteral("&Gateway URL:"), m_baseUrlEdit},
                                                     {QStringLiteral("Project &id (pid):"), m_pidEdit},
                                                     {QStringLiteral("Default &wallet id:"), m_defaultWalletEdit},
                                                     {QStringLiteral("&Callback URL:"), m_callbackUrlEdit},
                                                     {QStringLiteral("API &key:"), m_apiKeyEdit}};
    for (const auto& [text, edit] : rows) {
        auto* label = new QLabel(text, this);
        label->setBuddy(edit);
        form->addRow(label, edit);
    }
    auto* keyNote = new QLabel(QStringLiteral("The key goes only to the system keychain. Leave the field empty to keep "
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
    QWidget::setTabOrder(m_callbackUrlEdit, m_apiKeyEdit);
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
    m_apiKeyEdit->clear();
    m_connectionStatusLabel->clear();
    lookUpStoredKey(*profile);
}

void SettingsDialog::startNewProfile()
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clearSelection();
    m_profileList->setCurrentItem(nullptr);
    for (QLineEdit* edit :
         {m_nameEdit, m_baseUrlEdit, m_pidEdit, m_defaultWalletEdit, m_callbackUrlEdit, m_apiKeyEdit}) {
        edit->clear();
    }
    m_apiKeyEdit->setPlaceholderText(QStringLiteral("Paste the project's API key"));
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
                                 m_apiKeyEdit->setPlaceholderText(QStringLiteral("stored in the system keychain"));
                             } else if (result.status == secrets::SecretResult::Status::NotFound) {
                                 m_apiKeyEdit->setPlaceholderText(QStringLiteral("Paste the project's API key"));
                             } else {
                                 m_apiKeyEdit->setPlaceholderText(QStringLiteral("Paste the project's API key"));
                                 setSaveStatus(secrets::describe(result), errorStyle);
                             }
                         });
}

std::optional<cregis::Endpoint> SettingsDialog::endpointFromFields(Problem* problem) const
{
    cregis::Endpoint endpoint;
    endpoint.baseUrl = m_baseUrlEdit->text().trimmed();
    if (!cregis::CregisClient::isAllowedBaseUrl(endpoint.baseUrl)) {
        *problem = {QStringLiteral("Gateway URL: use an https:// address, such as https://t-rwwagnvw.cregis.io "
                                   "(plain http:// is allowed only on this computer)."),
                    m_baseUrlEdit};
        return std::nullopt;
    }
    const std::optional<qint64> pid = parseId(m_pidEdit->text().trimmed());
    if (!pid) {
        *problem = {QStringLiteral("Project id (pid): digits only, as shown in the Cregis console."), m_pidEdit};
        return std::nullopt;
    }
    endpoint.pid = *pid;
    return endpoint;
}

std::optional<config::Profile> SettingsDialog::profileFromFields(Problem* problem) const
{
    config::Profile profile;
    profile.name = m_nameEdit->text().trimmed();
    if (!config::ProfileRepository::isValidName(profile.name)) {
        *problem = {QStringLiteral("Profile name: use up to 63 letters, digits, spaces, dots, underscores or dashes, "
                                   "starting with a letter or digit."),
                    m_nameEdit};
        return std::nullopt;
    }
    const std::optional<cregis::Endpoint> endpoint = endpointFromFields(problem);
    if (!endpoint) {
        return std::nullopt;
    }
    profile.baseUrl = endpoint->baseUrl;
    profile.pid = endpoint->pid;
    const QString wallet = m_defaultWalletEdit->text().trimmed();
    if (!wallet.isEmpty()) {
        profile.defaultWalletId = parseId(wallet);
        if (!profile.defaultWalletId) {
            *problem = {QStringLiteral("Default wallet id: digits only, or leave it empty."), m_defaultWalletEdit};
            return std::nullopt;
        }
    }
    profile.callbackUrl = m_callbackUrlEdit->text().trimmed();
    if (!profile.callbackUrl.isEmpty()) {
        const QUrl url(profile.callbackUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            *problem
                = {QStringLiteral("Callback URL: use a full https:// address, or leave it empty."), m_callbackUrlEdit};
            return std::nullopt;
        }
    }
    return profile;
}

void SettingsDialog::save()
{
    Problem problem;
    const std::optional<config::Profile> profile = profileFromFields(&problem);
    if (!profile) {
        setSaveStatus(problem.text, errorStyle);
        problem.field->setFocus();
        return;
    }
    // Taken before the list is reloaded, which shows the saved profile with an empty key field.
    const QByteArray apiKey = m_apiKeyEdit->text().trimmed().toUtf8();
    m_apiKeyEdit->clear();
    m_profiles.save(*profile);
    if (m_profiles.currentName().isEmpty()) {
        m_profiles.setCurrentName(profile->name);
    }
    reloadProfiles(profile->name);
    if (apiKey.isEmpty()) {
        setSaveStatus(QStringLiteral("Saved profile “%1”.").arg(profile->name), okStyle);
        Q_EMIT profileSaved(profile->name, false);
        return;
    }
    const QString name = profile->name;
    setSaveStatus(QStringLiteral("Saved profile “%1”; storing the API key in the system keychain…").arg(name),
                  neutralStyle);
    m_secrets.writeApiKey(
        config::keychainAccount(*profile, m_paths), apiKey, this, [this, name](const secrets::SecretResult& result) {
            if (!result.ok()) {
                setSaveStatus(QStringLiteral("Saved profile “%1”, but the API key was not stored. %2")
                                  .arg(name, secrets::describe(result)),
                              errorStyle);
                Q_EMIT profileSaved(name, false);
                return;
            }
            setSaveStatus(QStringLiteral("Saved profile “%1”; the API key is in the system keychain.").arg(name),
                          okStyle);
            if (m_nameEdit->text() == name) {
                m_apiKeyEdit->setPlaceholderText(QStringLiteral("stored in the system keychain"));
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
        setConnectionStatus(problem.text, errorStyle);
        problem.field->setFocus();
        return;
    }
    const QByteArray typedKey = m_apiKeyEdit->text().trimmed().toUtf8();
    if (!typedKey.isEmpty()) {
        runConnectionTest(*endpoint, typedKey);
        return;
    }
    const QString name = m_nameEdit->text().trimmed();
    if (!m_profiles.find(name)) {
        setConnectionStatus(QStringLiteral("API key: paste the key to test it; none is stored for this profile yet."),
                            errorStyle);
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
    setConnectionStatus(QStringLiteral("Reading the stored API key…"), neutralStyle);
    m_secrets.readApiKey(config::keychainAccount(typed, m_paths), this,
                         [this, target = *endpoint](const secrets::SecretResult& result) {
                             m_testConnectionButton->setEnabled(true);
                             if (!result.ok()) {
                                 setConnectionStatus(secrets::describe(result), errorStyle);
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
    setConnectionStatus(QStringLiteral("Testing the connection to %1…").arg(endpoint.baseUrl), neutralStyle);
    m_connectionTest->start(endpoint, apiKey);
}

void SettingsDialog::setSaveStatus(const QString& text, const char* style)
{
    m_saveStatusLabel->setStyleSheet(QLatin1String(style));
    m_saveStatusLabel->setText(text);
}

void SettingsDialog::setConnectionStatus(const QString& text, const char* style)
{
    m_connectionStatusLabel->setStyleSheet(QLatin1String(style));
    m_connectionStatusLabel->setText(text);
}

} // namespace paydesk::ui
