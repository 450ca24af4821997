#pragma once

#include "Result.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

/// In a test function about SQLite itself (a file an earlier version
/// wrote, the WAL, the file's bytes on disk, SQLite's schema tables and
/// query plans): reported as skipped, saying why, in the run on the server.
/// (QSKIP: for test functions, which include QTest.)
#define DEBRIEF_SQLITE_ONLY(why)                                                                   \
    do {                                                                                           \
        if (debrief::test::TestDatabase::onServer())                                               \
            QSKIP("SQLite only (" why "); the SQLite run covers it");                              \
    } while (false)

namespace debrief::test {

/// The database a storage or workflow test works on, on either engine: the
/// SQLite file a path names, or, when the test runs with
/// DEBRIEF_TEST_ENGINE=postgres (the `<test>_postgres` runs CTest registers
/// for BOTH_ENGINES tests), a database on the test server standing for that
/// path. The same test code then asserts the same behaviour on both.
class TestDatabase {
public:
    /// Whether this run stores on the PostgreSQL test server.
    static bool onServer();
    /// Opens the database `path` stands for. On the server, CreateIfMissing
    /// gives a fresh, empty database the first time a path is opened in
    /// this process and the same one afterwards; every database made is
    /// dropped when the test program ends.
    static Result<std::unique_ptr<Database>>
    open(const QString& path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    /// Removes the database `path` stands for (the file with its -wal and
    /// -shm files, or the server database), so that the next open() starts
    /// empty. Close it first.
    static void remove(const QString& path);
    /// Makes `db` refuse every `event` ("INSERT", "UPDATE") on `table`
    /// (where the SQL condition `when` on NEW holds, when given) with the
    /// error "refused for the test": a trigger in each engine's syntax, for
    /// tests of what a failure halfway leaves behind. Test-made names and
    /// conditions only; they go into the statement as they are.
    static Status refuseWrites(Database& db, const QString& trigger, const QString& event,
                               const QString& table, const QString& when = {});
    /// What `--db` takes for the database `path` stands for: the path
    /// itself, or the server URI (with the admin's login; the database is
    /// made, empty, the first time as open() makes it).
    static QString location(const QString& path);
};

} // namespace debrief::test
