// Validations per second of checkAddress for each chain family, on valid addresses (the common
// case: the whole decode and checksum run). Usage: bench_address [iterations per family]
#include "address/AddressCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTextStream>

using paydesk::address::checkAddress;
using paydesk::money::ChainFamily;

namespace {

struct Workload
{
    QString name;
    ChainFamily family;
    QString chainId;
    QStringList addresses; // cycled through, so no one string's layout decides the result
};

QList<Workload> workloads()
{
    // Published addresses, the same ones tst_address checks.
    return {
        {QStringLiteral("BTC base58"),
         ChainFamily::Bitcoin,
         QStringLiteral("0"),
         {QStringLiteral("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"), QStringLiteral("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")}},
        {QStringLiteral("BTC segwit"),
         ChainFamily::Bitcoin,
         QStringLiteral("0"),
         {QStringLiteral("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
          QStringLiteral("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")}},
        {QStringLiteral("LTC"),
         ChainFamily::Bitcoin,
         QStringLiteral("2"),
         {QStringLiteral("LVg2kJoFNg45Nbpy53h7Fe1wKyeXVRhMH9"), QStringLiteral("MUWheVyCBf3Fm3WNNXvotQ3Gj8NTSZCBVe")}},
        {QStringLiteral("DOGE"),
         ChainFamily::Bitcoin,
         QStringLiteral("3"),
         {QStringLiteral("DPpJVPpvPNP6i6tMj4rTycAGh8wReTqaSU"), QStringLiteral("A7JjzK9k9x5b2MkkQzqt91WZsuu7wTu6iS")}},
        {QStringLiteral("EVM EIP-55"),
         ChainFamily::Evm,
         QStringLiteral("60"),
         {QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"),
          QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")}},
        {QStringLiteral("EVM lower"),
         ChainFamily::Evm,
         QStringLiteral("60"),
         {QStringLiteral("0xdac17f958d2ee523a2206206994597c13d831ec7")}},
        {QStringLiteral("TRON"),
         ChainFamily::Tron,
         QStringLiteral("195"),
         {QStringLiteral("TXsmKpEuW7qWnXzJLGP9eDLvWPR2GRn1FS"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")}},
        {QStringLiteral("XRP"),
         ChainFamily::Xrp,
         QStringLiteral("144"),
         {QStringLiteral("rHb9CJAWyB4rj91VRWn96DkukG4bwdtyTh"), QStringLiteral("rG1QQv2nh2gr7RCZ1P8YYcBUKCCN633jCn")}},
        {QStringLiteral("TON friendly"),
         ChainFamily::Ton,
         QString(),
         {QStringLiteral("EQAs9VlT6S776tq3unJcP5Ogsj-ELLunLXuOb1EKcOQi4wJB"),
          QStringLiteral("UQAs9VlT6S776tq3unJcP5Ogsj+ELLunLXuOb1EKcOQi41+E")}},
        {QStringLiteral("TON raw"),
         ChainFamily::Ton,
         QString(),
         {QStringLiteral("0:2cf55953e92efbeadab7ba725c3f93a0b23f842cbba72d7b8e6f510a70e422e3")}},
    };
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    bool parsed = false;
    const int requested = arguments.size() > 1 ? arguments.at(1).toInt(&parsed) : 0;
    const int iterations = parsed && requested > 0 ? requested : 200000;

    out << "iterations per family: " << iterations << "\n";
    out << qSetFieldWidth(14) << Qt::left << "family" << qSetFieldWidth(16) << Qt::right << "validations/s"
        << qSetFieldWidth(0) << "\n";
    int failures = 0;
    for (const Workload& workload : workloads()) {
        // Refuse to time a path that fails: a benchmark of the error path would flatter the code.
        for (const QString& address : workload.addresses) {
            if (!checkAddress(workload.family, workload.chainId, address).ok()) {
                out << "not valid, skipped: " << workload.name << " " << address << "\n";
                ++failures;
            }
        }
        qint64 accepted = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < iterations; ++i) {
            const QString& address = workload.addresses.at(i % workload.addresses.size());
            accepted += checkAddress(workload.family, workload.chainId, address).ok() ? 1 : 0;
        }
        const qint64 nanoseconds = qMax<qint64>(1, timer.nsecsElapsed());
        // Integer arithmetic only: rate = iterations * 1e9 / ns.
        const qint64 perSecond = static_cast<qint64>(iterations) * 1000000000LL / nanoseconds;
        out << qSetFieldWidth(14) << Qt::left << workload.name << qSetFieldWidth(16) << Qt::right << perSecond
            << qSetFieldWidth(0) << "\n";
        if (accepted != iterations) {
            ++failures;
        }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}
