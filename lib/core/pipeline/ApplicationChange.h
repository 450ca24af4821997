#pragma once

#include "debrief_core_export.h"
#include "domain/Application.h"

#include <QDate>
#include <QString>

#include <optional>

namespace debrief {

/// A change to some of an application's fields; the fields left unset stay
/// as stored. Undo keeps the change and its reverse (the same fields with
/// their earlier values), so undoing one edit never touches another field.
struct DEBRIEF_CORE_EXPORT ApplicationChange {
    std::optional<PipelineStage> stage;
    std::optional<PipelineStage> furthestStage;
    /// An invalid date removes the promise.
    std::optional<QDate> promisedResponseDate;
    std::optional<QString> notes;

    /// `application` with this change applied.
    Application appliedTo(Application application) const;
    /// The change that puts back `application`'s current values of the
    /// fields this change sets.
    ApplicationChange reverseOn(const Application& application) const;
    /// True when applying it to `application` would change nothing.
    bool isNoOpOn(const Application& application) const;

    friend bool operator==(const ApplicationChange&, const ApplicationChange&) = default;
};

} // namespace debrief
