#include "SecretWait.h"

#include <QEventLoop>

namespace paydesk::secrets {

SecretResult readAndWait(SecretStore& store, const QString& account)
{
    QEventLoop loop;
    SecretResult result;
    store.readApiKey(account, &loop, [&](const SecretResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

SecretResult writeAndWait(SecretStore& store, const QString& account, const QByteArray& secret)
{
    QEventLoop loop;
    SecretResult result;
    store.writeApiKey(account, secret, &loop, [&](const SecretResult& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace paydesk::secrets
