#include "Eip55.h"

#include "Keccak.h"

namespace paydesk::address {

QString eip55Checksummed(QStringView hexDigits)
{
    const QByteArray lower = hexDigits.toLatin1().toLower();
    const QByteArray hash = keccak256(lower);
    QString result = QString::fromLatin1(lower);
    for (qsizetype i = 0; i < result.size() && i / 2 < hash.size(); ++i) {
        const quint8 byte = static_cast<quint8>(hash[i / 2]);
        const quint8 nibble = (i % 2 == 0) ? (byte >> 4) : (byte & 0x0f);
        if (nibble >= 8) {
            result[i] = result[i].toUpper();
        }
    }
    return result;
}

} // namespace paydesk::address
