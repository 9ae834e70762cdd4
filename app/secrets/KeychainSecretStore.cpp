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

QString describe(const SecretResult& result)
{
    const QString detail = result.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.detail);
    switch (result.status) {
    case SecretResult::Status::Ok:
        return QStringLiteral("The API key is stored in the system keychain.");
    case SecretResult::Status::NotFound:
        return QStringLiteral("No API key is stored for this profile as it is now set up. Enter it in Settings (or "
                              "with `paydesk-cli credentials set`); a key is asked for again whenever the "
                              "profile's gateway, project ID or data folder changes.");
    case SecretResult::Status::AccessDenied:
        return QStringLiteral("The system keychain refused access. Unlock your keyring and try again.") + detail;
    case SecretResult::Status::NoBackend:
        return QStringLiteral("No system keychain is available in this session. Start your desktop's keyring "
                              "(for example GNOME Keyring or KWallet) and try again.")
            + detail;
    case SecretResult::Status::Failed:
        break;
    }
    return QStringLiteral("The system keychain reported an error.") + detail;
}

} // namespace paydesk::secrets
