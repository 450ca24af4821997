#include "ScorecardConflict.h"

#include "DisplayText.h"

#include "live/EditConflictPrompt.h"
#include "scoring/ScorecardComparison.h"

#include <QWidget>

namespace debrief {

ScorecardConflict::ScorecardConflict(QWidget* editor)
    : QObject(editor)
    , m_editor(editor) {
}

EditConflictDialog::Content ScorecardConflict::content(const Rubric& rubric, const Scorecard& mine,
                                                       const Scorecard& theirs,
                                                       bool keepMineAllowed) {
    return {tr("Scorecard Changed Elsewhere"),
            tr("This scorecard was saved elsewhere (in another window or on another computer) "
               "at %1, after you opened it. Nothing was overwritten. Compare the two versions "
               "and choose which to keep.")
                .arg(DisplayText::dateTime(theirs.updatedAt.toLocalTime())),
            ScorecardComparison::fields(rubric, mine, theirs),
            keepMineAllowed ? QString()
                            : tr("The saved version has been submitted. Take it; to change it "
                                 "afterwards, amend it with a reason.")};
}

void ScorecardConflict::ask(const Rubric& rubric, const Scorecard& mine, const Scorecard& theirs,
                            bool keepMineAllowed) {
    if (m_open)
        return;
    m_open = true;
    EditConflictPrompt::open(m_editor, QStringLiteral("scorecardConflictDialog"),
                             content(rubric, mine, theirs, keepMineAllowed),
                             [this, theirs](EditConflictDialog::Choice choice) {
                                 m_open = false;
                                 switch (choice) {
                                 case EditConflictDialog::Choice::KeepMine:
                                     emit keepMine(theirs);
                                     break;
                                 case EditConflictDialog::Choice::TakeTheirs:
                                     emit takeTheirs(theirs);
                                     break;
                                 case EditConflictDialog::Choice::Undecided:
                                     emit undecided();
                                     break;
                                 }
                             });
}

} // namespace debrief
