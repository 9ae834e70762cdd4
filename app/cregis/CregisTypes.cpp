#include "CregisTypes.h"

#include <QCryptographicHash>

namespace paydesk::cregis {

QByteArray PayoutRequest::contentHash() const
{
    // Length-prefixed fields: no choice of separator can make two different payouts collide.
    // The byte layout is stored in every audit trail: it never changes.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const char* name, const QString& value) {
        const QByteArray bytes = value.toUtf8();
        hash.addData(QByteArrayView(name));
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    add("wallet_id", walletId ? QString::number(*walletId) : QString());
    add("currency", currency);
    add("from_address", fromAddress);
    add("to_address", toAddress);
    add("amount", amount);
    add("memo", memo);
    add("remark", remark);
    add("callback_url", callbackUrl);
    add("third_party_id", thirdPartyId);
    return hash.result().toHex();
}

} // namespace paydesk::cregis
