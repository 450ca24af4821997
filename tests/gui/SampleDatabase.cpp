#include "SampleDatabase.h"

#include "storage/ApplicationRepository.h"
#include "storage/CandidateRepository.h"
#include "storage/CommunicationRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/InterviewRoundRepository.h"
#include "storage/OpeningRepository.h"
#include "storage/PanelistRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

namespace debrief::test {
namespace {

// The fixture is written by hand (no generator) so every count the tests
// assert can be read off this file.
struct Writer {
    Database& db;
    QString failure;

    bool check(const Status& status, const char* what) {
        if (!status && failure.isEmpty())
            failure = QString::fromLatin1(what) + QStringLiteral(": ") + status.errorMessage();
        return status.ok();
    }

    RowId opening(const QString& title, const QString& team, OpeningStatus status) {
        Opening value;
        value.title = title;
        value.team = team;
        value.status = status;
        value.createdAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
        check(OpeningRepository(db).insert(value), "opening");
        return value.id;
    }

    RowId application(RowId openingId, const QString& name, const QString& email,
                      PipelineStage stage, const QDate& promised, bool talentPool = false) {
        Candidate person;
        person.fullName = name;
        person.email = email;
        person.phone = QStringLiteral("+49 30 1234567");
        person.source = QStringLiteral("Referral");
        person.notes = QStringLiteral("Strong systems background.");
        person.createdAt = QDateTime(QDate(2024, 4, 20), QTime(10, 0), Qt::UTC);
        check(CandidateRepository(db).insert(person), "candidate");
        Application value;
        value.candidateId = person.id;
        value.openingId = openingId;
        value.stage = stage;
        value.furthestStage = stage;
        value.appliedOn = QDate(2024, 5, 2);
        value.promisedResponseDate = promised;
        value.talentPool = talentPool;
        value.updatedAt = person.createdAt;
        check(ApplicationRepository(db).insert(value), "application");
        return value.id;
    }
};

} // namespace

QString SampleDatabase::fill(Database& db) {
    Writer w{db, {}};
    backendOpening = w.opening(QStringLiteral("Backend Engineer"), QStringLiteral("Platform"),
                               OpeningStatus::Open);
    designOpening = w.opening(QStringLiteral("Product Designer"), QStringLiteral("Design"),
                              OpeningStatus::Open);
    analystOpening = w.opening(QStringLiteral("Data Analyst"), QStringLiteral("Insights"),
                               OpeningStatus::OnHold);

    const QDate t = today();
    aliceApplication = w.application(backendOpening, QStringLiteral("Alice Adams"),
                                     QStringLiteral("alice@example.org"), PipelineStage::Final,
                                     t.addDays(-5), true);
    w.application(backendOpening, QStringLiteral("Bob Brown"), QStringLiteral("bob@example.org"),
                  PipelineStage::Interview, t.addDays(2));
    w.application(backendOpening, QStringLiteral("Carla Diaz"), QStringLiteral("carla@example.net"),
                  PipelineStage::Rejected, t.addDays(-9));
    w.application(backendOpening, QStringLiteral("Dmitri Evans"),
                  QStringLiteral("dmitri@example.com"), PipelineStage::Final, t.addDays(-1));
    w.application(backendOpening, QStringLiteral("Eve Fischer"), QStringLiteral("eve@example.com"),
                  PipelineStage::Applied, QDate());
    w.application(designOpening, QStringLiteral("Gina Hall"), QStringLiteral("gina@example.org"),
                  PipelineStage::Screen, t);
    w.application(designOpening, QStringLiteral("Hugo Ito"), QStringLiteral("hugo@example.org"),
                  PipelineStage::Applied, t.addDays(7));
    w.application(analystOpening, QStringLiteral("Ines Jung"), QStringLiteral("ines@example.org"),
                  PipelineStage::Offer, t.addDays(-3));

    Panelist pat{kNoRow, {}, QStringLiteral("Pat Lee"), {}, {}, {}};
    Panelist sam{kNoRow, {}, QStringLiteral("Sam Ortiz"), {}, {}, {}};
    w.check(PanelistRepository(db).insert(pat), "panelist");
    w.check(PanelistRepository(db).insert(sam), "panelist");
    Rubric rubric;
    rubric.openingId = backendOpening;
    rubric.name = QStringLiteral("Backend rubric");
    rubric.createdAt = QDateTime(QDate(2024, 4, 1), QTime(9, 0), Qt::UTC);
    w.check(RubricRepository(db).insert(rubric), "rubric");
    InterviewRound round;
    round.openingId = backendOpening;
    round.name = QStringLiteral("Technical");
    w.check(InterviewRoundRepository(db).insert(round), "round");
    Interview interview;
    interview.applicationId = aliceApplication;
    interview.roundId = round.id;
    interview.scheduledAt = QDateTime(QDate(2024, 5, 20), QTime(14, 0), Qt::UTC);
    interview.panelistIds = {pat.id, sam.id};
    w.check(InterviewRepository(db).insert(interview), "interview");
    for (const Panelist& panelist : {pat, sam}) {
        Scorecard card;
        card.interviewId = interview.id;
        card.panelistId = panelist.id;
        card.rubricId = rubric.id;
        card.status = panelist.id == pat.id ? ScorecardStatus::Submitted : ScorecardStatus::Draft;
        card.updatedAt = interview.scheduledAt.addSecs(3600);
        if (card.isSubmitted())
            card.submittedAt = card.updatedAt;
        w.check(ScorecardRepository(db).insert(card), "scorecard");
    }
    Reference reference;
    reference.applicationId = aliceApplication;
    reference.name = QStringLiteral("Quinn Reed");
    reference.relation = QStringLiteral("Former manager");
    reference.summary = QStringLiteral("Would hire again.");
    w.check(ReferenceRepository(db).insert(reference), "reference");
    CommunicationEntry message;
    message.applicationId = aliceApplication;
    message.occurredAt = QDateTime(QDate(2024, 5, 21), QTime(9, 30), Qt::UTC);
    message.summary = QStringLiteral("Promised an answer by 5 June.");
    message.nextPromisedDate = t.addDays(-5);
    w.check(CommunicationRepository(db).insert(message), "communication");
    return w.failure;
}

} // namespace debrief::test
