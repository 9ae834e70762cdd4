#include "BitcoinAddress.h"

#include "Base58Check.h"
#include "BitcoinNetworks.h"
#include "CheckResults.h"
#include "SegwitAddress.h"

namespace paydesk::address {

namespace {

// Base58 addresses mix upper and lower case, bech32 ones never do. A known segwit prefix also
// counts even in mixed case, so that a mangled segwit address is reported as bech32.
bool looksLikeSegwit(QStringView text)
{
    const qsizetype separator = text.lastIndexOf(u'1');
    if (separator < 1) {
        return false;
    }
    if (!networkOfSegwitHrp(text.left(separator)).isEmpty()) {
        return true;
    }
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : text) {
        hasLower = hasLower || c.isLower();
        hasUpper = hasUpper || c.isUpper();
    }
    return !(hasLower && hasUpper);
}

AddressCheck checkSegwit(const BitcoinChainRules& rules, QStringView text)
{
    const SegwitProgram program = decodeSegwitAddress(text);
    if (program.problem != AddressProblem::None) {
        return refused(program.problem, program.detail);
    }
    if (rules.segwitHrp != nullptr && program.hrp == QLatin1String(rules.segwitHrp)) {
        return accepted();
    }
    QString network = networkOfSegwitHrp(program.hrp);
    if (network.isEmpty()) {
        network = QStringLiteral("an unknown network");
    }
    if (rules.segwitHrp == nullptr) {
        return refused(AddressProblem::WrongNetwork,
                       QStringLiteral("segwit address for %1; %2 has no segwit addresses")
                           .arg(network, QLatin1String(rules.name)));
    }
    return refused(AddressProblem::WrongNetwork,
                   QStringLiteral("prefix '%1' is %2; %3 uses '%4'")
                       .arg(program.hrp, network, QLatin1String(rules.name), QLatin1String(rules.segwitHrp)));
}

AddressCheck checkBase58(const BitcoinChainRules& rules, QStringView text)
{
    const Base58CheckPayload payload = decodeBase58Check(text, bitcoinBase58);
    if (payload.problem != AddressProblem::None) {
        return refused(payload.problem, payload.detail);
    }
    for (int i = 0; i < rules.versionCount; ++i) {
        if (payload.version == rules.versions[i]) {
            return accepted();
        }
    }
    const QString network = networkOfVersion(payload.version);
    if (!network.isEmpty()) {
        return refused(AddressProblem::WrongNetwork,
                       QStringLiteral("version byte %1 is %2, not %3")
                           .arg(hexByte(payload.version), network, QLatin1String(rules.name)));
    }
    return refused(AddressProblem::WrongVersion,
                   QStringLiteral("version byte %1 is not a %2 address version")
                       .arg(hexByte(payload.version), QLatin1String(rules.name)));
}

} // namespace

AddressCheck checkBitcoinAddress(const QString& chainId, QStringView address)
{
    const std::optional<BitcoinChainRules> rules = bitcoinChainRules(chainId);
    if (!rules) {
        return refused(AddressProblem::UnknownChain, QStringLiteral("no local rules for chain %1").arg(chainId));
    }
    return looksLikeSegwit(address) ? checkSegwit(*rules, address) : checkBase58(*rules, address);
}

} // namespace paydesk::address
