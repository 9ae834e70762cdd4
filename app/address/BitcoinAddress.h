#pragma once

#include "AddressCheck.h"

#include <QStringView>

namespace paydesk::address {

// BTC, LTC and DOGE: Base58Check with the chain's version bytes, or native segwit with its prefix.
AddressCheck checkBitcoinAddress(const QString& chainId, QStringView address);

} // namespace paydesk::address
