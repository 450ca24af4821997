#pragma once

#include "Result.h"

#include <optional>
#include <utility>

namespace debrief {

/// What a save of a versioned row (migration 10) did: stored, refused for a
/// reason with a message, or refused as stale, because someone else saved
/// the row after the editor read it; then it carries the row as it is
/// stored now, for the editor to show next to its own. A stale save is an
/// error too, so a caller that only asks ok() never mistakes it for a save;
/// it converts to Status for callers that need no more.
template <typename T> class [[nodiscard]] VersionedSave {
public:
    VersionedSave() = default;
    VersionedSave(Error error)
        : m_status(std::move(error)) {}
    VersionedSave(Status status)
        : m_status(std::move(status)) {}

    /// The refusal of a save based on an old version; `current` is the row
    /// as stored now, `message` says so in words a user understands.
    static VersionedSave stale(T current, Error message) {
        VersionedSave refused(std::move(message));
        refused.m_current = std::move(current);
        return refused;
    }

    bool ok() const { return m_status.ok(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_status.error(); }
    QString errorMessage() const { return m_status.errorMessage(); }
    operator Status() const { return m_status; }

    /// Whether the save was refused because the row changed meanwhile.
    bool isStale() const { return m_current.has_value(); }
    /// The row as stored now; only when isStale().
    const T& current() const { return *m_current; }

private:
    Status m_status;
    std::optional<T> m_current;
};

} // namespace debrief
