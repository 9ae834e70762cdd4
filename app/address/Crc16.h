#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace paydesk::address {

// CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection, no final XOR. TON's
// user-friendly addresses end with it.
quint16 crc16Xmodem(QByteArrayView data);

} // namespace paydesk::address
