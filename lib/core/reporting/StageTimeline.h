#pragma once

#include "debrief_core_export.h"
#include "domain/Application.h"
#include "domain/AuditEntry.h"
#include "domain/Enums.h"

#include <QDate>
#include <QList>

#include <optional>

namespace debrief {

/// One stretch of time an application spent in one stage.
struct StageStay {
    PipelineStage stage = PipelineStage::Applied;
    /// Invalid when unknown: the application was already past its first
    /// stage before the audit log recorded its moves.
    QDate enteredOn;
    /// Invalid while the application is still in the stage.
    QDate leftOn;

    bool isCurrent() const { return !leftOn.isValid(); }
    /// Whole days in the stage, up to `today` for the current stay;
    /// std::nullopt when the day it was entered is unknown.
    std::optional<qint64> days(const QDate& today) const {
        if (!enteredOn.isValid())
            return std::nullopt;
        return enteredOn.daysTo(isCurrent() ? today : leftOn);
    }

    friend bool operator==(const StageStay&, const StageStay&) = default;
};

/// The stages an application went through and when, rebuilt from the audit
/// log's stage changes (PipelineWorkflow, DecisionWorkflow) and the day the
/// candidate applied.
class DEBRIEF_CORE_EXPORT StageTimeline {
public:
    /// `auditTrail` may hold any of the application's audit entries; only
    /// changes of the "stage" field count, in the order they occurred. The
    /// first stay starts on the day of application when it is the Applied
    /// stage (otherwise when it started is unknown); each recorded move ends
    /// one stay and starts the next on the day it was made.
    static QList<StageStay> of(const Application& application, const QList<AuditEntry>& auditTrail);
};

} // namespace debrief
