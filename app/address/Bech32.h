#pragma once

#include "AddressCheck.h"

#include <QByteArray>
#include <QStringView>

namespace paydesk::address {

enum class Bech32Variant
{
    Bech32, // BIP-173
    Bech32m, // BIP-350: same code, different final constant
};

// A bech32 or bech32m string split into its parts, or the reason it is not one.
struct Bech32String
{
    AddressProblem problem = AddressProblem::None;
    QString detail;
    QString hrp; // lower case
    QByteArray data; // 5-bit values, checksum removed
    Bech32Variant variant = Bech32Variant::Bech32;
};

// Decodes per BIP-173 and BIP-350: at most 90 characters, one case, a non-empty human-readable
// part before the last '1', and a checksum valid in one of the two variants.
Bech32String decodeBech32(QStringView text);

} // namespace paydesk::address
