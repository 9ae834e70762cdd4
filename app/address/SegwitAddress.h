#pragma once

#include "AddressCheck.h"

#include <QByteArray>
#include <QStringView>

namespace paydesk::address {

// A native segwit address: human-readable part, witness version and witness program.
struct SegwitProgram
{
    AddressProblem problem = AddressProblem::None;
    QString detail;
    QString hrp;
    int version = -1;
    QByteArray program;
};

// Applies BIP-173 and BIP-350 on top of the bech32 decoding: witness version 0..16, a program of
// 2..40 bytes (20 or 32 for v0) with clean 8-to-5 padding, bech32 for v0 and bech32m for v1+.
// The human-readable part is returned, not judged: which one is right depends on the chain.
SegwitProgram decodeSegwitAddress(QStringView text);

} // namespace paydesk::address
