#pragma once

#include <QStringView>

namespace paydesk::sim {

class CoinTable;

// Shape checks only, no checksums: enough for a client to meet each kind of answer.

// What a payout's destination must be at least: 1 to 128 printable ASCII characters, no spaces.
bool isWellFormedAddress(QStringView address);

// /api/v1/address/legal: TRON (main and test net) T + 33 base58 characters, EVM chains 0x + 40
// hex digits, any other served chain a well-formed address. Unserved chains know no address.
bool isLegalAddress(QStringView address, QStringView chainId, const CoinTable& coins);

} // namespace paydesk::sim
