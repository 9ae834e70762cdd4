#pragma once

#include "AddressCheck.h"

#include <QStringView>

namespace paydesk::address {

// Ethereum, BSC and other EVM chains: "0x" and 40 hex digits; mixed case must pass EIP-55.
AddressCheck checkEvmAddress(QStringView address);

} // namespace paydesk::address
