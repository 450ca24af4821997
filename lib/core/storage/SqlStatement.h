#pragma once

#include "debrief_core_export.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVarLengthArray>
#include <QVariant>

#include <memory>
#include <utility>

namespace debrief {

struct PreparedQuery;

/// One executed statement, lent by Database::exec() from its cache of
/// prepared statements: read its rows with next() and value(), then let it
/// go. Giving it back finishes the statement, so that an unread result never
/// holds SQLite's read snapshot open; move-only, because one prepared
/// statement runs for one caller at a time.
class DEBRIEF_CORE_EXPORT SqlStatement {
public:
    SqlStatement(SqlStatement&& other) noexcept;
    SqlStatement& operator=(SqlStatement&& other) noexcept;
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;
    ~SqlStatement();

    /// Moves to the next row of the result; false after the last one. Rows
    /// are read forward only.
    bool next();
    QVariant value(int index) const;
    QVariant value(const QString& name) const;
    bool isNull(int index) const;
    bool isNull(const QString& name) const;
    int numRowsAffected() const;
    QVariant lastInsertId() const;
    /// Ends reading early (giving the statement back does it as well).
    void finish();
    /// The result's columns (with the current row's values when on a row).
    QSqlRecord record() const;

    /// The position of `column` in the result, -1 when it has none; looked
    /// up once per column and execution, so that reading a column by name
    /// row after row costs what reading it by position does. The name is
    /// compared by its text, so any temporary buffer will do.
    int columnIndex(const char* column) const;

    const QSqlQuery& query() const;
    operator const QSqlQuery&() const { return query(); }

private:
    friend class Database;
    explicit SqlStatement(std::shared_ptr<PreparedQuery> prepared);
    void giveBack();

    std::shared_ptr<PreparedQuery> m_prepared;
    /// Column name → index, filled as SqlRow asks. The name is copied:
    /// keeping only the caller's pointer would match a later, different
    /// name placed at the same address.
    mutable QVarLengthArray<std::pair<QByteArray, int>, 16> m_columns;
    /// Where in m_columns the next lookup starts: a record's columns are
    /// asked for in the same order row after row, so this is where the
    /// next one usually is.
    mutable qsizetype m_nextColumn = 0;
};

} // namespace debrief
