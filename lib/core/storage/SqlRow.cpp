#include "SqlRow.h"

#include "SqlValues.h"

namespace debrief::sql {

SqlRow::SqlRow(const SqlStatement& statement, QString location, QString table,
               QStringList keyColumns)
    : m_statement(statement)
    , m_location(std::move(location))
    , m_table(std::move(table))
    , m_keyColumns(std::move(keyColumns)) {
}

QVariant SqlRow::raw(const char* column) const {
    return m_statement.value(m_statement.columnIndex(column));
}

RowId SqlRow::rowId(const char* column) const {
    const QVariant value = raw(column);
    return value.isNull() ? kNoRow : value.toLongLong();
}

QString SqlRow::text(const char* column) const {
    return raw(column).toString();
}

int SqlRow::integer(const char* column) const {
    return raw(column).toInt();
}

double SqlRow::real(const char* column) const {
    return raw(column).toDouble();
}

bool SqlRow::flag(const char* column) const {
    return raw(column).toBool();
}

std::optional<int> SqlRow::optionalInt(const char* column) const {
    const QVariant value = raw(column);
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QUuid SqlRow::uuid(const char* column) {
    const QString stored = text(column);
    const QUuid parsed = parseUuid(stored);
    if (!stored.isEmpty() && parsed.isNull())
        fail(column, stored, tr("a UUID"));
    return parsed;
}

QDate SqlRow::date(const char* column) {
    const QString stored = text(column);
    const QDate parsed = parseDate(stored);
    if (!stored.isEmpty() && !parsed.isValid())
        fail(column, stored, tr("a date (yyyy-MM-dd)"));
    return parsed;
}

QDateTime SqlRow::timestamp(const char* column) {
    const QString stored = text(column);
    const QDateTime parsed = parseTimestamp(stored);
    if (!stored.isEmpty() && !parsed.isValid())
        fail(column, stored, tr("a date and time (ISO 8601)"));
    return parsed;
}

QString SqlRow::rowDescription() const {
    QStringList parts;
    for (const QString& key : m_keyColumns)
        parts.append(key + QLatin1Char(' ') + m_statement.value(key).toString());
    return parts.join(QLatin1String(", "));
}

void SqlRow::fail(const char* column, const QString& stored, const QString& expected) {
    if (m_error)
        return;
    m_error = Error{
        tr("Cannot read %1: table %2, row %3, column %4 holds \"%5\", which is not "
           "%6. The file may come from a newer or a damaged copy of Debrief.")
            .arg(m_location, m_table, rowDescription(), QLatin1String(column), stored, expected)};
}

} // namespace debrief::sql
