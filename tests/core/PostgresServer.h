#pragma once

#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace debrief::test {

/// The PostgreSQL server CTest started for the tests marked POSTGRES
/// (scripts/pg-test-server): its admin address, and fresh databases on it,
/// made through a plain Qt connection, not through Debrief's code.
class PostgresServer {
public:
    /// The admin address, or std::nullopt (with a warning saying why) when
    /// the test runs without the server.
    static std::optional<ServerAddress> admin();
    /// A new, empty database named `name` (dropped first if it exists);
    /// the address to reach it as the admin.
    static std::optional<ServerAddress> freshDatabase(const QString& name);
    /// Runs `sql` as the admin on `database`; false (with a warning) when it
    /// fails.
    static bool run(const QString& database, const QString& sql);
    /// A plain Qt connection (QPSQL, no Debrief code) to `database` as
    /// `user` with `password`, named `connection`; check isOpen(). For tests
    /// that act as a panelist would with psql. Remove it with
    /// QSqlDatabase::removeDatabase when done.
    static QSqlDatabase connectAs(const QString& connection, const QString& database,
                                  const QString& user, const QString& password);
};

} // namespace debrief::test
