#include "RubricEditCommand.h"

namespace debrief {
namespace {
constexpr int kMergeableId = 0x52424544; // only commands with a merge key merge
}

RubricEditCommand::RubricEditCommand(const QString& text, QString mergeKey, RubricEditState before,
                                     RubricEditState after, Apply apply)
    : QUndoCommand(text)
    , m_mergeKey(std::move(mergeKey))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply)) {
}

void RubricEditCommand::undo() {
    m_apply(m_before);
}

void RubricEditCommand::redo() {
    m_apply(m_after);
}

int RubricEditCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool RubricEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const RubricEditCommand*>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // Typing a value back to what it was leaves nothing to undo.
    setObsolete(m_after.rubric == m_before.rubric &&
                m_after.roundCriteria == m_before.roundCriteria);
    return true;
}

} // namespace debrief
