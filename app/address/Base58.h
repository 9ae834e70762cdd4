#pragma once

#include <QByteArray>
#include <QStringView>

#include <array>

namespace paydesk::address {

// A base58 alphabet: the digit value of each character is its position. Bitcoin, TRON and the
// XRP Ledger use the same algorithm with different orders, so the alphabet is a parameter.
class Base58Alphabet
{
public:
    explicit constexpr Base58Alphabet(const char (&characters)[59])
        : m_zero(characters[0])
    {
        m_digits.fill(-1);
        for (int value = 0; value < 58; ++value) {
            m_digits[static_cast<unsigned char>(characters[value])] = static_cast<signed char>(value);
        }
    }

    // -1 for a character outside the alphabet.
    constexpr int digit(char16_t character) const { return character < 128 ? m_digits[character] : -1; }
    // The character for digit 0; each leading one stands for a leading zero byte.
    constexpr char16_t zero() const { return static_cast<char16_t>(m_zero); }

private:
    std::array<signed char, 128> m_digits{};
    char m_zero;
};

inline constexpr Base58Alphabet bitcoinBase58{"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"};
inline constexpr Base58Alphabet rippleBase58{"rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz"};

struct Base58Decoded
{
    enum class Status
    {
        Ok,
        BadCharacter, // `position` is the first offending character
        TooLong, // decodes to more than the caller's maximum
    };

    Status status = Status::Ok;
    qsizetype position = -1;
    QByteArray bytes;
};

// Decodes big-endian base58. `maxBytes` bounds the work: callers know their payload size, and a
// longer string is refused before it can cost quadratic time.
Base58Decoded decodeBase58(QStringView text, const Base58Alphabet& alphabet, qsizetype maxBytes);

} // namespace paydesk::address
