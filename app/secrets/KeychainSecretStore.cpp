#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

namespace paydesk::secrets {

namespace {

SecretResult resultOf(const QKeychain::Job& job)
{
    SecretResult result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        result.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretResult::Status::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::NoBackend;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Failed;
        break;
    }
    return result;
}

// Jobs delete themselves after `finished`; the callback runs only while `context` lives.
void run(QKeychain::Job* job, QObject* context, SecretStore::Callback done,
         std::function<void(QKeychain::Job*, SecretResult&)> collect = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done), collect = std::move(collect)](QKeychain::Job* finished) {
                         SecretResult result = resultOf(*finished);
                         if (collect && result.ok()) {
                             collect(finished, result);
                         }
                         if (guard) {
                             done(result);
                         }
                     });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

void KeychainSecretStore::readApiKey(const QString& account, QObject* context, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    run(job, context, std::move(done), [](QKeychain::Job* finished, SecretResult& result) {
        result.secret = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
    });
}

void KeychainSecretStore::writeApiKey(const QString& account, const QByteArray& apiKey, QObject* context, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setBinaryData(apiKey);
    run(job, context, std::move(done));
}

void KeychainSecretStore::deleteApiKey(const QString& account, QObject* context, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    run(job, context, std::move(done));
}

} // namespace paydesk::secrets
