#include "SameAddress.h"

#include "AddressCheck.h"
#include "SegwitAddress.h"

namespace paydesk::address {

namespace {

// A valid TON address as "workchain:64 lower-case hex digits".
QString tonRaw(const QString& address)
{
    if (!checkAddress(money::ChainFamily::Ton, {}, address).ok()) {
        return address;
    }
    if (address.contains(u':')) {
        return address.toLower();
    }
    const bool urlSafe = address.contains(u'-') || address.contains(u'_');
    const QByteArray bytes = QByteArray::fromBase64(
        address.toLatin1(), urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding);
    // Checked above: flags, workchain (0x00 or 0xff), 32 bytes of account, CRC.
    const QString workchain = static_cast<quint8>(bytes.at(1)) == 0xff ? QStringLiteral("-1") : QStringLiteral("0");
    return workchain + u':' + QString::fromLatin1(bytes.mid(2, 32).toHex());
}

} // namespace

QString canonicalAddress(money::ChainFamily family, const QString& address)
{
    switch (family) {
    case money::ChainFamily::Evm:
        return checkAddress(family, {}, address).ok() ? address.toLower() : address;
    case money::ChainFamily::Bitcoin:
        // bech32 is one case throughout (upper case for QR codes); Base58Check is not.
        return decodeSegwitAddress(address).problem == AddressProblem::None ? address.toLower() : address;
    case money::ChainFamily::Ton:
        return tonRaw(address);
    case money::ChainFamily::Tron:
    case money::ChainFamily::Xrp:
    case money::ChainFamily::Unknown:
        break;
    }
    return address;
}

bool sameAddress(money::ChainFamily family, const QString& a, const QString& b)
{
    return a == b || canonicalAddress(family, a) == canonicalAddress(family, b);
}

} // namespace paydesk::address
