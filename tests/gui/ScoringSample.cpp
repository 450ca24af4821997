#include "ScoringSample.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/RubricRepository.h"

namespace debrief::test {
namespace {

Criterion criterion(const QString& name, int scale) {
    Criterion c;
    c.name = name;
    c.description = name + QStringLiteral(" as shown in the interview.");
    c.scaleSize = scale;
    for (int level = 1; level <= scale; ++level)
        c.anchors.append(QStringLiteral("%1 anchor %2").arg(name).arg(level));
    return c;
}

} // namespace

// Written by hand so every value the tests assert can be read off this file.
QString ScoringSample::fill(Database& db) {
    QString failure;
    auto check = [&failure](const Status& status, const char* what) {
        if (!status && failure.isEmpty())
            failure = QString::fromLatin1(what) + QStringLiteral(": ") + status.errorMessage();
    };
    Panelist pat{kNoRow, {}, QStringLiteral("Pat Lee"), {}, {}, {}};
    Panelist samP{kNoRow, {}, QStringLiteral("Sam Ortiz"), {}, {}, {}};
    Panelist kimP{kNoRow, {}, QStringLiteral("Kim Novak"), {}, {}, {}};
    for (Panelist* p : {&pat, &samP, &kimP})
        check(PanelistRepository(db).insert(*p), "panelist");
    lead = pat.id;
    sam = samP.id;
    kim = kimP.id;

    Opening o;
    o.title = QStringLiteral("Backend Engineer");
    o.createdAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    o.panel = {{sam, false}, {lead, true}, {kim, false}};
    check(OpeningRepository(db).insert(o), "opening");
    opening = o.id;

    Rubric rubric;
    rubric.openingId = opening;
    rubric.name = QStringLiteral("Backend rubric");
    rubric.createdAt = o.createdAt;
    rubric.criteria = {criterion(QStringLiteral("System design"), 5),
                       criterion(QStringLiteral("Communication"), 4)};
    check(RubricRepository(db).insert(rubric), "rubric");
    design = rubric.criteria.at(0).id;
    communication = rubric.criteria.at(1).id;

    InterviewRound round;
    round.openingId = opening;
    round.name = QStringLiteral("Technical");
    check(InterviewRoundRepository(db).insert(round), "round");

    Candidate person;
    person.fullName = QStringLiteral("Alice Adams");
    person.createdAt = o.createdAt;
    check(CandidateRepository(db).insert(person), "candidate");
    Application app;
    app.candidateId = person.id;
    app.openingId = opening;
    app.stage = PipelineStage::Final;
    app.furthestStage = PipelineStage::Final;
    app.appliedOn = QDate(2024, 5, 2);
    app.updatedAt = o.createdAt;
    check(ApplicationRepository(db).insert(app), "application");
    application = app.id;

    Interview held;
    held.applicationId = application;
    held.roundId = round.id;
    held.scheduledAt = QDateTime(QDate(2024, 5, 20), QTime(14, 0), Qt::UTC);
    held.panelistIds = {lead, sam, kim};
    check(InterviewRepository(db).insert(held), "interview");
    interview = held.id;
    return failure;
}

} // namespace debrief::test
