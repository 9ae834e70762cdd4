#pragma once

#include "AddressCheck.h"
#include "Base58.h"

namespace paydesk::address {

// A Base58Check string of 25 bytes: a version byte, a 20-byte hash and the first 4 bytes of the
// double SHA-256 of those 21 bytes. Bitcoin-family, TRON and XRP classic addresses all have it.
struct Base58CheckPayload
{
    AddressProblem problem = AddressProblem::None;
    QString detail;
    quint8 version = 0;
};

Base58CheckPayload decodeBase58Check(QStringView text, const Base58Alphabet& alphabet);

} // namespace paydesk::address
