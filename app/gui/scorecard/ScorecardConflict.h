#pragma once

#include "domain/Rubric.h"
#include "domain/Scorecard.h"
#include "live/EditConflictDialog.h"

#include <QObject>

class QWidget;

namespace debrief {

/// The scorecard editor's edit conflicts: when a save meets a version saved
/// elsewhere, shows the user's card next to it (EditConflictDialog, window
/// modal over the editor, one at a time) and reports the choice.
class ScorecardConflict : public QObject {
    Q_OBJECT

public:
    explicit ScorecardConflict(QWidget* editor);

    /// What the dialog shows when a save of `mine` meets `theirs`;
    /// `keepMineAllowed` false over a submitted card.
    static EditConflictDialog::Content content(const Rubric& rubric, const Scorecard& mine,
                                               const Scorecard& theirs, bool keepMineAllowed);

    /// A dialog is open: the editor's autosave waits for the choice.
    bool isOpen() const { return m_open; }
    /// Asks which version to keep, unless a dialog is open already.
    void ask(const Rubric& rubric, const Scorecard& mine, const Scorecard& theirs,
             bool keepMineAllowed);

signals:
    /// Keep the user's card, now based on `theirs`' version.
    void keepMine(const Scorecard& theirs);
    /// Drop the user's card and show `theirs`.
    void takeTheirs(const Scorecard& theirs);
    /// Closed without a choice: the user's card stays unsaved.
    void undecided();

private:
    QWidget* m_editor;
    bool m_open = false;
};

} // namespace debrief
