#pragma once

#include "Result.h"
#include "SqlStatement.h"
#include "domain/Enums.h"
#include "domain/RowId.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace debrief::sql {

/// The current row of a query, read column by column into domain values.
/// A stored value that cannot be read (an unknown enum key, a malformed
/// date) is remembered as an Error naming file, table, row and column, which
/// finish() hands back instead of a half-read value. Columns are read by
/// position, each name looked up once per statement (SqlStatement::
/// columnIndex), so the rows of one result share the lookups.
class SqlRow {
    Q_DECLARE_TR_FUNCTIONS(SqlRow)

public:
    /// `keyColumns` identify the row in messages ("id", or a child table's
    /// parent and order columns).
    SqlRow(const SqlStatement& statement, QString location, QString table, QStringList keyColumns);

    RowId rowId(const char* column) const;
    QString text(const char* column) const;
    int integer(const char* column) const;
    double real(const char* column) const;
    bool flag(const char* column) const;
    std::optional<int> optionalInt(const char* column) const;
    QUuid uuid(const char* column);
    QDate date(const char* column);
    QDateTime timestamp(const char* column);

    template <typename Enum> Enum key(const char* column) {
        return optionalKey<Enum>(column).value_or(Enum{});
    }

    /// std::nullopt for NULL; an unknown key is an error.
    template <typename Enum> std::optional<Enum> optionalKey(const char* column) {
        const QString stored = text(column);
        if (stored.isEmpty())
            return std::nullopt;
        const std::optional<Enum> parsed = fromKey<Enum>(stored);
        if (!parsed)
            fail(column, stored, tr("one of %1").arg(allKeys<Enum>().join(QLatin1String(", "))));
        return parsed;
    }

    template <typename T> Result<T> finish(T value) const {
        if (m_error)
            return *m_error;
        return value;
    }

private:
    QVariant raw(const char* column) const;
    void fail(const char* column, const QString& stored, const QString& expected);
    QString rowDescription() const;

    const SqlStatement& m_statement;
    QString m_location;
    QString m_table;
    QStringList m_keyColumns;
    std::optional<Error> m_error;
};

} // namespace debrief::sql
