#include "ScorecardEditCommand.h"

namespace debrief {
namespace {
// Any fixed id: merging is further restricted to the same merge key.
constexpr int kMergeableId = 0x5c0e;
} // namespace

ScorecardEditCommand::ScorecardEditCommand(Apply apply, Scorecard before, Scorecard after,
                                           const QString& text, const QString& mergeKey)
    : QUndoCommand(text)
    , m_apply(std::move(apply))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey) {
}

void ScorecardEditCommand::undo() {
    m_apply(m_before);
}

void ScorecardEditCommand::redo() {
    m_apply(m_after);
}

int ScorecardEditCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool ScorecardEditCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = static_cast<const ScorecardEditCommand*>(other);
    if (edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace debrief
