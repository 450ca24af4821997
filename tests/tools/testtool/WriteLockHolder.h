#pragma once

#include <QStringList>

namespace debrief::test {

/// `debrief-testtool hold-lock --db FILE [--ms N]`: another program holding
/// the database's write lock. Opens FILE with a plain SQLite connection,
/// starts a write transaction (BEGIN IMMEDIATE), prints "locked", and rolls
/// back after N ms, or without --ms when a line arrives on stdin or stdin
/// closes; then prints "released".
int holdWriteLock(const QStringList& args);

} // namespace debrief::test
