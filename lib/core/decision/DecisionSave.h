#pragma once

#include "DecisionChange.h"
#include "Result.h"
#include "storage/VersionedSave.h"

#include <optional>
#include <utility>

namespace debrief {

/// What amending a decision did: the change written (for undo), or the
/// refusal; a refusal because someone amended the decision after the editor
/// read it carries the decision as stored now (isStale(), current()), for the
/// dialog to show next to the user's own.
class [[nodiscard]] DecisionSave {
public:
    DecisionSave(DecisionChange change)
        : m_change(std::move(change)) {}
    DecisionSave(Error error)
        : m_refusal(std::move(error)) {}
    DecisionSave(VersionedSave<Decision> refusal)
        : m_refusal(std::move(refusal)) {}
    DecisionSave(Result<DecisionChange> written) {
        if (written)
            m_change = std::move(*written);
        else
            m_refusal = written.error();
    }

    bool ok() const { return m_change.has_value(); }
    explicit operator bool() const { return ok(); }
    const DecisionChange& operator*() const { return *m_change; }
    const DecisionChange* operator->() const { return &*m_change; }
    QString errorMessage() const { return m_refusal.errorMessage(); }
    /// Whether the decision was amended since the editor read it.
    bool isStale() const { return m_refusal.isStale(); }
    /// The decision as stored now; only when isStale().
    const Decision& current() const { return m_refusal.current(); }
    /// For a caller that needs no more than the change or the message.
    Result<DecisionChange> result() const {
        if (m_change)
            return *m_change;
        return m_refusal.error();
    }

private:
    std::optional<DecisionChange> m_change;
    VersionedSave<Decision> m_refusal;
};

} // namespace debrief
