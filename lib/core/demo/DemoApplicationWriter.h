#pragma once

#include "DemoPeopleBank.h"
#include "DemoTimeline.h"
#include "Result.h"
#include "domain/Application.h"
#include "domain/Candidate.h"
#include "domain/CommunicationEntry.h"
#include "domain/Interview.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace debrief::demo {

struct DemoContext;
struct DemoOpeningState;

/// How one application should turn out; the writer fills in the rest.
struct DemoApplicantPlan {
    PipelineStage stage = PipelineStage::Applied;
    PipelineStage furthest = PipelineStage::Applied;
    int roundsDone = 0;
    /// How good the candidate is (0..1); scores are drawn around it.
    double ability = 0.5;
    /// A named person for the stories; drawn from the name bank otherwise.
    std::optional<DemoPerson> person;
    /// Fixed dates for the stories; planned from the stage otherwise.
    std::optional<DemoTimeline> timeline;
    /// Fixed panelists per round for the stories; drawn otherwise.
    QList<QList<RowId>> roundPanels;
    bool talentPool = false;
    /// Stories write their own scorecards.
    bool scoreInterviews = true;
    /// The second referee raises this concern (empty: no concern).
    QString referenceConcern;
    /// Scale mode: fewer log entries, one scorer per interview, no referees.
    bool lightweight = false;
    /// > 0 makes the e-mail address unique among thousands (scale mode).
    int serial = 0;
};

/// An application as stored, for stories that add to it afterwards.
struct DemoWrittenApplication {
    Application application;
    QList<Interview> interviews;
    DemoTimeline timeline;
};

/// Stores one candidate and their application to an opening, with the
/// communication log, interviews, scorecards and references that belong to
/// how far they got.
class DemoApplicationWriter {
public:
    DemoApplicationWriter(DemoContext& context, const DemoOpeningState& opening)
        : m_context(context)
        , m_opening(opening) {}

    Result<DemoWrittenApplication> write(const DemoApplicantPlan& plan);
    /// Adds one entry to an application's communication log.
    Status log(RowId applicationId, const QDate& day, int hour, CommunicationChannel channel,
               CommunicationDirection direction, const QString& summary,
               const QDate& promised = {});

private:
    Result<Candidate> writeCandidate(const DemoApplicantPlan& plan, const DemoTimeline& timeline);
    Status writeInterviews(const DemoApplicantPlan& plan, DemoWrittenApplication& written);
    Status writeInterview(const DemoApplicantPlan& plan, int round, const QDate& day,
                          const QMap<QString, double>& ability, DemoWrittenApplication& written);
    Status writeCommunications(const DemoApplicantPlan& plan, const QString& source,
                               const DemoWrittenApplication& written);
    Status writeClosingMessages(const DemoApplicantPlan& plan,
                                const DemoWrittenApplication& written);
    Status writeReferences(const DemoApplicantPlan& plan, const DemoWrittenApplication& written);
    QList<RowId> drawPanel(int size);
    bool isDraft(const DemoApplicantPlan& plan, const QDate& day, bool lastSeat);

    DemoContext& m_context;
    const DemoOpeningState& m_opening;
};

} // namespace debrief::demo
