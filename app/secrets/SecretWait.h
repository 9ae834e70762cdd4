#pragma once

#include "SecretStore.h"

namespace paydesk::secrets {

// A keychain call waited for in a local event loop, for callers with nothing else to do meanwhile
// (a command line, a window before it opens). The keychain may ask the person to unlock it.
SecretResult readAndWait(SecretStore& store, const QString& account);
SecretResult writeAndWait(SecretStore& store, const QString& account, const QByteArray& secret);

} // namespace paydesk::secrets
