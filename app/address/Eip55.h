#pragma once

#include <QString>
#include <QStringView>

namespace paydesk::address {

// The EIP-55 form of 40 hex digits given in any case (no "0x"): a letter is upper case where the
// matching nibble of keccak256(lower-case hex text) is 8 or more.
QString eip55Checksummed(QStringView hexDigits);

} // namespace paydesk::address
