#pragma once

#include <QStringList>

namespace debrief::test {

/// `debrief-testtool autosave-loop --db FILE [--saves N]`: saves one
/// scorecard draft again and again through ScorecardWorkflow::saveDraft, the
/// path the editor's autosave takes, and prints "saved K" once save K is
/// committed. Save K gives every rating a score, evidence and key takeaways
/// that scripts/crash-test.py recomputes, so a card mixing two saves shows.
/// The card is the first seat's without a submitted card; the first run
/// creates it. Without --saves it runs until it is killed.
int autosaveLoop(const QStringList& args);

} // namespace debrief::test
