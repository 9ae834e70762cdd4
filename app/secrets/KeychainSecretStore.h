#pragma once

#include "SecretStore.h"

namespace paydesk::secrets {

// The OS keychain through QtKeychain (Secret Service on Linux): service "PayDesk", one entry per
// account (a profile as it is set up: see config::keychainAccount). QtKeychain never falls back to a plaintext file
// unless asked to, and we never ask.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto serviceName = "PayDesk";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(serviceName));

    void readApiKey(const QString& account, QObject* context, Callback done) override;
    void writeApiKey(const QString& account, const QByteArray& apiKey, QObject* context, Callback done) override;
    void deleteApiKey(const QString& account, QObject* context, Callback done) override;

private:
    QString m_service;
};

} // namespace paydesk::secrets
