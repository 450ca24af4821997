#pragma once

#include "debrief_core_export.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace debrief {

/// One change another client (or this one) made on a shared server, as the
/// server announced it (ChangeNotifications): which row of which table,
/// what was done to it and by which login role. Ids only: what a view shows
/// about it is read again through lib/core's readers.
struct ChangeEvent {
    enum class Action {
        Added,
        Edited,
        Removed,
        /// A scorecard submitted (its first submitted state).
        Submitted,
        /// A submitted scorecard changed again (an audited amendment).
        Amended,
        /// The panel lead lifted blind scoring for an opening.
        Revealed
    };

    /// The table the row is in ("scorecards", "openings", "decisions",
    /// "candidates", "applications", "interviews", "rejection_drafts").
    QString table;
    Action action = Action::Edited;
    /// The changed row's uuid.
    QUuid uuid;
    /// The application the row belongs to, where the server found one.
    QUuid application;
    /// The opening the row belongs to, where the server found one.
    QUuid opening;
    /// The login role that made the change (session_user).
    QString actor;
    /// Made on the connection that received it: this client's own write.
    bool ownConnection = false;

    /// Reads a payload of the channel; std::nullopt when it is not one of
    /// Debrief's (another program may use the channel).
    DEBRIEF_CORE_EXPORT static std::optional<ChangeEvent> fromPayload(const QString& payload);

    friend bool operator==(const ChangeEvent&, const ChangeEvent&) = default;
};

} // namespace debrief
