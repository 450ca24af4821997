#pragma once

#include "debrief_core_export.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace debrief {

/// When a panel should ask for references. By default only finalists' (Final
/// or Offer) referees are contacted: asking earlier tells a candidate's
/// current employer and contacts that they are looking, costs the candidate
/// goodwill with the people they asked, and spends everyone's time on
/// someone who may not go further.
class DEBRIEF_CORE_EXPORT ReferencePolicy {
    Q_DECLARE_TR_FUNCTIONS(ReferencePolicy)

public:
    /// True for the stages whose references are normally collected.
    static bool isFinalist(PipelineStage stage);
    /// Why asking for references at `stage` is premature or pointless, to
    /// show before a reference is added; empty when it is the right time
    /// (finalists, and hired candidates whose references are on record).
    static QString warningFor(PipelineStage stage);
};

} // namespace debrief
