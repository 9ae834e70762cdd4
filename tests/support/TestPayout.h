#pragma once

#include "payout/PayoutDraft.h"
#include "payout/PayoutFields.h"

#include <QString>

// A payout's fields for tests, built through the real validator (with the built-in currencies),
// so no test starts from fields the form would refuse. Defaults: 1.5 USDT-TRC20 to the TRON address
// of the Cregis docs.
class TestPayout
{
public:
    TestPayout& currency(const QString& currency);
    TestPayout& to(const QString& address);
    TestPayout& amount(const QString& amount);
    TestPayout& memo(const QString& memo);
    TestPayout& remark(const QString& remark);
    TestPayout& walletId(const QString& walletId);

    const paydesk::payout::PayoutDraft& draft() const { return m_draft; }
    // Aborts the test program when the validator refuses the draft: a test's setup is wrong.
    paydesk::payout::PayoutFields fields() const;

    static const QString tronAddress;
    static const QString usdtTrc20;

private:
    paydesk::payout::PayoutDraft m_draft = defaults();
    static paydesk::payout::PayoutDraft defaults();
};
