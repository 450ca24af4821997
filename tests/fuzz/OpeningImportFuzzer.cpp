// Fuzzes the "debrief-opening" JSON import: OpeningDocumentReader and
// OpeningDocumentValidator through OpeningImporter, the way `debrief-cli
// import-json` and File › Import run them, including the checks against the
// target database and, for a file that passes, the writes. Each input runs
// inside an outer transaction that is rolled back, so every input meets the
// same empty database.

#include "FuzzSupport.h"

#include "interchange/OpeningImporter.h"
#include "storage/TransactionGuard.h"

using namespace debrief;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::start(argc, argv);
    fuzz::scratchDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Database& db = fuzz::scratchDatabase();
    TransactionGuard scope(db);
    fuzz::require(scope.begun().ok(), "the outer transaction starts");
    OpeningImporter importer(db);
    const Result<RowId> imported = importer.importJson(fuzz::bytes(data, size));
    // All or nothing: a refused file is explained and leaves no row behind;
    // an accepted one is one new opening.
    const qint64 openings = fuzz::count(db, QStringLiteral("SELECT COUNT(*) FROM openings"));
    if (!imported) {
        fuzz::require(!imported.error().message.isEmpty(), "a refusal has a message");
        fuzz::require(!importer.errors().isEmpty(), "a refusal lists its errors");
        fuzz::require(openings == 0 &&
                          fuzz::count(db, QStringLiteral("SELECT COUNT(*) FROM candidates")) == 0,
                      "a refused import writes nothing");
    } else {
        fuzz::require(openings == 1, "an import adds one opening");
    }
    return 0;
}
