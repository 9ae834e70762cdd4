// The optional online address check against the simulator's /api/v1/address/legal and /inner.
#include "CountingNonceSource.h"
#include "SimFixture.h"
#include "money/AssetCatalogue.h"
#include "workflow/OnlineAddressCheck.h"

#include <QTest>

using namespace paydesk;

namespace {

const QString ownAddress = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

} // namespace

class TestOnlineCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answers_data();
    void answers();
    void unreachableGatewayIsAnError();

private:
    struct Outcome
    {
        payout::ValidationIssues issues;
        QString failure;
    };
    Outcome run(cregis::CregisClient& client, const QString& currency, const QString& address);

    std::unique_ptr<SimFixture> m_sim;
    config::SystemClock m_clock;
    CountingNonceSource m_nonces{u'o'};
};

void TestOnlineCheck::initTestCase()
{
    m_sim
        = std::make_unique<SimFixture>("online-check-key", QStringList{QStringLiteral("--inner-address"), ownAddress});
    QVERIFY(m_sim->isReady());
}

TestOnlineCheck::Outcome TestOnlineCheck::run(cregis::CregisClient& client, const QString& currency,
                                              const QString& address)
{
    const auto asset = money::AssetCatalogue::builtIn().resolve(currency);
    std::optional<Outcome> outcome;
    QObject context;
    workflow::OnlineAddressCheck::run(
        client, *asset, address, payout::PayoutField::ToAddress, &context,
        [&outcome](const payout::ValidationIssues& issues, const cregis::CregisError& failure) {
            outcome = Outcome{issues,
                              failure.kind == cregis::CregisError::Kind::None ? QString()
                                                                              : failure.code + u' ' + failure.message};
        });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15000)) {
        return Outcome{{}, QStringLiteral("no answer in time")};
    }
    return *outcome;
}

void TestOnlineCheck::answers_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("code"); // -1: no issue
    QTest::addColumn<bool>("isError");
    QTest::newRow("legal, not own") << "USDT-TRC20"
                                    << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS" << -1 << false;
    QTest::newRow("the project's own address")
        << "USDT-TRC20" << ownAddress << int(payout::IssueCode::RecipientIsOwnAddress) << false;
    QTest::newRow("not legal on the chain")
        << "ETH"
        << "TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS" << int(payout::IssueCode::InvalidAddress) << true;
}

void TestOnlineCheck::answers()
{
    QFETCH(QString, currency);
    QFETCH(QString, address);
    QFETCH(int, code);
    QFETCH(bool, isError);
    cregis::CregisClient client({m_sim->baseUrl(), SimFixture::pid}, std::make_unique<cregis::Signer>(m_sim->apiKey()),
                                m_clock, m_nonces);
    const Outcome outcome = run(client, currency, address);
    QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
    if (code < 0) {
        QVERIFY(outcome.issues.isEmpty());
        return;
    }
    QCOMPARE(outcome.issues.size(), 1);
    QCOMPARE(int(outcome.issues.first().code), code);
    QCOMPARE(outcome.issues.first().isError(), isError);
}

void TestOnlineCheck::unreachableGatewayIsAnError()
{
    cregis::CregisClient client({m_sim->baseUrl(), SimFixture::pid}, std::make_unique<cregis::Signer>("wrong-key"),
                                m_clock, m_nonces);
    const Outcome outcome = run(client, QStringLiteral("TRX"), QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"));
    QVERIFY(outcome.failure.contains(QLatin1String("Signature Error")));
    QCOMPARE(outcome.issues.size(), 1);
    QCOMPARE(outcome.issues.first().code, payout::IssueCode::OnlineCheckFailed);
    QVERIFY(outcome.issues.first().isError());
}

QTEST_GUILESS_MAIN(TestOnlineCheck)
#include "tst_onlinecheck.moc"
