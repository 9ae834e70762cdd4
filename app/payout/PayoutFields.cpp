#include "PayoutFields.h"

#include <QCryptographicHash>

namespace paydesk::payout {

QByteArray PayoutFields::contentHash(const QString& thirdPartyId) const
{
    // Length-prefixed fields: no choice of separator can make two different payouts collide.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto add = [&hash](const QString& name, const QString& value) {
        const QByteArray bytes = value.toUtf8();
        hash.addData(name.toUtf8());
        hash.addData(QByteArray::number(bytes.size()) + ':');
        hash.addData(bytes);
    };
    add(QStringLiteral("wallet_id"), walletId ? QString::number(*walletId) : QString());
    add(QStringLiteral("currency"), currency);
    add(QStringLiteral("from_address"), fromAddress);
    add(QStringLiteral("to_address"), toAddress);
    add(QStringLiteral("amount"), amount.toCanonical());
    add(QStringLiteral("memo"), memo);
    add(QStringLiteral("remark"), remark);
    add(QStringLiteral("callback_url"), callbackUrl);
    add(QStringLiteral("third_party_id"), thirdPartyId);
    return hash.result().toHex();
}

} // namespace paydesk::payout
