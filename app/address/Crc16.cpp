#include "Crc16.h"

namespace paydesk::address {

quint16 crc16Xmodem(QByteArrayView data)
{
    constexpr quint16 polynomial = 0x1021;
    quint16 crc = 0;
    for (char byte : data) {
        crc ^= static_cast<quint16>(static_cast<quint8>(byte) << 8);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc & 0x8000) ? static_cast<quint16>((crc << 1) ^ polynomial) : static_cast<quint16>(crc << 1);
        }
    }
    return crc;
}

} // namespace paydesk::address
