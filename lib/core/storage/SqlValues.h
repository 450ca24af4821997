#pragma once

#include "domain/RowId.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <optional>

// Conversions between domain values and the portable column formats that
// Migration.cpp describes. Internal to the storage layer.
namespace debrief::sql {

/// Never NULL: a null QString is stored as '' (Qt binds a null QString as
/// NULL, which NOT NULL text columns refuse).
QVariant text(const QString& value);
/// NULL for a null QString, the text otherwise.
QVariant nullableText(const QString& value);
/// Canonical text without braces; NULL for the null UUID.
QVariant uuid(const QUuid& value);
/// yyyy-MM-dd; NULL for an invalid date.
QVariant date(const QDate& value);
/// UTC ISO 8601 with milliseconds; NULL for an invalid date-time.
QVariant timestamp(const QDateTime& value);
/// NULL for kNoRow.
QVariant rowId(RowId value);
QVariant optionalInt(std::optional<int> value);
QVariant flag(bool value);

QUuid parseUuid(const QString& stored);
QDate parseDate(const QString& stored);
/// In UTC, whatever offset the text carries.
QDateTime parseTimestamp(const QString& stored);

/// Now in UTC (QDateTime keeps milliseconds, as stored timestamps do).
QDateTime nowUtc();
/// Sets `value` to nowUtc() when it is invalid.
void stampIfInvalid(QDateTime& value);

} // namespace debrief::sql
