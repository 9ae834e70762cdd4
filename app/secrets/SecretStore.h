#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace paydesk::secrets {

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        AccessDenied, // the keyring is locked, or the person said no
        NoBackend, // no Secret Service / keychain on this session
        Failed,
    };

    Status status = Status::Failed;
    QByteArray secret; // only for a successful read
    QString detail; // the backend's own words, for the message shown to a person

    bool ok() const { return status == Status::Ok; }
};

// Where a profile's API key lives, under an account name the caller chooses (config::keychainAccount
// binds it to the profile's gateway, pid and data folder). Asynchronous because an OS keychain may
// ask the person to unlock it. Results arrive in `context`'s thread, and not at all once `context`
// is gone.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult&)>;

    virtual ~SecretStore() = default;
    virtual void readApiKey(const QString& account, QObject* context, Callback done) = 0;
    virtual void writeApiKey(const QString& account, const QByteArray& apiKey, QObject* context, Callback done) = 0;
    virtual void deleteApiKey(const QString& account, QObject* context, Callback done) = 0;
};

} // namespace paydesk::secrets
