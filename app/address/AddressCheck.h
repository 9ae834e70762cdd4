#pragma once

#include "money/Asset.h"

#include <QString>

namespace paydesk::address {

// Why an address was refused. Front ends turn these into words; `AddressCheck::detail` is for logs.
enum class AddressProblem
{
    None,
    Empty,
    NonAscii,
    BadCharacter,
    BadLength,
    BadChecksum,
    WrongNetwork, // a valid encoding for another network: a testnet form, or an LTC address on BTC
    WrongVersion, // witness version rules, or a version byte no network uses for addresses
    BadEncoding, // e.g. mixed-case bech32, bad padding, an unsupported form such as an XRP X-address
    UnknownChain, // no local rules for this chain: the caller offers the online check instead
};

enum class AddressNote
{
    None,
    NoChecksum, // EVM all-lower or all-upper: valid, but a typo in it could not have been caught
};

struct AddressCheck
{
    AddressProblem problem = AddressProblem::None;
    AddressNote note = AddressNote::None;
    QString detail; // short English for logs, e.g. "bech32m required for witness v1"

    bool ok() const { return problem == AddressProblem::None; }
};

// Checks an already-normalised address (the caller strips whitespace and zero-width characters)
// against the rules of a chain, checksums included. `chainId` picks the network inside a family
// (BTC, LTC and DOGE share the Bitcoin family); families with one format ignore it.
AddressCheck checkAddress(money::ChainFamily family, const QString& chainId, const QString& address);

} // namespace paydesk::address
