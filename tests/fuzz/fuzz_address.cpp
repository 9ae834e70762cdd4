// Every address validator on any text, for every chain family and the chains PayDesk knows.
#include "address/AddressCheck.h"

#include <cstdint>

using namespace paydesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString address = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString latin1 = QString::fromLatin1(reinterpret_cast<const char*>(data), qsizetype(size));
    static const std::pair<money::ChainFamily, const char*> chains[] = {
        {money::ChainFamily::Bitcoin, "0"}, {money::ChainFamily::Bitcoin, "2"}, {money::ChainFamily::Bitcoin, "3"},
        {money::ChainFamily::Evm, "60"},    {money::ChainFamily::Evm, "56"},    {money::ChainFamily::Tron, "195"},
        {money::ChainFamily::Xrp, "144"},   {money::ChainFamily::Ton, "607"},   {money::ChainFamily::Unknown, "1"},
    };
    for (const auto& [family, chain] : chains) {
        address::checkAddress(family, QString::fromLatin1(chain), address);
        address::checkAddress(family, QString::fromLatin1(chain), latin1);
    }
    return 0;
}
