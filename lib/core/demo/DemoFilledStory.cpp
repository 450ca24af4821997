#include "DemoFilledStory.h"

#include "DemoContext.h"
#include "DemoOpeningWriter.h"
#include "DemoPhraseBank.h"
#include "domain/Decision.h"
#include "storage/DecisionRepository.h"

namespace debrief::demo {
namespace {

using Channel = CommunicationChannel;
using Direction = CommunicationDirection;

} // namespace

DemoApplicantPlan DemoFilledStory::finalistPlan(PipelineStage stage, double ability,
                                                const QDate& decidedOn) {
    DemoApplicantPlan plan;
    plan.stage = stage;
    plan.furthest = stage == PipelineStage::Hired ? PipelineStage::Hired : PipelineStage::Final;
    plan.roundsDone = int(m_opening.roundIds.size());
    plan.ability = ability;
    DemoTimeline t;
    const QDate lastRound =
        DemoTimeline::workdayOnOrBefore(decidedOn.addDays(-m_context.random.between(2, 4)));
    for (int i = 0; i < plan.roundsDone; ++i)
        t.roundDates.append(lastRound.addDays(-7 * (plan.roundsDone - 1 - i)));
    t.screenOn = DemoTimeline::workdayOnOrBefore(
        t.roundDates.constFirst().addDays(-m_context.random.between(5, 8)));
    t.appliedOn = t.screenOn.addDays(-m_context.random.between(4, 9));
    // The hire accepted three days after the decision; runners-up heard the
    // day after that, not before: nobody is turned down until the offer is safe.
    t.lastActivity = decidedOn.addDays(3);
    plan.timeline = t;
    return plan;
}

QStringList DemoFilledStory::featuredNames() {
    return {QString::fromUtf8("Nguyễn Thị Lan"), QString::fromUtf8("Łukasz Nowak")};
}

Status DemoFilledStory::write() {
    // A Monday, so that acceptance (Thursday) and the runners-up's calls
    // (Friday) fall in the same working week.
    const QDate weekOf = m_context.today.addDays(-m_opening.scenario->activityEndsDaysAgo - 6);
    const QDate decidedOn = weekOf.addDays(1 - weekOf.dayOfWeek());

    QList<DemoApplicantPlan> plans = {finalistPlan(PipelineStage::Hired, 0.86, decidedOn),
                                      finalistPlan(PipelineStage::Rejected, 0.78, decidedOn),
                                      finalistPlan(PipelineStage::Rejected, 0.7, decidedOn)};
    plans[0].person = m_context.people.named(m_context.random, QStringLiteral("Lan"),
                                             QString::fromUtf8("Nguyễn Thị"), true);
    plans[1].person = m_context.people.named(m_context.random, QString::fromUtf8("Łukasz"),
                                             QStringLiteral("Nowak"));
    plans[1].talentPool = true;

    DemoApplicationWriter applications(m_context, m_opening);
    QList<DemoWrittenApplication> finalists;
    for (const DemoApplicantPlan& plan : plans) {
        auto written = applications.write(plan);
        if (!written)
            return written.error();
        finalists.append(*written);
    }
    if (auto done = writeMessages(finalists, decidedOn); !done)
        return done;
    return writeDecision(finalists, decidedOn);
}

Status DemoFilledStory::writeMessages(const QList<DemoWrittenApplication>& finalists,
                                      const QDate& decidedOn) {
    DemoApplicationWriter log(m_context, m_opening);
    const RowId hire = finalists.at(0).application.id;
    if (auto done = log.log(hire, decidedOn, 16, Channel::Phone, Direction::Outbound,
                            DemoPhraseBank::offerMade(decidedOn.addDays(4)));
        !done)
        return done;
    if (auto done = log.log(hire, decidedOn.addDays(3), 11, Channel::Email, Direction::Inbound,
                            DemoPhraseBank::offerAccepted(decidedOn.addDays(45)));
        !done)
        return done;
    for (int i = 1; i < finalists.size(); ++i) {
        if (auto done =
                log.log(finalists.at(i).application.id, decidedOn, 17, Channel::Email,
                        Direction::Outbound, DemoPhraseBank::runnerUpHeld(), decidedOn.addDays(4));
            !done)
            return done;
    }
    return log.log(finalists.at(1).application.id, decidedOn.addDays(4), 15, Channel::Phone,
                   Direction::Outbound,
                   QStringLiteral("Called to explain the decision: shared that the hiring track "
                                  "record decided it, and asked whether we may contact him about "
                                  "the platform lead role planned for later this year. He said "
                                  "yes."));
}

Status DemoFilledStory::writeDecision(const QList<DemoWrittenApplication>& finalists,
                                      const QDate& decidedOn) {
    const DemoRubricVersion& rubric = m_opening.rubrics.constLast();
    Decision d;
    d.uuid = m_context.random.uuid();
    d.openingId = m_opening.opening.id;
    d.decidedAt = DemoContext::at(decidedOn, 15, 30);
    d.decidedBy = m_opening.leadId;
    d.rationale = QString::fromUtf8(
        "Lan and Łukasz both cleared the bar on every criterion. Lan has grown two teams from "
        "scratch with a structured hiring process, and in the conflict role-play she got to the "
        "real issue quickly; that is what this team needs over the next year. Łukasz was "
        "stronger on technical judgement and we would gladly hire him for the platform lead "
        "role. The third finalist was solid but less experienced in leading managers.");
    d.decidingCriterionIds = {rubric.criterionIds.value(QStringLiteral("hiring")),
                              rubric.criterionIds.value(QStringLiteral("conflict"))};
    d.shareDecidingFactor = true;
    d.outcomes = {{finalists.at(0).application.id, DecisionRole::Chosen, 0},
                  {finalists.at(1).application.id, DecisionRole::RunnerUp, 1},
                  {finalists.at(2).application.id, DecisionRole::RunnerUp, 2}};
    if (auto done = DecisionRepository(m_context.db).insert(d); !done)
        return done;
    ++m_context.summary.decisions;
    return {};
}

} // namespace debrief::demo
