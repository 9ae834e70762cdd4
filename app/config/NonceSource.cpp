#include "NonceSource.h"

#include <QRandomGenerator>

namespace paydesk::config {

QString RandomNonceSource::nextNonce()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    QString nonce;
    nonce.reserve(6);
    for (int i = 0; i < 6; ++i) {
        nonce += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]);
    }
    return nonce;
}

} // namespace paydesk::config
