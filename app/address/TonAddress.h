#pragma once

#include "AddressCheck.h"

#include <QStringView>

namespace paydesk::address {

// TON: the raw form "workchain:64 hex digits" (workchain 0 or -1), or the 48-character
// user-friendly form in base64 or base64url: flags, workchain, 32-byte account, CRC-16/XMODEM.
AddressCheck checkTonAddress(QStringView address);

} // namespace paydesk::address
