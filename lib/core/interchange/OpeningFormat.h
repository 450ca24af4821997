#pragma once

#include "debrief_core_export.h"
#include "domain/AuditEntry.h"
#include "domain/Candidate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUuid>

namespace debrief {

/// The constants and value spellings of the "debrief-opening" JSON format
/// (docs/INTERCHANGE.md), shared by the exporter and the importer so that
/// what one writes the other reads back exactly.
namespace openingformat {

/// The value of the top-level "format" field.
DEBRIEF_CORE_EXPORT QString formatMarker();
/// The format version this build writes and the newest it can read.
inline constexpr int kFormatVersion = 3;

/// Lower-case UUID without braces.
QString uuidText(const QUuid& uuid);
/// A UUID, or null for a null UUID.
QJsonValue uuidValue(const QUuid& uuid);
/// UTC, ISO 8601 with milliseconds ("2024-05-01T09:30:00.000Z"), or null.
QJsonValue timestampValue(const QDateTime& when);
/// ISO 8601 date ("2024-05-01"), or null.
QJsonValue dateValue(const QDate& date);

/// A candidate's fields as the opening format (and the person export,
/// docs/PRIVACY.md) writes them.
QJsonObject candidateObject(const Candidate& c);
/// An audit entry as both formats write it.
QJsonObject auditEntryObject(const AuditEntry& a);

} // namespace openingformat
} // namespace debrief
