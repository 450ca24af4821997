#include "SchedulingFixture.h"

#include "TestDatabase.h"

#include "opening/OpeningCreator.h"
#include "pipeline/CandidateIntake.h"
#include "pipeline/PipelineWorkflow.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

#include <tuple>

namespace debrief::test {
namespace {

const QDate kToday(2026, 3, 2);

RowId roundNamed(const CreatedOpening& created, const QString& name) {
    for (const InterviewRound& round : created.rounds) {
        if (round.name == name)
            return round.id;
    }
    return kNoRow;
}

} // namespace

QTimeZone SchedulingFixture::berlin() {
    return QTimeZone("Europe/Berlin");
}

QDateTime SchedulingFixture::inBerlin(const QDate& date, const QTime& time) {
    return QDateTime(date, time, berlin());
}

QString SchedulingFixture::create(const QString& path) {
    auto opened = TestDatabase::open(path);
    if (!opened)
        return opened.errorMessage();
    db = std::move(opened).value();

    OpeningSetup setup;
    setup.title = QStringLiteral("Backend Engineer");
    setup.team = QStringLiteral("Platform");
    setup.rubric =
        RubricSource::fromTemplate(QStringLiteral("software-engineer"), QStringLiteral("en"));
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical screen"), 0},
                    RoundSetup{{}, QStringLiteral("Pair programming"), 1},
                    RoundSetup{{}, QStringLiteral("Team chat"), -1}};
    setup.panel = {
        PanelSeat{kNoRow, QStringLiteral("Zoë Brandt"), QStringLiteral("zoe@example.org"), true},
        PanelSeat{kNoRow, QStringLiteral("Łukasz Nowak"), QStringLiteral("lukasz@example.org"),
                  false},
        PanelSeat{kNoRow, QStringLiteral("Ingrid Solberg"), QString(), false}};
    auto created = OpeningCreator(*db).create(setup);
    if (!created)
        return created.errorMessage();
    opening = created->opening.id;
    zoe = created->opening.panel.at(0).panelistId;
    lukasz = created->opening.panel.at(1).panelistId;
    ingrid = created->opening.panel.at(2).panelistId;
    technicalScreen = roundNamed(*created, QStringLiteral("Technical screen"));
    pairProgramming = roundNamed(*created, QStringLiteral("Pair programming"));
    teamChat = roundNamed(*created, QStringLiteral("Team chat"));

    OpeningSetup other;
    other.title = QStringLiteral("Support Lead");
    other.rubric = RubricSource::empty();
    other.rounds = {RoundSetup{{}, QStringLiteral("Customer role play"), -1}};
    other.panel = {
        PanelSeat{kNoRow, QStringLiteral("Omar Haddad"), QStringLiteral("omar@example.org"), true}};
    auto second = OpeningCreator(*db).create(other);
    if (!second)
        return second.errorMessage();
    otherOpening = second->opening.id;
    otherRound = second->rounds.constFirst().id;
    omar = second->opening.panel.constFirst().panelistId;

    CandidateIntake intake(*db);
    const auto add = [&](const QString& name, const QString& email) -> Result<RowId> {
        auto record = intake.add(opening, {name, email, {}, {}, {}}, kToday);
        if (!record)
            return record.error();
        return record->application.id;
    };
    for (auto [target, name, email] :
         {std::tuple{&amelie, QStringLiteral("Amélie Dubois"),
                     QStringLiteral("amelie@example.org")},
          std::tuple{&jonas, QStringLiteral("Jonas Weber"), QStringLiteral("jonas@example.org")},
          std::tuple{&carla, QStringLiteral("Carla Diaz"), QStringLiteral("carla@example.org")}}) {
        auto id = add(name, email);
        if (!id)
            return id.errorMessage();
        *target = *id;
    }
    auto carlaApplication = ApplicationRepository(*db).get(carla);
    if (!carlaApplication)
        return carlaApplication.errorMessage();
    auto rejected = PipelineWorkflow(*db).moveToStage(
        carlaApplication->uuid, PipelineStage::Rejected, QStringLiteral("fixture"),
        QDateTime(kToday, QTime(9, 0), QTimeZone::utc()));
    if (!rejected)
        return rejected.errorMessage();
    return {};
}

ScheduleRequest SchedulingFixture::request(const QDateTime& start) const {
    ScheduleRequest r;
    r.applicationId = amelie;
    r.roundId = technicalScreen;
    r.start = start;
    r.durationMinutes = 45;
    r.location = QStringLiteral("Room 4.12, Alexanderplatz");
    r.videoLink = QStringLiteral("https://meet.example.org/backend-amelie");
    r.panelistIds = {zoe, lukasz, ingrid};
    return r;
}

QString SchedulingFixture::addScorecard(RowId interviewId, RowId panelist, bool submitted) {
    auto rubric = RubricRepository(*db).currentForOpening(opening);
    if (!rubric || !rubric->has_value())
        return QStringLiteral("no rubric");
    Scorecard card;
    card.interviewId = interviewId;
    card.panelistId = panelist;
    card.rubricId = (*rubric)->id;
    card.status = submitted ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
    card.updatedAt = QDateTime(kToday, QTime(12, 0), QTimeZone::utc());
    if (submitted)
        card.submittedAt = card.updatedAt;
    Status stored = ScorecardRepository(*db).insert(card);
    return stored ? QString() : stored.errorMessage();
}

} // namespace debrief::test
