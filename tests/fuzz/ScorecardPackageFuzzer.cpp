// Fuzzes the "debrief-scorecards" package import (ScorecardPackageImporter:
// its reader resolves every uuid against the panel's database). The database
// is the demo the fixtures in tests/data/exchange were cut from (seed 1,
// 2026-11-26), so mutations of those seeds reach the deep checks: ratings
// against real criteria, conflicts with stored cards. Each input is rolled
// back.

#include "FuzzSupport.h"

#include "demo/DemoDataGenerator.h"
#include "interchange/ScorecardPackageImporter.h"
#include "storage/TransactionGuard.h"

#include <cstdio>
#include <cstdlib>

using namespace debrief;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    DemoDataGenerator::Options options;
    options.seed = 1;
    options.today = QDate(2026, 11, 26);
    const auto demo = DemoDataGenerator(options).generate(fuzz::scratchDatabase());
    if (!demo) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(demo.error().message));
        std::abort();
    }
    return 0;
}

namespace {

qint64 storedCards(Database& db) {
    return fuzz::count(db, QStringLiteral("SELECT COUNT(*) FROM scorecards"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Database& db = fuzz::scratchDatabase();
    static const qint64 demoCards = storedCards(db);
    TransactionGuard scope(db);
    fuzz::require(scope.begun().ok(), "the outer transaction starts");
    ScorecardPackageImporter importer(db);
    const auto imported = importer.importJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    // All or nothing: a refused package, or one with a conflict, leaves the
    // stored cards as they were; a written one adds exactly its new cards.
    if (!imported) {
        fuzz::require(!imported.error().message.isEmpty(), "a refusal has a message");
        fuzz::require(storedCards(db) == demoCards, "a refused package writes nothing");
        return 0;
    }
    fuzz::require(imported->conflicts.isEmpty() || !imported->written,
                  "a package with conflicts is not written");
    const qint64 added = imported->written ? imported->inserted.size() : 0;
    fuzz::require(storedCards(db) == demoCards + added, "the cards written are the new ones");
    return 0;
}
