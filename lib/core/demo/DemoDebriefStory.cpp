#include "DemoDebriefStory.h"

#include "DemoApplicationWriter.h"
#include "DemoContext.h"
#include "DemoOpeningWriter.h"
#include "DemoScorecardWriter.h"

#include <array>

namespace debrief::demo {
namespace {

constexpr int kNotAssessed = 0;

} // namespace

struct DemoDebriefStory::Finalist {
    const char* given;
    const char* family;
    /// Scorecards: round 1 seats 1 and 2, then round 2 seats 1 and 2, each
    /// in the order of the round's criteria (round 1: code quality,
    /// debugging, API modelling, collaboration; round 2: system design,
    /// mentoring, collaboration).
    std::array<QList<int>, 4> cards;
    int promisedInDays;
    int lastRoundDaysAgo;
    const char* referenceConcern;
};

QStringList DemoDebriefStory::featuredNames() {
    return {QString::fromUtf8("Zoë Brandt"), QString::fromUtf8("Miguel Ángel Ortega"),
            QString::fromUtf8("Aoife Ní Bhriain")};
}

Status DemoDebriefStory::write() {
    // Weighted totals (0-100, mean per criterion): Zoë 75.6, Miguel 75.0,
    // Aoife 75.9. Zoë leads on system design, Miguel on mentoring, Aoife on
    // debugging; Priya and Jonas disagree sharply on Aoife's system design.
    const std::array<Finalist, 3> finalists = {{
        {"Zoë", "Brandt", {{{4, 4, 4, 4}, {4, 3, 5, 3}, {5, 3, 4}, {5, 2, 4}}}, -1, 4, ""},
        {"Miguel Ángel",
         "Ortega",
         {{{4, 4, 4, 5}, {4, 4, 3, 4}, {4, 5, 5}, {3, 5, 5}}},
         1,
         5,
         "Former manager praised his mentoring but said he twice committed the team to dates "
         "it could not meet; he has since learnt to involve the team before promising."},
        {"Aoife",
         "Ní Bhriain",
         {{{5, 5, 4, kNotAssessed}, {4, 5, 4, 4}, {5, 4, 4}, {2, 3, 3}}},
         2,
         3,
         ""},
    }};
    for (const Finalist& finalist : finalists) {
        if (auto done = writeFinalist(finalist); !done)
            return done;
    }
    return {};
}

Status DemoDebriefStory::writeFinalist(const Finalist& f) {
    const QDate today = m_context.today;
    DemoApplicantPlan plan;
    plan.stage = PipelineStage::Final;
    plan.furthest = PipelineStage::Final;
    plan.roundsDone = 2;
    plan.scoreInterviews = false;
    plan.person = m_context.people.named(m_context.random, QString::fromUtf8(f.given),
                                         QString::fromUtf8(f.family));
    plan.referenceConcern = QString::fromUtf8(f.referenceConcern);
    // Seats: 0 Priya (lead), 1 Tomás, 2 Hannah, 3 Jonas, 4 Élodie (HR, no scoring).
    const QList<RowId>& seats = m_opening.panelistIds;
    plan.roundPanels = {{seats.at(1), seats.at(2)}, {seats.at(0), seats.at(3)}};
    DemoTimeline t;
    const QDate lastRound = DemoTimeline::workdayOnOrBefore(today.addDays(-f.lastRoundDaysAgo));
    t.roundDates = {lastRound.addDays(-7), lastRound};
    t.screenOn = DemoTimeline::workdayOnOrBefore(t.roundDates.constFirst().addDays(-6));
    t.appliedOn = t.screenOn.addDays(-9);
    t.lastActivity = t.roundDates.constLast();
    t.promised = today.addDays(f.promisedInDays);
    plan.timeline = t;

    DemoApplicationWriter applications(m_context, m_opening);
    auto written = applications.write(plan);
    if (!written)
        return written.error();
    DemoScorecardWriter cards(m_context, m_opening);
    for (int round = 0; round < 2; ++round) {
        const Interview& interview = written->interviews.at(round);
        const QStringList keys = m_opening.scenario->rounds.at(round).criterionKeys;
        for (int seat = 0; seat < 2; ++seat) {
            QList<DemoRating> ratings;
            const QList<int>& scores = f.cards.at(std::size_t(round * 2 + seat));
            for (int i = 0; i < keys.size(); ++i) {
                const int s = scores.at(i);
                ratings.append({keys.at(i), s == kNotAssessed ? std::nullopt : std::optional(s)});
            }
            if (auto done = cards.write(interview, interview.panelistIds.at(seat), ratings, true);
                !done)
                return done;
        }
    }
    return {};
}

} // namespace debrief::demo
