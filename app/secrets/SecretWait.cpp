#include "SecretWait.h"

#include "config/AnswerWait.h"

namespace paydesk::secrets {

SecretResult readAndWait(SecretStore& store, const QString& account)
{
    return config::waitForAnswer<SecretResult>(
        [&](QObject* context, const auto& answer) { store.readApiKey(account, context, answer); });
}

SecretResult writeAndWait(SecretStore& store, const QString& account, const QByteArray& secret)
{
    return config::waitForAnswer<SecretResult>(
        [&](QObject* context, const auto& answer) { store.writeApiKey(account, secret, context, answer); });
}

} // namespace paydesk::secrets
