#pragma once

#include "DemoApplicationWriter.h"
#include "Result.h"

#include <QList>
#include <QStringList>

namespace debrief::demo {

struct DemoContext;
struct DemoOpeningState;

/// The filled opening: a hire who accepted, two ranked runners-up (one kept
/// in the talent pool), and the decision record that says why.
class DemoFilledStory {
public:
    DemoFilledStory(DemoContext& context, const DemoOpeningState& opening)
        : m_context(context)
        , m_opening(opening) {}

    Status write();
    /// The named people of this story, kept out of the random crowd.
    static QStringList featuredNames();

private:
    DemoApplicantPlan finalistPlan(PipelineStage stage, double ability, const QDate& decidedOn);
    Status writeMessages(const QList<DemoWrittenApplication>& finalists, const QDate& decidedOn);
    Status writeDecision(const QList<DemoWrittenApplication>& finalists, const QDate& decidedOn);

    DemoContext& m_context;
    const DemoOpeningState& m_opening;
};

} // namespace debrief::demo
