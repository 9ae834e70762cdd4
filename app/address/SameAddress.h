#pragma once

#include "money/Asset.h"

#include <QString>

namespace paydesk::address {

// Whether two spellings name the same recipient. EVM addresses are hex, and their letter case
// is only a checksum (EIP-55): two valid spellings that differ only in case are one address.
// Every other family's addresses are case-sensitive and compare exactly.
bool sameAddress(money::ChainFamily family, const QString& a, const QString& b);

} // namespace paydesk::address
