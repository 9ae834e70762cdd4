#pragma once

#include "SecretStore.h"

namespace paydesk::secrets {

// The OS keychain through QtKeychain (Secret Service on Linux): service "PayDesk", one entry per
// profile. QtKeychain never falls back to a plaintext file unless asked to, and we never ask.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr auto serviceName = "PayDesk";

    explicit KeychainSecretStore(QString service = QString::fromLatin1(serviceName));

    void readApiKey(const QString& profile, QObject* context, Callback done) override;
    void writeApiKey(const QString& profile, const QByteArray& apiKey, QObject* context, Callback done) override;
    void deleteApiKey(const QString& profile, QObject* context, Callback done) override;

private:
    QString m_service;
};

} // namespace paydesk::secrets
