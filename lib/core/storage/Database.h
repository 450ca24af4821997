#pragma once

#include "Result.h"
#include "SqlDialect.h"
#include "debrief_core_export.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace debrief {

/// One open Debrief database: a named Qt SQL connection brought up to the
/// current schema. Every statement goes through exec() with bound values;
/// SQL text is never assembled from data.
class DEBRIEF_CORE_EXPORT Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode { CreateIfMissing, MustExist };

    /// Opens (or creates, owner-readable only) an SQLite file and migrates it.
    /// A file written by a newer Debrief is refused and left untouched.
    static Result<std::unique_ptr<Database>> openSqlite(const QString& path,
                                                        OpenMode mode = OpenMode::CreateIfMissing);

    /// The schema version of the SQLite file at `path`, read without changing
    /// the file (0 when it holds no tables yet). An error when it is missing,
    /// not an SQLite database, not one of Debrief's or, with
    /// `checkIntegrity`, damaged.
    static Result<int> schemaVersionOf(const QString& path, bool checkIntegrity = false);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SqlDialect dialect() const { return m_dialect; }
    /// The file path (SQLite) or server description (PostgreSQL).
    QString location() const { return m_location; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const;

    /// Prepares `sql`, binds `values` positionally and executes it.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {});
    /// Runs an INSERT … RETURNING id and gives the new row's id.
    Result<RowId> insert(const QString& sql, const QVariantList& values);

private:
    friend class TransactionGuard;

    Database(QString connectionName, SqlDialect dialect, QString location);
    Status configureSqlite();
    Status migrate();
    Status readSchemaVersion();
    Error sqlError(const QString& sql, const QSqlQuery& query) const;

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_location;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    /// An inner step failed: the outermost transaction must not commit.
    bool m_transactionDoomed = false;
};

} // namespace debrief
