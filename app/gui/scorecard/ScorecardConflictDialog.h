#pragma once

#include "domain/Rubric.h"
#include "domain/Scorecard.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace debrief {

/// Shown when a scorecard save is refused because the card was saved
/// elsewhere (another window or computer) after it was opened: the user's
/// version next to the stored one, criterion by criterion, and the choice
/// between keeping theirs and keeping one's own. The rule that refused the
/// save is lib/core's (ScorecardWorkflow, row versions).
class ScorecardConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Undecided, KeepMine, TakeTheirs };

    /// `keepMineAllowed` false: only theirs can be taken (a draft cannot
    /// replace a submitted card).
    ScorecardConflictDialog(const Rubric& rubric, const Scorecard& mine, const Scorecard& theirs,
                            bool keepMineAllowed, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void addRow(const QString& field, const QString& mine, const QString& theirs);

    QTableWidget* m_table = nullptr;
    Choice m_choice = Choice::Undecided;
};

} // namespace debrief
