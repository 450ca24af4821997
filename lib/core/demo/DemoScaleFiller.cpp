#include "DemoScaleFiller.h"

#include "DemoApplicationWriter.h"
#include "DemoContext.h"
#include "DemoCrowdPlanner.h"
#include "DemoOpeningWriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace debrief::demo {
namespace {

struct StageShare {
    PipelineStage stage;
    PipelineStage furthest;
    double share;
};

/// Where extra applicants stand, by the opening's state: closed openings
/// only have closed applications, and young ones no interviews yet.
QList<StageShare> sharesFor(OpeningStatus status, qint64 ageInDays) {
    using S = PipelineStage;
    switch (status) {
    case OpeningStatus::Open:
        if (ageInDays < 21)
            return {{S::Applied, S::Applied, 0.7},
                    {S::Screen, S::Screen, 0.15},
                    {S::Rejected, S::Applied, 0.15}};
        return {{S::Applied, S::Applied, 0.45},     {S::Screen, S::Screen, 0.20},
                {S::Interview, S::Interview, 0.07}, {S::Rejected, S::Applied, 0.18},
                {S::Rejected, S::Screen, 0.07},     {S::Withdrawn, S::Applied, 0.03}};
    case OpeningStatus::OnHold:
        return {{S::Applied, S::Applied, 0.6},
                {S::Screen, S::Screen, 0.2},
                {S::Rejected, S::Applied, 0.2}};
    case OpeningStatus::Filled:
    case OpeningStatus::Cancelled:
        break;
    }
    return {{S::Rejected, S::Applied, 0.7},
            {S::Rejected, S::Screen, 0.25},
            {S::Withdrawn, S::Applied, 0.05}};
}

/// The same mix with the rejected stages scaled to `rejected` of the whole
/// and the others to the rest; a mix without both is kept as it is.
QList<StageShare> withRejectedShare(QList<StageShare> shares, double rejected) {
    double inMix = 0.0;
    double others = 0.0;
    for (const StageShare& s : std::as_const(shares))
        (s.stage == PipelineStage::Rejected ? inMix : others) += s.share;
    if (inMix <= 0.0 || others <= 0.0)
        return shares;
    for (StageShare& s : shares)
        s.share *=
            s.stage == PipelineStage::Rejected ? rejected / inMix : (1.0 - rejected) / others;
    return shares;
}

StageShare drawShare(const QList<StageShare>& shares, double u) {
    for (const StageShare& s : shares) {
        if (u < s.share)
            return s;
        u -= s.share;
    }
    return shares.constLast();
}

} // namespace

Status DemoScaleFiller::write(int count, const Tick& tick) {
    for (int i = 0; i < count; ++i) {
        const DemoOpeningState& opening = m_openings.at(i % m_openings.size());
        QList<StageShare> shares = sharesFor(
            opening.opening.status, opening.opening.createdAt.date().daysTo(m_context.today));
        if (m_rejectedPercent >= 0)
            shares = withRejectedShare(shares, m_rejectedPercent / 100.0);
        const StageShare share = drawShare(shares, m_context.random.unit());
        DemoApplicantPlan plan = DemoCrowdPlanner::plan(
            share.stage, share.furthest, int(opening.roundIds.size()), m_context.random);
        plan.roundsDone = std::min(plan.roundsDone, 1);
        plan.lightweight = true;
        plan.serial = i + 1;
        auto written = DemoApplicationWriter(m_context, opening).write(plan);
        if (!written)
            return written.error();
        if (tick && !tick(i + 1))
            return Error{QCoreApplication::translate("DemoDataGenerator",
                                                     "Creating the demo data was cancelled.")};
    }
    return {};
}

} // namespace debrief::demo
