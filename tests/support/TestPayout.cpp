#include "TestPayout.h"

#include "money/AssetCatalogue.h"
#include "payout/PayoutValidator.h"

#include <QtGlobal>

using namespace paydesk;

const QString TestPayout::tronAddress = QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS");
const QString TestPayout::usdtTrc20 = QStringLiteral("195@TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

payout::PayoutDraft TestPayout::defaults()
{
    payout::PayoutDraft draft;
    draft.currency = usdtTrc20;
    draft.toAddress = tronAddress;
    draft.amount = QStringLiteral("1.5");
    return draft;
}

TestPayout& TestPayout::currency(const QString& currency)
{
    m_draft.currency = currency;
    return *this;
}

TestPayout& TestPayout::to(const QString& address)
{
    m_draft.toAddress = address;
    return *this;
}

TestPayout& TestPayout::amount(const QString& amount)
{
    m_draft.amount = amount;
    return *this;
}

TestPayout& TestPayout::memo(const QString& memo)
{
    m_draft.memo = memo;
    return *this;
}

TestPayout& TestPayout::remark(const QString& remark)
{
    m_draft.remark = remark;
    return *this;
}

TestPayout& TestPayout::walletId(const QString& walletId)
{
    m_draft.walletId = walletId;
    return *this;
}

payout::PayoutFields TestPayout::fields() const
{
    const payout::ValidationResult checked
        = payout::PayoutValidator(money::AssetCatalogue::builtIn()).validate(m_draft);
    if (!checked.fields) {
        qFatal("TestPayout: the validator refused %s %s to %s", qPrintable(m_draft.amount),
               qPrintable(m_draft.currency), qPrintable(m_draft.toAddress));
    }
    return *checked.fields;
}
