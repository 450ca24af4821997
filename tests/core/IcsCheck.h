#pragma once

#include <QJsonObject>
#include <QString>

namespace debrief::test {

/// What Python's icalendar package reads from the .ics file at `path`
/// (tests/tools/check_ics.py); empty, with a warning, when it cannot.
QJsonObject readIcsWithPython(const QString& path);

/// Empty when Python and its icalendar package are there to read .ics
/// files; otherwise what is missing, for the test to fail with (never skip).
QString icsCheckerMissing();

} // namespace debrief::test
