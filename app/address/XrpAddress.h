#pragma once

#include "AddressCheck.h"

#include <QStringView>

namespace paydesk::address {

// XRP Ledger classic addresses: Base58Check in the ledger's own alphabet, version 0x00 and a
// 20-byte account id, so they start with 'r'. X-addresses are refused: they carry their own
// destination tag, which would compete with the payout's memo.
AddressCheck checkXrpAddress(QStringView address);

} // namespace paydesk::address
