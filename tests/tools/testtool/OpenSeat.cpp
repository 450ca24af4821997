#include "OpenSeat.h"

#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/RubricRepository.h"
#include "storage/ScorecardRepository.h"

namespace debrief::test {

namespace {

Result<Scorecard> findCard(Database& db) {
    auto seats = db.exec(QStringLiteral(
        "SELECT ip.interview_id, ip.panelist_id FROM interview_panelists ip "
        "JOIN interviews i ON i.id = ip.interview_id WHERE i.cancelled_at IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = ip.interview_id "
        "AND s.panelist_id = ip.panelist_id AND s.status = 'submitted') "
        "ORDER BY ip.interview_id, ip.seat LIMIT 1"));
    if (!seats)
        return seats.error();
    if (!seats->next())
        return Error{QStringLiteral("no interview seat without a submitted scorecard")};
    Scorecard card;
    card.interviewId = seats->value(0).toLongLong();
    card.panelistId = seats->value(1).toLongLong();
    auto cards = ScorecardRepository(db).forInterview(card.interviewId);
    if (!cards)
        return cards.error();
    for (const Scorecard& each : *cards) {
        if (each.panelistId == card.panelistId)
            return each;
    }
    auto interview = InterviewRepository(db).get(card.interviewId);
    if (!interview)
        return interview.error();
    auto application = ApplicationRepository(db).get(interview->applicationId);
    if (!application)
        return application.error();
    auto rubric = RubricRepository(db).currentForOpening(application->openingId);
    if (!rubric)
        return rubric.error();
    if (!*rubric)
        return Error{QStringLiteral("the interview's opening has no rubric")};
    card.rubricId = (*rubric)->id;
    return card;
}

} // namespace

Result<SeatCard> openSeat(Database& db) {
    auto card = findCard(db);
    if (!card)
        return card.error();
    auto rubric = RubricRepository(db).get(card->rubricId);
    if (!rubric)
        return rubric.error();
    return SeatCard{std::move(card).value(), std::move(rubric).value()};
}

// As scripts/crash-test.py expects save `k` (keep the two in step).
void fill(Scorecard& card, const Rubric& rubric, int k) {
    card.keyTakeaways = QStringLiteral("save %1").arg(k);
    card.ratings.clear();
    for (int i = 0; i < rubric.criteria.size(); ++i) {
        const Criterion& criterion = rubric.criteria.at(i);
        const QString padding(((k * 37 + i * 11) % 400), QLatin1Char('x'));
        card.ratings.append(
            CriterionRating{criterion.id, (k + i) % criterion.scaleSize + 1,
                            QStringLiteral("save %1 criterion %2 ").arg(k).arg(i) + padding});
    }
}

} // namespace debrief::test
