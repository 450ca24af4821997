#include "EmptyOpening.h"

#include "TestDatabase.h"

#include "opening/OpeningCreator.h"
#include "pipeline/CandidateIntake.h"
#include "pipeline/PipelineWorkflow.h"
#include "scoring/ScorecardWorkflow.h"
#include "storage/InterviewRepository.h"
#include "storage/PanelistRepository.h"

#include <QTimeZone>

namespace debrief::test {

const QDate EmptyOpening::kToday(2026, 11, 20);
const QDateTime EmptyOpening::kNow(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());

namespace {

const QString kActor = QStringLiteral("Priya Raman");

Result<RowId> addPanelist(Database& db, const QString& name, const QString& email) {
    Panelist person;
    person.name = name;
    person.email = email;
    person.role = QStringLiteral("Engineering manager");
    if (Status inserted = PanelistRepository(db).insert(person); !inserted)
        return inserted.error();
    return person.id;
}

Result<RowId> addCandidate(Database& db, RowId opening, const QString& name, PipelineStage stage) {
    NewCandidate input;
    input.fullName = name;
    // ASCII addresses: the .eml writer takes no internationalised local part.
    QString local =
        name.section(QLatin1Char(' '), 0, 0).toLower().normalized(QString::NormalizationForm_D);
    local.removeIf([](QChar c) { return c.unicode() > 127; });
    input.email = local + QStringLiteral("@example.org");
    auto added = CandidateIntake(db).add(opening, input, EmptyOpening::kToday.addDays(-30));
    if (!added)
        return added.error();
    // Through the pipeline as a panel moves people on, one stage at a time.
    for (PipelineStage step :
         {PipelineStage::Screen, PipelineStage::Interview, PipelineStage::Final}) {
        if (int(step) > int(stage))
            break;
        auto moved = PipelineWorkflow(db).moveToStage(added->application.uuid, step, kActor,
                                                      EmptyOpening::kNow.addDays(-20 + int(step)));
        if (!moved)
            return moved.error();
    }
    return added->application.id;
}

/// One interview of `application` by both panelists, each card submitted
/// with `score` on every criterion (one lower on the last).
Status interviewAndScore(Database& db, const CreatedOpening& created, RowId application,
                         const QList<RowId>& panelists, int score) {
    Interview interview;
    interview.applicationId = application;
    interview.roundId = created.rounds.constFirst().id;
    interview.scheduledAt = EmptyOpening::kNow.addDays(-7);
    interview.panelistIds = panelists;
    if (Status stored = InterviewRepository(db).insert(interview); !stored)
        return stored;
    const Rubric& rubric = *created.rubric;
    for (RowId panelist : panelists) {
        Scorecard card;
        card.interviewId = interview.id;
        card.panelistId = panelist;
        card.rubricId = rubric.id;
        card.recommendation = score >= 3 ? Recommendation::Yes : Recommendation::No;
        card.keyTakeaways = QStringLiteral("Clear and careful.");
        for (qsizetype i = 0; i < rubric.criteria.size(); ++i) {
            const Criterion& c = rubric.criteria.at(i);
            const int value = i + 1 == rubric.criteria.size() ? std::max(1, score - 1) : score;
            card.ratings.append({c.id, std::min(value, c.scaleSize),
                                 QStringLiteral("Worked example %1.").arg(i + 1)});
        }
        if (Status submitted =
                ScorecardWorkflow(db).submit(card, rubric, EmptyOpening::kNow.addDays(-6));
            !submitted)
            return submitted;
    }
    return {};
}

} // namespace

DecisionRequest EmptyOpening::decision(bool benInPool) const {
    DecisionRequest r;
    r.openingId = openingId;
    r.chosen = {ana};
    r.runnersUp = {{ben, 1, benInPool}};
    r.decidingCriterionIds = {criteria.first()};
    r.rationale = QStringLiteral("Strongest on every criterion.");
    r.decidedBy = lead;
    r.decidedAt = kNow;
    return r;
}

EmptyOpening EmptyOpening::build(const QString& path, QString* error) {
    EmptyOpening built;
    const auto fail = [&](const QString& message) {
        *error = message;
        built.db.reset();
        return std::move(built);
    };
    auto db = TestDatabase::open(path);
    if (!db)
        return fail(db.errorMessage());
    built.db = std::move(db).value();
    Database& d = *built.db;
    auto lead = addPanelist(d, QStringLiteral("Priya Raman"), QStringLiteral("priya@example.org"));
    auto sam = addPanelist(d, QStringLiteral("Sam Okafor"), QStringLiteral("sam@example.org"));
    if (!lead || !sam)
        return fail(!lead ? lead.errorMessage() : sam.errorMessage());
    built.lead = *lead;
    built.panelist = *sam;

    OpeningSetup setup;
    setup.title = QStringLiteral("Data Engineer");
    setup.team = QStringLiteral("Analytics");
    setup.hiringManager = QStringLiteral("Priya Raman");
    setup.rubric =
        RubricSource::fromTemplate(QStringLiteral("software-engineer"), QStringLiteral("en"));
    setup.rounds = {RoundSetup{{}, QStringLiteral("Technical interview"), 0}};
    setup.panel = {PanelSeat{*lead, {}, {}, true}, PanelSeat{*sam, {}, {}, false}};
    auto created = OpeningCreator(d).create(setup, kNow.addDays(-40));
    if (!created)
        return fail(created.errorMessage());
    if (!created->rubric || created->rounds.isEmpty())
        return fail(QStringLiteral("the template gave no rubric or round"));
    built.openingId = created->opening.id;
    for (const Criterion& c : created->rubric->criteria)
        built.criteria.append(c.id);

    struct Person {
        QString name;
        PipelineStage stage;
        int score;
        RowId* id;
    };
    const QList<Person> people{
        {QStringLiteral("Ana Lima"), PipelineStage::Final, 4, &built.ana},
        {QStringLiteral("Ben Novak"), PipelineStage::Final, 3, &built.ben},
        {QString::fromUtf8("Chloé Martin"), PipelineStage::Final, 2, &built.chloe},
        {QStringLiteral("Dev Patel"), PipelineStage::Interview, 0, &built.dev},
        {QStringLiteral("Eve Walsh"), PipelineStage::Applied, 0, &built.eve}};
    for (const Person& p : people) {
        auto id = addCandidate(d, built.openingId, p.name, p.stage);
        if (!id)
            return fail(id.errorMessage());
        *p.id = *id;
        if (p.score > 0) {
            if (Status scored = interviewAndScore(d, *created, *id, {*lead, *sam}, p.score);
                !scored)
                return fail(scored.errorMessage());
        }
    }
    return built;
}

} // namespace debrief::test
