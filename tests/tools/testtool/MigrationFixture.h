#pragma once

#include <QString>

namespace debrief::test {

/// Writes a new SQLite file at `path` as Debrief schema `version` left it:
/// the migration chain of lib/core run only up to `version` (each step's
/// statements and its schema_version row, as Database::migrate does), then
/// a small panel's data in every table that schema has: two openings, a
/// rubric each with anchors, rounds, four candidates, interviews, submitted
/// and draft scorecards, references, a decision, messages, audit entries,
/// and from version 4 templates and drafts. The same version always gives
/// the same rows. Returns what failed, empty on success.
QString writeMigrationFixture(const QString& path, int version);

} // namespace debrief::test
