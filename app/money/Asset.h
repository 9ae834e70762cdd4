#pragma once

#include <QString>

#include <optional>

namespace paydesk::money {

// How a chain's addresses and memos are written; decides which validation rules apply.
enum class ChainFamily
{
    Unknown,
    Bitcoin, // BTC, LTC, DOGE: Base58Check and segwit
    Evm, // 0x + 40 hex
    Tron,
    Xrp,
    Ton,
};

enum class MemoKind
{
    None, // the chain carries no memo; Cregis refuses one
    DestinationTag, // XRP: an integer 0..4294967295
    Comment, // TON: free text
};

// One currency Cregis can pay out, identified as `chain_id@token_id`.
struct Asset
{
    QString currency; // "195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"
    QString coinName; // "USDT-TRC20"
    QString chainId;
    QString tokenId;
    std::optional<int> decimals; // unknown decimals: the currency cannot be paid until a person sets them
    ChainFamily family = ChainFamily::Unknown;

    MemoKind memoKind() const;
    bool isNativeCoin() const { return chainId == tokenId; }
};

} // namespace paydesk::money
