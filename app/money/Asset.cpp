#include "Asset.h"

namespace paydesk::money {

MemoKind Asset::memoKind() const
{
    switch (family) {
    case ChainFamily::Xrp:
        return MemoKind::DestinationTag;
    case ChainFamily::Ton:
        return MemoKind::Comment;
    case ChainFamily::Unknown:
    case ChainFamily::Bitcoin:
    case ChainFamily::Evm:
    case ChainFamily::Tron:
        break;
    }
    return MemoKind::None;
}

} // namespace paydesk::money
