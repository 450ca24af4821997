#pragma once

#include "domain/Scorecard.h"

#include <QUndoCommand>

#include <functional>

namespace debrief {

/// One user edit of a scorecard (a score, evidence, the recommendation or the
/// takeaways), kept as the card before and after so undo restores exactly
/// what was there. Consecutive typing into the same field merges into one step.
class ScorecardEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const Scorecard&)>;

    /// `mergeKey` non-empty: later edits with the same key fold into this one.
    ScorecardEditCommand(Apply apply, Scorecard before, Scorecard after, const QString& text,
                         const QString& mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    Apply m_apply;
    Scorecard m_before;
    Scorecard m_after;
    QString m_mergeKey;
};

} // namespace debrief
