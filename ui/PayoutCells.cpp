#include "PayoutCells.h"

#include "StatusText.h"

#include <QDateTime>

namespace paydesk::ui {

QString payoutCellHeader(PayoutCell cell)
{
    switch (cell) {
    case PayoutCell::Id:
        return QStringLiteral("ID");
    case PayoutCell::Created:
        return QStringLiteral("Created");
    case PayoutCell::CreatedBy:
        return QStringLiteral("Created by");
    case PayoutCell::State:
        return QStringLiteral("State");
    case PayoutCell::Coin:
        return QStringLiteral("Coin");
    case PayoutCell::Amount:
        return QStringLiteral("Amount");
    case PayoutCell::ToAddress:
        return QStringLiteral("To address");
    case PayoutCell::Remark:
        return QStringLiteral("Remark");
    }
    return {};
}

QString payoutCellText(const payout::Payout& payout, PayoutCell cell)
{
    switch (cell) {
    case PayoutCell::Id:
        return QString::number(payout.id);
    case PayoutCell::Created:
        return QDateTime::fromMSecsSinceEpoch(payout.createdAtMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case PayoutCell::CreatedBy:
        return payout.createdBy;
    case PayoutCell::State:
        return payoutStateText(payout.state);
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

} // namespace paydesk::ui
