#pragma once

#include <QStringList>

namespace debrief::test {

/// `submit-scorecard --db LOCATION`: submits the card of the first open
/// interview seat (OpenSeat) through ScorecardWorkflow, as another panelist's
/// Debrief would; prints "submitted INTERVIEW PANELIST". The live-update
/// test runs it as a second client of one server.
int submitScorecard(const QStringList& args);

} // namespace debrief::test
