#pragma once

#include "rubric/RubricEditState.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace debrief {

/// One edit in the rubric editor, kept as the state before and after it.
/// Consecutive edits with the same merge key (typing into one field) merge
/// into one undo step.
class RubricEditCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const RubricEditState&)>;

    RubricEditCommand(const QString& text, QString mergeKey, RubricEditState before,
                      RubricEditState after, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    QString m_mergeKey;
    RubricEditState m_before;
    RubricEditState m_after;
    Apply m_apply;
};

} // namespace debrief
