#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

// A SecretStore for GUI tests: keys live in a hash, answers arrive asynchronously like the real
// keychain's, and nothing touches the session's Secret Service.
class InMemorySecretStore final : public paydesk::secrets::SecretStore
{
public:
    void readApiKey(const QString& profile, QObject* context, Callback done) override;
    void writeApiKey(const QString& profile, const QByteArray& apiKey, QObject* context, Callback done) override;
    void deleteApiKey(const QString& profile, QObject* context, Callback done) override;

    bool contains(const QString& profile) const { return m_keys.contains(profile); }

private:
    static void answer(QObject* context, Callback done, paydesk::secrets::SecretResult result);

    QHash<QString, QByteArray> m_keys;
};
