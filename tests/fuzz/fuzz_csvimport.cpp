// The CSV importer on any file: read, checked row by row through the same intake as the form,
// against a real SQLite store. Never a crash; a file with problems never has rows it could queue.
#include "exchange/PayoutImport.h"
#include "money/AssetCatalogue.h"
#include "store/ProfileStore.h"
#include "workflow/PayoutIntake.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace paydesk;

namespace {

class FixedClock final : public config::Clock
{
public:
    qint64 nowMs() const override { return 1700000000000; }
};

struct Importer
{
    QTemporaryDir dir;
    FixedClock clock;
    std::unique_ptr<store::ProfileStore> store;
    money::AssetCatalogue catalogue = money::AssetCatalogue::builtIn();
    std::unique_ptr<workflow::PayoutIntake> intake;
    std::unique_ptr<exchange::PayoutImport> import;

    Importer()
    {
        store::StoreError error;
        store = store::ProfileStore::openSqlite(dir.filePath(QStringLiteral("fuzz.sqlite")),
                                                {QStringLiteral("main"), 1, QStringLiteral("https://t.cregis.dev")},
                                                clock, &error);
        if (!store) {
            std::abort();
        }
        config::Profile profile;
        profile.name = QStringLiteral("main");
        profile.baseUrl = QStringLiteral("https://t.cregis.dev");
        profile.pid = 1;
        intake = std::make_unique<workflow::PayoutIntake>(store->payouts(), catalogue, profile, clock);
        import = std::make_unique<exchange::PayoutImport>(*intake, store->payouts(), catalogue, clock);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_csvimport";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QSqlDatabase wants an application object
    static Importer importer;
    const exchange::ImportPlan plan
        = importer.import->check(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!plan.problems.isEmpty() && plan.canQueue(true)) {
        std::abort();
    }
    return 0;
}
