#include "Keccak.h"

#include <array>

namespace paydesk::address {

namespace {

using State = std::array<quint64, 25>;

constexpr int rounds = 24;
constexpr qsizetype rate = 136; // (1600 - 2 * 256) / 8: the bytes absorbed per permutation
constexpr qsizetype digestSize = 32;

constexpr quint64 roundConstants[rounds] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL, 0x000000000000808bULL,
    0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL, 0x000000000000008aULL, 0x0000000000000088ULL,
    0x0000000080008009ULL, 0x000000008000000aULL, 0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL,
    0x8000000000008003ULL, 0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

// Rho rotation and pi destination, walked in the order pi visits the lanes starting from lane 1.
constexpr int rhoOffsets[24]
    = {1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44};
constexpr int piLanes[24] = {10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1};

constexpr quint64 rotateLeft(quint64 value, int shift)
{
    return (value << shift) | (value >> (64 - shift));
}

void keccakF1600(State& a)
{
    for (int round = 0; round < rounds; ++round) {
        // Theta: each lane absorbs the parity of two neighbouring columns.
        quint64 columns[5];
        for (int x = 0; x < 5; ++x) {
            columns[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for (int x = 0; x < 5; ++x) {
            const quint64 d = columns[(x + 4) % 5] ^ rotateLeft(columns[(x + 1) % 5], 1);
            for (int y = 0; y < 25; y += 5) {
                a[y + x] ^= d;
            }
        }
        // Rho and pi together: rotate each lane and move it to its new position.
        quint64 carried = a[1];
        for (int i = 0; i < 24; ++i) {
            const int lane = piLanes[i];
            const quint64 next = a[lane];
            a[lane] = rotateLeft(carried, rhoOffsets[i]);
            carried = next;
        }
        // Chi: the only non-linear step, row by row.
        for (int y = 0; y < 25; y += 5) {
            quint64 row[5];
            for (int x = 0; x < 5; ++x) {
                row[x] = a[y + x];
            }
            for (int x = 0; x < 5; ++x) {
                a[y + x] = row[x] ^ (~row[(x + 1) % 5] & row[(x + 2) % 5]);
            }
        }
        // Iota.
        a[0] ^= roundConstants[round];
    }
}

// Lanes are little-endian; XOR byte by byte so the code does not depend on the host's order.
void xorByte(State& state, qsizetype position, quint8 value)
{
    state[position / 8] ^= static_cast<quint64>(value) << (8 * (position % 8));
}

QByteArray sponge256(QByteArrayView data, quint8 domainPadding)
{
    State state{};
    qsizetype offset = 0;
    while (data.size() - offset >= rate) {
        for (qsizetype i = 0; i < rate; ++i) {
            xorByte(state, i, static_cast<quint8>(data[offset + i]));
        }
        keccakF1600(state);
        offset += rate;
    }
    const qsizetype tail = data.size() - offset;
    for (qsizetype i = 0; i < tail; ++i) {
        xorByte(state, i, static_cast<quint8>(data[offset + i]));
    }
    // pad10*1: the domain bits right after the message, the final 1 bit at the end of the block.
    xorByte(state, tail, domainPadding);
    xorByte(state, rate - 1, 0x80);
    keccakF1600(state);

    QByteArray digest(digestSize, Qt::Uninitialized);
    for (qsizetype i = 0; i < digestSize; ++i) {
        digest[i] = static_cast<char>((state[i / 8] >> (8 * (i % 8))) & 0xff);
    }
    return digest;
}

} // namespace

QByteArray keccak256(QByteArrayView data)
{
    return sponge256(data, 0x01);
}

QByteArray sha3_256(QByteArrayView data)
{
    return sponge256(data, 0x06);
}

} // namespace paydesk::address
