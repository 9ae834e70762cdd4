#include "InMemorySecretStore.h"

#include <QTimer>

using paydesk::secrets::SecretResult;

void InMemorySecretStore::answer(QObject* context, Callback done, SecretResult result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result = std::move(result)] { done(result); });
}

void InMemorySecretStore::readApiKey(const QString& profile, QObject* context, Callback done)
{
    const auto found = m_keys.constFind(profile);
    answer(context, std::move(done),
           found == m_keys.cend() ? SecretResult{SecretResult::Status::NotFound, {}, {}}
                                  : SecretResult{SecretResult::Status::Ok, *found, {}});
}

void InMemorySecretStore::writeApiKey(const QString& profile, const QByteArray& apiKey, QObject* context, Callback done)
{
    m_keys.insert(profile, apiKey);
    answer(context, std::move(done), SecretResult{SecretResult::Status::Ok, {}, {}});
}

void InMemorySecretStore::deleteApiKey(const QString& profile, QObject* context, Callback done)
{
    const bool removed = m_keys.remove(profile);
    answer(context, std::move(done),
           SecretResult{removed ? SecretResult::Status::Ok : SecretResult::Status::NotFound, {}, {}});
}
