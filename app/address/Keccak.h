#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace paydesk::address {

// Keccak-256 as Ethereum uses it: the Keccak submission's padding (0x01), which is NOT FIPS 202's
// SHA3-256 (0x06). Written here because Debian 12's OpenSSL 3.0 has no "KECCAK-256" digest
// (it came in 3.2) and the code should not depend on which OpenSSL a distribution ships.
QByteArray keccak256(QByteArrayView data);

// FIPS 202 SHA3-256 from the same sponge. The address checks do not use it: it exists so the tests
// can compare the permutation against OpenSSL's SHA3-256 on many lengths.
QByteArray sha3_256(QByteArrayView data);

} // namespace paydesk::address
