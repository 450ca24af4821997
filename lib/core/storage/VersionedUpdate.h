#pragma once

#include "Result.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <concepts>

// The one rule of row versions (migration 10), for every repository whose
// rows carry one: an update names the version its editor read, bumps it, and
// touches nothing when the row has moved on. Internal to the storage layer;
// RecordTable's updateVersioned() is how repositories use it.
namespace debrief {

class Database;

/// A domain value that carries the version of the row it was read from.
template <typename T>
concept RowVersioned = requires(T value) {
    { value.rowVersion } -> std::convertible_to<int>;
};

namespace sql {

/// The words of row-version refusals.
class RowVersions {
    Q_DECLARE_TR_FUNCTIONS(RowVersions)

public:
    /// "UPDATE table SET a = ?, …, row_version = row_version + 1 WHERE id = ?
    /// AND row_version = ?"; columns in `keepWhenNull` keep their stored value
    /// when given NULL, as updateSql() does.
    static QString updateSql(const QString& table, const QStringList& columns,
                             const QStringList& keepWhenNull);
    /// Runs an updateSql() statement: `values` for the columns, then the id
    /// and the version the editor read. True when the row was written; false
    /// when it is stored at another version (nothing written); `notFound`
    /// when there is no such row.
    static Result<bool> run(Database& db, const QString& table, const QString& statement,
                            QVariantList values, RowId id, int readVersion, const Error& notFound);
    /// The message of a stale save of `what` ("Scorecard 12") in `location`.
    static Error changedMeanwhile(const QString& what, const QString& location);
};

} // namespace sql
} // namespace debrief
