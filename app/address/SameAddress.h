#pragma once

#include "money/Asset.h"

#include <QString>

namespace paydesk::address {

// The one spelling of a recipient that "the same recipient" is decided on, everywhere (import
// duplicates, the form's duplicate and look-alike warnings, the allow-list, reconciliation):
// letter case is folded only where the chain's format ignores it, and only for a valid address
// (a wrong checksum is another, broken, address):
//   - EVM: lower case (its mixed case is only the EIP-55 checksum);
//   - Bitcoin family: lower case for a segwit (bech32) address; Base58 ones stay as written;
//   - TON: the raw form "workchain:hex" in lower case, from the raw or either user-friendly form
//     (bounceable or not, base64 or base64url: one account);
//   - TRON, XRP and unknown chains: as written (Base58 is case-sensitive).
QString canonicalAddress(money::ChainFamily family, const QString& address);

// Whether two spellings name the same recipient: their canonical spellings are equal.
bool sameAddress(money::ChainFamily family, const QString& a, const QString& b);

} // namespace paydesk::address
