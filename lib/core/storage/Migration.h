#pragma once

#include "Result.h"
#include "debrief_core_export.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace debrief {

class Database;

/// One numbered step of the schema. Steps only ever get appended: a released
/// step is never edited, so every file can be brought up to date from any
/// earlier version by running the steps it lacks in order.
struct Migration {
    int version = 0;
    QString description;
    /// DDL with dialect placeholders (see adaptSql); no values, no user input.
    QStringList statements;
    /// What SQL cannot compute (Unicode case folding), run after the
    /// statements in the same transaction; most steps have none.
    Status (*complete)(Database&) = nullptr;
};

/// The whole chain, ordered by version, starting at 1.
DEBRIEF_CORE_EXPORT const QList<Migration>& allMigrations();

/// The newest schema version this build knows.
DEBRIEF_CORE_EXPORT int latestSchemaVersion();

} // namespace debrief
