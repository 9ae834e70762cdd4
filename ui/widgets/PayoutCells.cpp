#include "PayoutCells.h"

#include "words/StatusWords.h"

#include <QDateTime>

namespace paydesk::ui {

QString PayoutCells::header(PayoutCell cell)
{
    switch (cell) {
    case PayoutCell::Id:
        return tr("ID");
    case PayoutCell::Created:
        return tr("Created");
    case PayoutCell::CreatedBy:
        return tr("Created by");
    case PayoutCell::State:
        return tr("State");
    case PayoutCell::Coin:
        return tr("Coin");
    case PayoutCell::Amount:
        return tr("Amount");
    case PayoutCell::ToAddress:
        return tr("To address");
    case PayoutCell::Remark:
        return tr("Remark");
    }
    return {};
}

QString PayoutCells::text(const payout::Payout& payout, PayoutCell cell)
{
    switch (cell) {
    case PayoutCell::Id:
        return QString::number(payout.id);
    case PayoutCell::Created:
        return localTime(payout.createdAtMs);
    case PayoutCell::CreatedBy:
        return payout.createdBy;
    case PayoutCell::State:
        return words::StatusWords::payoutState(payout.state);
    case PayoutCell::Coin:
        return payout.fields.coinName;
    case PayoutCell::Amount:
        return payout.fields.amount.toCanonical();
    case PayoutCell::ToAddress:
        return payout.fields.toAddress;
    case PayoutCell::Remark:
        return payout.fields.remark;
    }
    return {};
}

QString PayoutCells::localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString PayoutCells::errorText(const payout::Payout& payout)
{
    if (payout.errorCode.isEmpty()) {
        return payout.errorMessage;
    }
    return payout.errorMessage.isEmpty() ? payout.errorCode
                                         : QStringLiteral("%1 — %2").arg(payout.errorCode, payout.errorMessage);
}

} // namespace paydesk::ui
