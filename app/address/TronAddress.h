#pragma once

#include "AddressCheck.h"

#include <QStringView>

namespace paydesk::address {

// TRON main and test net alike: Base58Check of version 0x41 and a 20-byte account, 34 characters
// starting with 'T'.
AddressCheck checkTronAddress(QStringView address);

} // namespace paydesk::address
