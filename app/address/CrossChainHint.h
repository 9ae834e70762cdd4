#pragma once

#include "money/Asset.h"

#include <QString>
#include <QStringView>

namespace paydesk::address {

// An address that fails its own chain's rules but passes another family's is almost always the
// right address pasted into the wrong payout (a TRON address for an ERC-20 token). Returns the
// name of such a chain, or an empty string. Only called on the failure path: it costs a few checks.
QString otherChainAccepting(money::ChainFamily family, QStringView address);

} // namespace paydesk::address
