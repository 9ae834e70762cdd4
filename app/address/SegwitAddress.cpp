#include "SegwitAddress.h"

#include "Bech32.h"
#include "CheckResults.h"

namespace paydesk::address {

namespace {

constexpr int maxWitnessVersion = 16;
constexpr qsizetype minProgramSize = 2;
constexpr qsizetype maxProgramSize = 40;

// Regroups 5-bit values into bytes. Encoders pad the last group with fewer than 5 zero bits;
// anything else means the string was not produced from whole bytes.
bool fiveToEight(const QByteArray& values, qsizetype from, QByteArray& bytes, QString& problem)
{
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = from; i < values.size(); ++i) {
        accumulator = (accumulator << 5) | static_cast<quint8>(values[i]);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(static_cast<char>((accumulator >> bits) & 0xff));
        }
    }
    if (bits >= 5) {
        problem = QStringLiteral("more than 4 bits of padding");
        return false;
    }
    if ((accumulator & ((1u << bits) - 1)) != 0) {
        problem = QStringLiteral("non-zero padding bits");
        return false;
    }
    return true;
}

} // namespace

SegwitProgram decodeSegwitAddress(QStringView text)
{
    SegwitProgram result;
    const Bech32String decoded = decodeBech32(text);
    if (decoded.problem != AddressProblem::None) {
        result.problem = decoded.problem;
        result.detail = decoded.detail;
        return result;
    }
    result.hrp = decoded.hrp;
    if (decoded.data.isEmpty()) {
        result.problem = AddressProblem::BadEncoding;
        result.detail = QStringLiteral("empty data section");
        return result;
    }

    const int version = static_cast<quint8>(decoded.data[0]);
    if (version > maxWitnessVersion) {
        result.problem = AddressProblem::WrongVersion;
        result.detail = QStringLiteral("witness version %1 is above 16").arg(version);
        return result;
    }

    QByteArray program;
    QString paddingProblem;
    if (!fiveToEight(decoded.data, 1, program, paddingProblem)) {
        result.problem = AddressProblem::BadEncoding;
        result.detail = paddingProblem;
        return result;
    }
    if (program.size() < minProgramSize || program.size() > maxProgramSize) {
        result.problem = AddressProblem::BadLength;
        result.detail = QStringLiteral("witness program of %1 bytes; 2 to 40 allowed").arg(program.size());
        return result;
    }
    if (version == 0 && program.size() != 20 && program.size() != 32) {
        result.problem = AddressProblem::BadLength;
        result.detail = QStringLiteral("witness v0 program of %1 bytes; 20 or 32 required").arg(program.size());
        return result;
    }
    // BIP-350: a v1+ address in bech32 (or v0 in bech32m) passes its own checksum, yet no
    // conforming wallet produces it; paying it may send to a program nobody can spend.
    if (version == 0 && decoded.variant != Bech32Variant::Bech32) {
        result.problem = AddressProblem::WrongVersion;
        result.detail = QStringLiteral("bech32 required for witness v0");
        return result;
    }
    if (version > 0 && decoded.variant != Bech32Variant::Bech32m) {
        result.problem = AddressProblem::WrongVersion;
        result.detail = QStringLiteral("bech32m required for witness v%1").arg(version);
        return result;
    }

    result.version = version;
    result.program = program;
    return result;
}

} // namespace paydesk::address
